"""An English overview titled by a person's full name without the rank a service writes before
it: "Key points: Matthew Boyd", not "Pte Matthew Boyd" (en-xsum 93). The rank says what the
person is, as "defender" of "defender Emir Spahic" does (`en_title_choice.bare_name`), but is
written with a capital, so that step keeps it. Only a run of ranks (`data/en_name_ranks.tsv`:
"Det Supt David Guiney") before two capitalized words or more goes; a rank before a surname
alone ("Pte Boyd", "Sgt Hunter") is how the article names the person and stays, as do courtesy
titles ("Mr", "Dr").
"""

from __future__ import annotations

from functools import cache

from citebrief.text.data_files import data_lines

MIN_NAME_WORDS = 2  # a given name and a surname left after the rank


@cache
def _ranks() -> frozenset[str]:
    """The rank words of `data/en_name_ranks.tsv`, as written."""
    return frozenset(data_lines("en_name_ranks.tsv"))


def past_rank(subject: str) -> str:
    """`subject` without the ranks at its front when a full name of capitalized words follows
    ("Pte Matthew Boyd" → "Matthew Boyd"); else `subject` as it is."""
    words = subject.split()
    ranks = _ranks()
    at = 0
    while at < len(words) and words[at] in ranks:
        at += 1
    rest = words[at:]
    if not at or len(rest) < MIN_NAME_WORDS or not all(w[:1].isupper() and w[1:2].islower() for w in rest):
        return subject
    return " ".join(rest)
