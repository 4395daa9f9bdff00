"""English title candidates cut from a set phrase of framing ("Real Terms" of "in real terms",
"Long Run" of "in the long run"): such a phrase says how a figure or claim is put, not what the
group is about, and blind readers of en-xsum briefs marked "Real Terms" over a group on Scottish
budget cuts as naming no theme. The specific choice (`title_choice.group_title`) passes it over
for the group's next phrase. The phrases are the table's (`data/en_idiom_fragments.tsv`), whole
candidates only: "Real Terms Cuts" names the cuts and stays a candidate.
"""

from __future__ import annotations

from functools import cache

from citebrief.text.data_files import data_lines
from citebrief.text.titles import free_of, swapped_title


@cache
def idiom_fragments() -> frozenset[str]:
    """The table's phrases, lower case (`data/en_idiom_fragments.tsv`)."""
    return frozenset(data_lines("en_idiom_fragments.tsv"))


def idiom_fragment(phrase: str) -> bool:
    """Whether `phrase` (any case) is one of the table's fragments of a set phrase."""
    return " ".join(phrase.lower().split()) in idiom_fragments()


def idiom_free(title: str, chosen: str, used: set[str]) -> str:
    """`title`, unless the English title steps turned the specific choice `chosen` (which is never
    a fragment) into one of the table's fragments: then `chosen` again, where no other title given
    holds it; `used` (casefolded titles given) updated."""
    if not idiom_fragment(title) or not chosen or idiom_fragment(chosen):
        return title
    if not free_of(chosen, used - {title.casefold()}):
        return title
    return swapped_title(title, chosen, used)
