"""A club's last word read as a surname: "Villa" of "Aston Villa" is no person.

`en_actors.is_person` takes a word for a surname where the article writes a capitalized word
before it: "Aston Villa" made "Villa" a person's, so a pronoun after "Villa …" could be read as
the club (the football pages of en-cnndm 6, 26, 41). A club's name of two words or more that
`data/en_club_places.tsv` lists ("Aston Villa", "Crystal Palace", "Nottingham Forest"), written
whole in the article, makes its last word the club's; `en_non_persons.not_a_person` still keeps
a person the article gives a person's cue ("David Villa, 33,").
"""

from __future__ import annotations

from functools import cache

from citebrief.text.data_files import rows_by_kind


@cache
def _clubs_by_last_word() -> dict[str, tuple[str, ...]]:
    """Each last word of a club's name of two words or more, with the names ending in it."""
    ends: dict[str, list[str]] = {}
    for names in rows_by_kind("en_club_places.tsv").values():
        for name in names:
            if " " in name:
                ends.setdefault(name.rsplit(" ", 1)[1], []).append(name)
    return {word: tuple(names) for word, names in ends.items()}


def club_word(last: str, text: str) -> bool:
    """Whether `last` ends a club's name of two words or more that `text` (the article) writes."""
    return any(name in text for name in _clubs_by_last_word().get(last, ()))
