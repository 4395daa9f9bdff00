"""A three-point English overview gives its last point to a theme pair that goes on from it.

A story read in runs gives its overview the lead's points and its first theme group the run after
them; where that run yields two bullets and the overview's third point is the sentence the pair
goes on from, the episode stands cut in two: King's "I'm feeling much better" among the key points,
then his publicist's "back home resting" as "King's Condition" alone; the prosecutor's "offered to
help Nurse A with her training" as a key point, then his account of the groping as "Nurse A" of
two. Readers meet a theme of two, and a key point that is the theme's opening. Joining the pair
to the overview (as `en_lead_pairs` does after a two-point one) makes five key points, which read
worse; here the overview's last point opens the pair's group instead, so the key points keep two
and the theme three. The same where the point is the pair's run going on, told just after it
(India's aid by plane "by Monday" after its 187 tons delivered on Sunday): it ends the group; and
the same where a deep point adjoins a later pair (a La Liga preview's Monday fixtures among the key
points, beside the Sunday fixtures of "Relegation Zone"), which a fixture list reads as, told
after that pair only (Mrs Cruz's unpaid leave, before the Christies' tax returns, is no part of
them). Only where that point is the overview's latest in the article, lies before or after the
pair with no other group's bullet between, `REACH` passages apart at most, and does not open on a
pronoun for the point before it ("She abandoned the trials ...") or on "I/We" (a quotation cut in
passages going on: 'We know how to look," she said'); and not where the pair opens on the story
as a whole ("This isn't the first time she has ..."), is half or more a speaker's own words (their
account keeps its own title, as in `en_lead_pairs`), or says the point again (a caption repeating
its quotation). The bullets keep their order in the brief; none is dropped. Once a brief; English
news and features read in runs only (not asked for --groups, not a policy or essay).
"""

from __future__ import annotations

from collections.abc import Sequence

from citebrief.engines.en_lead_pairs import OWN_WORDS
from citebrief.engines.scored import Draft
from citebrief.text.lazy_re import LazyPattern

LEAD = 3  # points of an overview that gives its last one
PAIR = 2  # bullets of the first theme group that takes it
REACH = 2  # passages the point may lie before the pair's first bullet or after its last
# a point whose subject is a pronoun for the point before it ("She abandoned the trials ..."), or
# a speaker's words going on from it ('We know how to look," she said.')
_PRONOUN_SUBJECT = LazyPattern(r"^(?:He|She|It|They|This|That|These|Those|I|We)\b")
# a pair opening on the whole story ("This isn't the first time she has ...") goes on from the lead
_ON_THE_STORY = LazyPattern(r"^(?:This|That|These|Those)\b")
_WORD = LazyPattern(r"\w+(?:'\w+)*")
_FOLD = str.maketrans("’‘", "''")
RUN = 5  # words in a row two bullets share that make one the other said again


def lead_point_given(texts: Sequence[str], paragraphs: Sequence[int], drafts: list[Draft]) -> bool:
    """Moves the last point of a three-point overview (`drafts[0]`) to the theme group that is a
    pair going on from it or on to it (module doc); `paragraphs` are the article's sentences'
    passage numbers. Returns whether it moved."""
    overview, themes = drafts[0], sorted(drafts[1:], key=lambda d: min(d.picked))
    if len(overview.picked) != LEAD or not themes or overview.picked[-1] != max(overview.picked):
        return False
    point = overview.picked[-1]
    for place, pair in enumerate(themes):  # the first pair it adjoins, in the article's order
        if (place == 0 or point > max(pair.picked)) and _takes(texts, paragraphs, themes, pair, point):
            overview.picked = overview.picked[:-1]
            pair.picked = sorted([point, *pair.picked])
            pair.given = point  # its title may not speak of it (`en_lead_takebacks`)
            return True
    return False


def _takes(texts: Sequence[str], paragraphs: Sequence[int], themes: list[Draft], pair: Draft, point: int) -> bool:
    """Whether `pair`, one of `themes`, takes the overview's `point` (module doc)."""
    start, end = min(pair.picked), max(pair.picked)
    if len(pair.picked) != PAIR or start < point < end:
        return False
    near, far = (point, start) if point < start else (end, point)
    if any(near < k < far for d in themes if d is not pair for k in d.picked):
        return False  # another group's bullet lies between: the pair does not go on from it
    if paragraphs[far] - paragraphs[near] > REACH:
        return False
    if _PRONOUN_SUBJECT.match(texts[point].lstrip()):
        return False  # "She abandoned the trials ...": it reads on from the point before it
    if _ON_THE_STORY.match(texts[start].lstrip()):
        return False  # "This isn't the first time ...": the pair goes on from the story, not the point
    if 2 * sum(bool(OWN_WORDS.search(texts[k])) for k in pair.picked) >= len(pair.picked):
        return False  # half or more a speaker's own words: their account, under its own title
    return not _says_again(texts[point], [texts[k] for k in pair.picked])  # a caption repeating it


def _says_again(point: str, bullets: list[str]) -> bool:
    """Whether one of `bullets` says `RUN` words in a row of `point` ("'We're no heroes, just
    tourists': The Swedish cops ..." after Åsberg's words)."""

    def runs(text: str) -> set[tuple[str, ...]]:
        words = _WORD.findall(text.translate(_FOLD).casefold())
        return {tuple(words[k : k + RUN]) for k in range(len(words) - RUN + 1)}

    said = runs(point)
    return any(said & runs(b) for b in bullets)
