"""A key point telling what a prosecutor, the defence or the judge said in court goes down beside the
plea, verdict or sentence a theme group tells; the key points keep the event.

A court report (en-xsum 125, cut into paragraphs) opens on a death, then the driver's plea, his fine
and the two sides' words. MMR's grouping left "Prosecutor Sarah Marsh told the court …" and "Craig
Hutchinson, defending, said …" among the key points under the death, while the plea and the fine
stood in a group of their own: two blind readers read the statements as misfiled ("they belong
with the plea and sentence"). Here, once every bullet has its group, the key points' bullets (not
their first) that are such statements (`data/en_court_statements.tsv`: the side's or the bench's
cue within the first `MAX_CUE_WORDS` words, before the verb of saying; no plea or sentence told in
the bullet itself) move to the one theme group telling a plea, verdict or sentence
(`data/en_court_outcomes.tsv`), where the key points tell none. Where the key points would keep
under `KEPT` bullets, that group's bullets before its first plea or sentence, the event the court
heard of, go up in their place; no move where too few are there, or where the group would hold more
than `MAX_HOME`. English news read in runs (`en_news_groups`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from citebrief.engines.en_groups import FOLDED_GROUP
from citebrief.engines.scored import Draft, overview_placed
from citebrief.text.data_files import any_row_pattern

MAX_CUE_WORDS = 10  # the side named further in is someone the speaker speaks of, not the speaker
KEPT = 2  # bullets the key points keep
MAX_HOME = FOLDED_GROUP  # the plea's group with the statements: five at most (`en_long_splits` cuts six)
_SAYING = re.compile(r"\b(?:told|tells|said|says|added|argued)\b")


@cache
def _sides() -> re.Pattern[str]:
    return any_row_pattern("en_court_statements.tsv")


@cache
def _outcomes() -> re.Pattern[str]:
    return any_row_pattern("en_court_outcomes.tsv")


def tells_outcome(text: str) -> bool:
    """Whether a bullet tells a plea, verdict or sentence ("He was fined £1,000 …")."""
    return _outcomes().search(text) is not None


def court_statement(text: str) -> bool:
    """Whether a bullet tells what a prosecutor, the defence or the judge said in court, and no
    plea or sentence ("Craig Hutchinson, defending, said Werner was remorseful …")."""
    verb = _SAYING.search(text)
    if verb is None or tells_outcome(text):
        return False
    side = _sides().search(text[: verb.start()])
    return side is not None and len(text[: side.start()].split()) < MAX_CUE_WORDS


def court_statements_placed(texts: Sequence[str], drafts: list[Draft]) -> bool:
    """Moves the key points' (`drafts[0]`) court statements down to the one theme group telling a
    plea or sentence, that group's event bullets up where the key points would keep too few
    (module doc), in place; `texts` are the bullets as they say them. Returns whether one moved."""
    if len(drafts) < 2 or any(tells_outcome(texts[i]) for i in drafts[0].picked):
        return False
    points = drafts[0]
    moving = [i for i in points.picked[1:] if court_statement(texts[i])]
    homes = [d for d in drafts[1:] if any(tells_outcome(texts[i]) for i in d.picked)]
    if not moving or len(homes) != 1:
        return False
    home = homes[0]
    first = min(i for i in home.picked if tells_outcome(texts[i]))
    short = KEPT - (len(points.picked) - len(moving))
    event = [i for i in home.picked if i < first and not court_statement(texts[i])][: max(short, 0)]
    if len(event) < short or len(home.picked) - len(event) + len(moving) > MAX_HOME:
        return False
    for i in moving:
        points.move(i, home)
    for i in event:
        home.picked.remove(i)
        points.picked = overview_placed(points.picked, i)
    return True
