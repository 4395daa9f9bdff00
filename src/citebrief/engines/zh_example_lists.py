"""A Chinese list of examples ("存在各类问题，有的……；有的……；科技成果转化……还受到相关规定的约束等。")
is one claim, and its last item alone is a fragment: cut at the "；" before it, a bullet says
"……还受到相关规定的约束等" with neither the problem it is an example of nor the examples before it
(zh-policy 34's overview). `zh_item_lists.whole_lists` says a bullet on such a last item as the
whole list, on the terms it says any list cut at "；" whole (the list fits a bullet, its items are
short, no other group quotes one). Only a run of "有的" examples: the last clause of another run
("……；……。") is often a claim of its own. The list said whole opens where its sentence does, and a
turn there ("但在有关政策落实过程中还……存在各类问题，有的……") turns on a sentence the bullet does not
say: the turn word goes (`as_bullet`), and a list that still leans on what is before it stays unsaid.
"""

from __future__ import annotations

from collections.abc import Sequence

from citebrief.engines.zh_list_shapes import FINAL, SEMICOLON
from citebrief.text.lazy_re import LazyPattern
from citebrief.text.patterns import is_dangling

# the clause before the last one gives an example: it opens on "有的" or a lead-in does ("……问题，有的……")
_EXAMPLE = LazyPattern(r"^有的|[，,：:]有的")
# a turn on the sentence before ("但", "但是", "然而", "不过"), with its comma where it has one
_TURN = LazyPattern(r"^(?:但是?|然而|不过)[，,]?")


def closes_example_list(texts: Sequence[str], paragraphs: Sequence[int], i: int) -> bool:
    """Whether sentence `i` ends a "有的……；有的……；……。" run of its paragraph: it ends on a full
    stop, and the clause before it, in the same paragraph, ends on "；" and gives an example."""
    if i == 0 or not texts[i].rstrip().endswith(FINAL) or paragraphs[i - 1] != paragraphs[i]:
        return False
    before = texts[i - 1].strip()
    return before.endswith(SEMICOLON) and _EXAMPLE.search(before) is not None


def as_bullet(text: str) -> str | None:
    """The example list `text` as a bullet: less a turn word it opens on, or None where what is
    left still leans on the sentence before it (`patterns.is_dangling`)."""
    turn = _TURN.match(text)
    rest = text[turn.end() :] if turn else text
    return None if is_dangling(rest) else rest
