"""An English news brief's overview in the order the story tells it.

The overview's points are picked by centrality (`extractive._overview`: the most central first,
then by MMR), and the steps after it put a point in where one went down to its theme: so its
bullets come in the order they were picked, not the order the article gives them. A reader takes
the overview for the story's lead and meets it out of order: "James Creag, 11, is so sick of
being taunted that he has stopped putting on the special cream" before "A schoolboy with a rare
illness ... has been racially abused in the street" (the article's first sentence, which says
who he is and what happened), "Responding officers found the couple" before "Terry Martin, 48,
shot his girlfriend", "The top performer was Southwest" before "The magazine collected
statistics ..." (en-cnndm: 30 of 200 overviews). A news story is written in the order a reader
needs it (the event, who, how, what followed), so its sentences in that order read as a lead.

Here an English story's overview takes the article's order of its sentences, unless that order
reads worse than the picked one: where the sentence it would open on only sets the story up (the
central point turns from it: "Of all the people to be wary of getting caught on camera ..., you
would think a TV news reporter would know better. But Britt McHenry ... has been suspended"; or
it is short: "An avid interest in poker, as it turns out", "As attempts to break a world record
go, it was pretty impressive"; bare or a teaser, `en_weak`, `en_teasers`; or a picture's hook,
"..., these images will have the Islamic State's slick propaganda unit spitting feathers"), or
where a bullet that opens on a word leaning on the sentence before ("That said, ...", "Also on
Friday ...", "He suffers ...") would follow another bullet than it did and not the sentence it
leans on. Theme groups are in article order already (`Draft.swap`). A policy text leads with its
decision (`policy.operative_first`) and is left as it is, and so is every Chinese brief
(`zh_overview_order.py` orders those). en-cnndm: 22 of 200 overviews change.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from citebrief.engines.scored import Draft, Scored
from citebrief.text.en_teasers import teases
from citebrief.text.en_weak import WEAK_WORDS, contentless
from citebrief.text.lazy_re import LazyPattern

# a sentence that goes on from the one before it: a turn, an addition, a pronoun or demonstrative
_LEANS = LazyPattern(
    r"[‘'\"“]?(?:But|And|Yet|So|Or|Still|Also|Then|However|Meanwhile|Instead|Now|That said|Even so"
    r"|It|It's|It’s|This|That|These|Those|There|He|She|They|His|Her|Their)\b"
)
# the writer's turn from a hook to the news: "But Britt McHenry ... has been suspended"
_TURNS = LazyPattern(r"[‘'\"“]?(?:But|Yet|However|Instead)\b")
# a picture story's hook: what "these images" or "this footage" show comes in the sentences after
_PICTURE_HOOK = LazyPattern(
    r"\b(?:these|this) (?:images|pictures|photos|photographs|footage|video|clip|shots)\b", re.IGNORECASE
)


def in_story_order(drafts: list[Draft], scored: Scored, *, news: bool) -> list[Draft]:
    """`drafts`, their overview (the first) put in place in the order its sentences (of `scored`'s
    article) stand in the article, where `news` (an English story, not a policy text) and that
    order reads as a lead (see the module's docstring)."""
    if not news or not drafts or len(drafts[0].picked) < 2:
        return drafts
    picked, texts = drafts[0].picked, [u.text for u in scored.units]
    told = sorted(picked)
    turns = bool(_TURNS.match(texts[picked[0]].lstrip()))  # the central point turns from the opener
    if not (told == picked or turns or _sets_up(texts[told[0]]) or _leans_elsewhere(picked, told, texts)):
        drafts[0].picked = told
    return drafts


def _sets_up(opener: str) -> bool:
    """Whether `opener` only sets a story up: short, bare, a teaser or a picture's hook."""
    return (
        len(opener.split()) <= WEAK_WORDS or contentless(opener) or teases(opener) or bool(_PICTURE_HOOK.search(opener))
    )


def _leans_elsewhere(picked: list[int], told: list[int], texts: Sequence[str]) -> bool:
    """Whether a sentence of `told` that leans on the one before it follows another bullet there
    than in `picked`, and not the sentence it leans on (the article's one before it)."""
    before = {i: (picked[k - 1] if k else None) for k, i in enumerate(picked)}
    moved = [(k, i) for k, i in enumerate(told) if before[i] != (told[k - 1] if k else None)]
    return any((not k or told[k - 1] != i - 1) and _LEANS.match(texts[i].lstrip()) for k, i in moved)
