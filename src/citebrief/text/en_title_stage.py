"""An English group title that counts one moment of a match ("Fourth Try", "Warrington's Fourth
Try") names a detail: blind readers score it low over bullets that tell, one moment after another,
what happened in a stage of the match (en-cnndm 13: Sinfield on the bench through the first
half, entering "five minutes into the second half" when Warrington's fourth try came, Asotasi's
try, Ratchford's goals). The stage of play the bullet with that moment names ("the second half")
is what the group covers, so it takes the title's place.

Only a title that is an ordinal and a moment noun (`data/en_play_stages.tsv`), whose owner's
possessive at most goes before, and only where the bullet saying the moment names one stage
(an ordinal and a stage noun): else the title stays ("Third Shot" at the seventh hole, no stage
named). Runs after `en_title_leaning`, which gives such a title its owner.
"""

from __future__ import annotations

from functools import cache

from citebrief.text.data_files import rows_by_kind
from citebrief.text.en_compounds import ORDINALS
from citebrief.text.lazy_re import LazyPattern
from citebrief.text.titles import display_title, swapped_title

# ordinals of a match's stages besides the counted ones ("the final round", "the opening session")
_STAGE_ORDINALS = ORDINALS | {"opening", "final", "last"}
_OWNER = LazyPattern(r"^[A-Z][\w-]*(?: [A-Z][\w-]*){0,2}['’]s ")
_WORD_PAIR = LazyPattern(r"\b([A-Za-z]+) ([A-Za-z]+)\b")


@cache
def _words(kind: str) -> frozenset[str]:
    """The table's words of one kind: "moment" or "stage"."""
    return frozenset(rows_by_kind("en_play_stages.tsv").get(kind, ()))


def counted_moment(title: str) -> str:
    """The title's ordinal and moment in lower case ("fourth try" of "Warrington's Fourth Try");
    '' where the title is anything else."""
    words = _OWNER.sub("", title, count=1).lower().split()
    if len(words) == 2 and words[0] in ORDINALS and words[1] in _words("moment"):
        return " ".join(words)
    return ""


def stages(text: str) -> set[str]:
    """The stages of play the text names, lower case ("second half", "final round")."""
    found = set()
    lowered = text.lower()
    position = 0
    while match := _WORD_PAIR.search(lowered, position):
        first, second = match.group(1), match.group(2)
        if first in _STAGE_ORDINALS and second in _words("stage"):
            found.add(f"{first} {second}")
        position = match.start(2)  # pairs overlap: "into the second half" reads "the second", "second half"
    return found


def stage_title(bullets: list[str], group_texts: list[str], all_texts: list[str], used: set[str], title: str) -> str:
    """`title` as the stage of play the bullet saying its counted moment names, where the title
    counts one moment and that bullet names one stage no other title has (see the module's
    note); else `title`; `used` updated."""
    moment = counted_moment(title)
    if not moment:
        return title
    named = [stages(bullet) for bullet in bullets if moment in bullet.lower()]
    if len(named) != 1 or len(named[0]) != 1:
        return title
    stage = display_title(next(iter(named[0])), "en")
    if stage.casefold() in used - {title.casefold()}:
        return title
    return swapped_title(title, stage, used)
