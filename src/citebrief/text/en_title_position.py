"""English title phrases that say where or how far, not what: a place beside something and its
"of" after "the" ("Right of the Fairway" of "to the right of the fairway", "Expense of Trees" of
"at the expense of trees"), or a unit of distance after a count ("Feet" of "45 feet to the flag").
A blind reader named such a title a fragment: it starts inside a larger phrase and names nothing
the group's bullets report. `en_title_pieces.cut_piece` counts such a place as a cut, so the
next candidate names the group. Left: "35km north of the city" (the overview's next candidate
there is the "Italian media" that reported the quake, worse).
"""

from __future__ import annotations

from functools import cache

from citebrief.text.chunks import word_list
from citebrief.text.data_files import data_lines

POSITION_NOUNS = "en_position_nouns.tsv"
# units of distance: after a count, how far ("45 feet to the flag"), not what
_UNITS = frozenset(
    word_list(
        "km kilometres kilometers kilometre kilometer miles mile metres meters metre meter yards yard feet inches"
    )
)
_COUNTS = frozenset(word_list("one two three four five six seven eight nine ten twelve twenty fifty hundred"))


@cache
def _position_nouns() -> frozenset[str]:
    """Nouns that name a place beside something (`data/en_position_nouns.tsv`)."""
    return frozenset(data_lines(POSITION_NOUNS))


def position_fragment(before: list[str], words: list[str]) -> bool:
    """True when the phrase's `words`, at a place with the tokens `before` it, open on a place
    noun written in lower case and its "of" after "the", a unit or a count ("to the right of the
    fairway", "35km north of the city")."""
    prior = before[-1].lower() if before else ""
    if len(words) == 1 and words[0] in _UNITS:
        return prior[:1].isdigit() or prior in _COUNTS  # "Feet" of "45 feet to the flag": how far
    if len(words) < 3 or words[1].lower() != "of" or not words[0][:1].islower():
        return False
    return words[0] in _position_nouns() and prior == "the"
