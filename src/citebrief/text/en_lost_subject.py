"""Whether an English article's first sentence opens on a "They" that stands for whom a cut
headline named.

A news page's body often opens on "They believe ministers are placing too much emphasis on …": the
headline or standfirst above it, not kept with the article, said who "They" are. The first sentence
has no sentence before it to carry (`cited_points.carry_antecedent`), so as a bullet it gives a
belief or an act no one holds, and the brief picks the article's other sentences (`scoring`, as for
`en_demonstrative_antecedent.lost_set_opening`; en-xsum: "They believe …" with the timber industry
never named before it). Not where the words after "They" say what they are
(`data/en_lost_subject_skips.tsv`: "They are the peculiar markings …", "They may not be …"), or a
later clause names them ("They played in grey …, these really are dark days for Newcastle"): a
feature's riddle is whole; nor where the sentences after it name what "They" are
(`en_teaser_referents`: "[The bottles] started arriving …"). A "They" right after ("They say …")
stands for the same group (`lost_run`). An opening "It" is left alone: "It issued a yellow warning of
wind, saying gusts of up to 75mph …" or "It follows suggestions … software had been used to steal
… photos" is the story's news or its cause, whose loss read worse than the unplaced "It" (en-xsum,
both views); "He"/"She" are read elsewhere (`en_person_antecedent`).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from citebrief.text.data_files import data_lines
from citebrief.text.lazy_re import LazyPattern

# "They" as the subject, an adverb or two of time or addition, then the next two words
_OPENING = LazyPattern(r"^They(?:\s+(?:also|now|still|then|later|too))*\s+(?P<next>[a-z]+)(?:\s+(?P<after>[a-z]+))?")
# a feature's riddle that answers itself in a later clause ("They played in grey …, these really are
# dark days for Newcastle": `en_teaser_referents` leaves such a teaser alone too)
_SELF_ANSWERED = LazyPattern(r",\s+(?:but|yet|these)\b")


@cache
def _skips() -> frozenset[str]:
    return frozenset(data_lines("en_lost_subject_skips.tsv"))


def lost_subject_opening(text: str) -> bool:
    """Whether `text`, an article's first sentence, opens on "They" doing something ("They believe
    …", "They also warn …"): who they are, only a headline said."""
    found = _OPENING.match(text)
    if found is None or _SELF_ANSWERED.search(text):
        return False  # "They're …", "They, too, …": no verb read
    skips = _skips()
    word, after = found.group("next"), found.group("after")
    return word not in skips and (after is None or f"{word} {after}" not in skips)


def lost_run(texts: Sequence[str]) -> int:
    """How many of an English article's opening sentences (`texts`, its first lost already) stand for
    what the cut headline said: the first, and each right after it on a "They" of its own."""
    run = 1
    while run < len(texts) and lost_subject_opening(texts[run]):
        run += 1
    return run
