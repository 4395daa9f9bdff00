"""A Chinese speaker line cut off from the quotation it attributes.

"“前方乌篷船缓行啦！”13日，在……码头，正在排队的一名四川游客对水面上的船客喊道。" is cut at "！”"
(a one-sentence quote keeps its cut: segment.py joins only quotes of several sentences), and
"……游客对水面上的船客喊道。" alone is a bullet that never says what was shouted. Such a line is
never a point by itself: the brief says it with the quote before it, or not at all.
"""

from __future__ import annotations

from citebrief.text.anaphora import attribution_zh, quote_only_zh


def speaks_quote_before(text: str, before: str) -> bool:
    """`text` only says who spoke (no quotation of its own, ends on a verb of saying: "……喊道。",
    "温云鹏笑道。") and `before`, the sentence just before it, is wholly that quotation."""
    # the quote first: most sentences follow none, and its check is a look at one character
    return quote_only_zh(before.strip()) and attribution_zh(text.strip())
