"""A short Chinese policy letter's sentence said whole where its overview quotes one "；"-clause of it.

The splitter cuts a sentence at "；", and a letter short enough to be all overview (no theme) keeps
three of its sentences (`scored.mmr_pick`). Two clauses that end alike ("运动会申办全部经费由黑龙江省人民
政府承担；| 运动会举办的主要经费由黑龙江省人民政府承担，……"): most of the short one's character pairs are
in the long one, so the repeat check (`bullets.repeats_any`) passed it over once the long one was
taken, and a lesser sentence took its place: the brief said who pays for hosting and not who pays
for the bid, a point of its own (zh-policy 14, issue #9). Where the clause passed over
is the only sentence the letter has left unsaid, it is said beside its picked neighbour of the same
sentence, both citing their paragraph, when the sentence fits one bullet (`anaphora.CARRY_CHARS_ZH`):
nothing of the letter is lost and the sentence reads whole. A longer document's themes carry its
other sentences, and there the picks stay as they were.
"""

from __future__ import annotations

from citebrief.engines.scored import Scored
from citebrief.text.anaphora import CARRY_CHARS_ZH

_SEMICOLONS = ("；", ";")


def _clause_pair(scored: Scored, first: int) -> bool:
    """Whether sentences `first` and `first + 1` are two clauses of one sentence cut at its "；"."""
    if first < 0 or first + 1 >= len(scored.units):
        return False
    head, tail = scored.units[first], scored.units[first + 1]
    whole = len(head.text.strip()) + len(tail.text.strip())
    return head.paragraph == tail.paragraph and head.text.rstrip().endswith(_SEMICOLONS) and whole <= CARRY_CHARS_ZH


def whole_letter_sentence(scored: Scored, overview: list[int], chosen: list[int], themes: int) -> list[int]:
    """`overview` with the one usable sentence no pick holds where it is a "；"-clause of a sentence
    whose other clause the overview holds (module doc); `chosen` extended in place. A Chinese policy
    letter with no theme only."""
    if not scored.policy or scored.lang != "zh" or themes:
        return overview
    left = [i for i in scored.usable if i not in chosen]
    if len(left) != 1:
        return overview
    clause = left[0]
    for neighbour in (clause - 1, clause + 1):
        if neighbour in overview and _clause_pair(scored, min(clause, neighbour)):
            chosen.append(clause)
            at = overview.index(neighbour) + (neighbour < clause)  # beside it, in the sentence's order
            return [*overview[:at], clause, *overview[at:]]
    return overview
