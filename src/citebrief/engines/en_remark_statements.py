"""An English news brief that speaks of someone's remarks about a named thing ("the continuing
controversy over his remarks about transferring to the SDLP") and never gives them: the
quotation that says them joins the group that first speaks of the remarks.

A story about a controversial remark names it as "his comments" and "the remarks" and quotes it
once, deep in the story; picked for centrality, the bullets around it ("the focus has now turned
on them following Mr Nesbitt's comments", "… to publicly distance himself from the remarks")
win and the words lose, so the brief talks about a remark it never states (en-xsum blind read).
Here, where a picked sentence speaks of remarks or comments "about", "on" or "over" something
that names a proper noun or acronym (not a day or month: "comments on Monday"), no other picked
sentence names it, and an unpicked usable quotation of `MIN_WORDS` to `MOST_WORDS` words names it,
the first such quotation joins, in reading order, the group (the overview or a theme's) holding
the brief's first mention of the comments or remarks, where that group holds fewer than `FULL`
bullets and the brief says fewer than two thirds of the article's usable sentences. One a brief.
"""

from __future__ import annotations

import re

from citebrief.engines.scored import Scored, overview_placed
from citebrief.text.calendar_names import DAY_NAMES, MONTH_NAMES
from citebrief.text.en_unattributed import quote_reading
from citebrief.text.lazy_re import LazyPattern

MIN_WORDS = 4  # a shorter quotation is a word or two, not the remark
MOST_WORDS = 40  # a longer one is a speech of its own, picked or passed over for that
FULL = 5  # a group holding this many bullets has no room for one more
_TOPIC = LazyPattern(r"\b(?:remarks|comments)\s+(?:about|on|over)\s+(?P<topic>[^.,;:!?\"“”]{3,60})")
_MENTION = LazyPattern(r"\b(?:remarks|comments)\b")
# a proper noun or acronym in the topic ("the Greens", "Brexit")
_NAME = re.compile(r"\b[A-Z][A-Za-z]{1,}\b")
_QUOTE_MARKS = ('"', "“", "”")


def remark_stated(scored: Scored, picked: list[list[int]]) -> list[list[int]]:
    """`picked` (the overview's sentences first, then each theme group's), the quotation that states
    the remarks the brief speaks of added to the group that first speaks of them (module doc)."""
    chosen = [i for mine in picked for i in mine]
    if scored.lang != "en" or len(picked) < 2 or 3 * len(chosen) >= 2 * len(scored.usable):
        return picked
    texts = scored.trimmed
    for i in chosen:
        match = _TOPIC.search(texts[i])
        if match is None:
            continue
        names = set(_NAME.findall(match.group("topic"))) - {*DAY_NAMES, *MONTH_NAMES}  # "comments on Monday"
        if not names or any(_names(texts[j], names) for j in chosen if j != i):
            continue
        quote = _quotation(scored, chosen, names)
        home = next((n for n, mine in enumerate(picked) if any(_MENTION.search(texts[j]) for j in mine)), None)
        if quote is None or home is None or len(picked[home]) >= FULL:
            return picked
        grown = [list(mine) for mine in picked]
        grown[home] = overview_placed(grown[home], quote)  # in reading order
        return grown
    return picked


def _names(text: str, names: set[str]) -> bool:
    """`text` names one of `names` as a word."""
    return any(re.search(rf"\b{re.escape(name)}\b", text) for name in names)


def _quotation(scored: Scored, chosen: list[int], names: set[str]) -> int | None:
    """The first unpicked usable sentence that is a quotation (or a quotation's line) of
    `MIN_WORDS` to `MOST_WORDS` words naming one of `names`, or None."""
    _, middle = quote_reading(tuple(u.text.strip() for u in scored.units))
    for k in sorted(scored.usable):
        text = scored.trimmed[k]
        quoted = middle[k] or any(mark in scored.units[k].text for mark in _QUOTE_MARKS)
        if k in chosen or not quoted or not MIN_WORDS <= len(text.split()) <= MOST_WORDS:
            continue
        if _names(text, names):
            return k
    return None
