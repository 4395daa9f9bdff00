"""An English theme group's first bullet that tells of "him" or "her", where no other bullet of
its group has anyone to be, goes up among the key points that name its place.

Runs of sentences cut a story at passage edges, so the account of the story's own event can open
the next thread's group: "Salahuddin governor Raed al-Jabouri said soldiers and allied Shia
militiamen killed him in an operation east of Tikrit" headed "Car Bomb" (ISIS's car bombs in
Erbil and Baghdad, no person in them), while the key points told of al-Douri's death in fighting
"in Salahuddin province" (en-cnndm 86; session 46 readers named it misfiled). Under the car
bombs "him" points at no one; after the key points it is the man whose death they tell.

A theme group's first bullet (as pasted, with the sentence it carries) moves to the end of the
overview where: outside its quotations it reports what was done to "him" or "her" ("... said
soldiers ... killed him") and opens on no pronoun (a leaning opener is `en_antecedent_next`'s); no
other bullet of its group writes a personal pronoun (he, she, him, her, his); it shares a name
(a capitalised word, not a sentence's usual opener) with the overview's points that no other
bullet of its group writes; the group keeps `MIN_KEPT` bullets and the overview holds
`MAX_OVERVIEW` points at most with it. "Pauline Hanson – well known for her ... stance" reports
nothing done to her and stays (en-cnndm 22). en-cnndm: 1 of 200 briefs changes (86); en-xsum none.
English news and features read in runs only (`final_groups`).
"""

from __future__ import annotations

from citebrief.engines.cited_points import carry_antecedent
from citebrief.engines.en_turn_splits import OPENS_ON_PRONOUN
from citebrief.engines.scored import Draft, Scored
from citebrief.text.lazy_re import LazyPattern

MIN_KEPT = 3  # bullets the group keeps after its head goes up
MAX_OVERVIEW = 4  # the overview's points, at most, with the bullet (as `en_antecedent_next`)
# "him"/"her" in what a speaker reports: "X said soldiers ... killed him" (not "known for her stance")
_REPORTED_OBJECT = LazyPattern(r"\bsaid\b[^.‘'\"“]*\b(?:him|her)\b")
_PERSONAL = LazyPattern(r"\b(?:[Hh]e|[Ss]he|[Hh]im|[Hh]er|[Hh]is|[Hh]ers)\b")
# a quotation: its words are the speaker's ("He said: 'This is a major victory ...'")
_QUOTED = LazyPattern(r"[‘'\"“][^‘’'\"“”]*[’'\"”]")
_NAME = LazyPattern(r"\b[A-Z][a-z]{3,}\b")
_OPENERS = frozenset({"The", "This", "That", "These", "Those", "There", "When", "While", "After", "Before", "However"})


def _names(text: str) -> set[str]:
    return set(_NAME.findall(text)) - _OPENERS


def pronoun_heads_raised(scored: Scored, drafts: list[Draft]) -> int:
    """Moves each theme group's head of `drafts` (overview first) that tells of "him"/"her" no one
    of its group is to the overview naming its place (module doc). Returns the moves."""
    texts = scored.trimmed
    overview = drafts[0]
    everywhere = frozenset(k for d in drafts for k in d.picked)
    moved = 0
    for draft in drafts[1:]:
        if len(draft.picked) - 1 < MIN_KEPT or len(overview.picked) >= MAX_OVERVIEW:
            continue
        head, rest = min(draft.picked), [k for k in draft.picked if k != min(draft.picked)]
        # as pasted: "He said: '...'" carries the governor's sentence before it (`carry_antecedent`)
        text = carry_antecedent(scored, head, texts[head], everywhere) or texts[head]
        if OPENS_ON_PRONOUN.search(text) or not _REPORTED_OBJECT.search(_QUOTED.sub(" ", text)):
            continue
        if any(_PERSONAL.search(texts[k]) for k in rest):
            continue  # "him" may be someone of the group's own
        others = set().union(*(_names(texts[k]) for k in rest))
        key_names = set().union(*(_names(texts[k]) for k in overview.picked))
        if (_names(text) & key_names) - others:
            draft.move(head, overview)
            moved += 1
    return moved
