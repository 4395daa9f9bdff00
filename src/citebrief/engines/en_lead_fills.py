"""A two-point English overview takes the first theme group's opening bullet where that bullet is
told in the overview's own passage and the group keeps two that hang together under its title.

A story read in runs gives its overview the lead's most central points and its first theme group
the rest of the lead's run; where the overview holds two points, the group can open on a third
point of the lead's passage, and readers meet the story's core told under two titles: a UN
report's count of foreign fighters as key points, then its warning that they could scatter
opening "British Troops"; a match's winner as key points, then what the win means opening "Shot
on Target". The overview has room for a third point (two or three a group), so that bullet goes
up and the group keeps its others. `en_lead_pairs` joins a whole pair; this takes one bullet from
a group of three or more, once the titles are chosen and no two groups join as twins
(`en_title_twins`, whose join moves such an opening too), so the steps that read a two-point
overview before it have had their turn; and only where the bullets the group keeps still say a
word of its title, which then stands ("Unscheduled Trip" over the press pool's fear of an
"unscheduled departure"): a title the opening gave ("YouGov's Head of Political Research") says
the group is about that bullet, and a title chosen afresh from the rest read worse ("Samantha"
over the parties' name lists). Not where the bullet shares no word with the key points (a
caption's "Black Panther in Captain America"), turns to another thread ("Westwood, meanwhile,
..."), or goes on from the sentence before (a quotation, "He ...", a pronoun the brief names in
brackets); nor where a bullet the group keeps shares no word with the others or points back to
someone ("her parents ..."): a mother's words left beside a jailing read worse than both under the
key points. The brief's bullets stay the same; once a brief, English news and features read in
runs only (not asked for --groups, not a policy or essay).
"""

from __future__ import annotations

from collections.abc import Sequence

from citebrief.engines.scored import Draft
from citebrief.text.en_thread_turns import turn_alternation
from citebrief.text.en_title_choice import families, family, heard
from citebrief.text.lazy_re import LazyPattern
from citebrief.text.speech_verbs_en import TablePattern
from citebrief.text.tokenize import en_terms

LEAD = 2  # points of an overview that takes a bullet
KEEP = 2  # bullets the group keeps, at least
# a sentence that goes on from the one before: a quotation mark or a pronoun for someone named there
_GOES_ON = LazyPattern(r"^\[|^\W*(?:['‘\"“]|(?:He|She|His|Her|They|Their|It|Its|This|These|But|And)\b)")
# a person's pronoun early in a sentence ("Now four months after the incident, her parents ..."):
# read after another group opening it could point at someone else
_EARLY_PRONOUN = LazyPattern(r"^.{0,60}?\b(?:[Hh]e|[Ss]he|[Hh]is|[Hh]er|[Tt]hey|[Tt]heir)\b")
# a turn to another thread, opening the sentence or set off after its subject ("Westwood, meanwhile,")
_TURN = TablePattern(lambda: rf"^\W*(?:{turn_alternation()})\b|^[^,]{{1,60}}, (?i:{turn_alternation()}),")


def _words(text: str) -> frozenset[str]:
    """The word families a bullet says."""
    return frozenset(map(family, en_terms(text)))


def lead_filled(texts: Sequence[str], paragraphs: Sequence[int], drafts: list[Draft]) -> bool:
    """Moves the opening bullet of the first theme group of `drafts` (overview first, titled) up to
    a two-point overview (module doc); `texts`: each sentence as its bullet says it, `paragraphs`:
    each sentence's passage. Whether it moved."""
    if len(drafts) < 2 or len(drafts[0].picked) != LEAD:
        return False
    overview = drafts[0]
    themes = [d for d in drafts[1:] if d.picked]
    if not themes:
        return False
    first = min(themes, key=lambda d: min(d.picked))
    if len(first.picked) <= KEEP:
        return False
    opening = min(first.picked)
    rest = sorted(k for k in first.picked if k != opening)
    if opening < min(overview.picked) or paragraphs[opening] not in {paragraphs[k] for k in overview.picked}:
        return False
    if _GOES_ON.search(texts[opening]) or _TURN.search(texts[opening]):
        return False
    if any(_GOES_ON.search(texts[k]) or _EARLY_PRONOUN.search(texts[k]) for k in rest):
        return False
    said = {k: _words(texts[k]) for k in [*overview.picked, *first.picked]}
    if not said[opening] & set().union(*(said[k] for k in overview.picked)):
        return False  # shares no word with the key points: another thing ("Black Panther in Captain America")
    if any(not said[k] & set().union(*(said[j] for j in rest if j != k)) for k in rest):
        return False  # what the group keeps would not hang together (a mother's words beside a sentence)
    titled = families(first.title)
    kept = set().union(*(heard(texts[k]) for k in rest))
    if not titled & kept:
        return False  # the opening gave the group its title: the group is about it
    if titled <= heard(texts[opening]) and not titled <= kept:
        return False  # the opening writes the whole title, the rest only part ("Popular Vegetables" over "vegetable")
    first.picked = rest
    overview.picked = [*overview.picked, opening]
    return True
