"""An English group title that is a city named by its country or region ("French Capital",
"Bavarian Capital") gives way to the city's name where the group's paragraphs write it ("Paris",
"Munich"): news writers vary a city's name on second mention ("the 3-1 win in Paris" … "the win in
the French capital"), and a title lifted from the variant reads as a riddle over a group whose
paragraphs say the city plainly ("the special role Munich played").

The title is "<adjective> Capital", the adjective a row of `data/en_capital_cities.tsv` (the city
each names); the city is written on word boundaries in the group's paragraphs (so the title is
found there) and free of the other titles. Else the title stays: a riddle, but one the paragraphs
write.
"""

from __future__ import annotations

from functools import cache

from citebrief.text.data_files import data_lines
from citebrief.text.titles import free_of, on_word_boundaries, swapped_title

_CAPITAL = " Capital"


@cache
def capital_cities() -> dict[str, str]:
    """Each adjective a writer puts before "capital" and the city it means (`data/en_capital_cities.tsv`)."""
    rows = (line.split("\t") for line in data_lines("en_capital_cities.tsv"))
    return {adjective.strip(): city.strip() for adjective, city in rows}


def capital_title(bullets: list[str], group_texts: list[str], all_texts: list[str], used: set[str], title: str) -> str:
    """`title`, or the city it names by its country where the group's paragraphs write the city
    (see the module's note); `used` (casefolded titles) updated."""
    if not title.endswith(_CAPITAL):
        return title
    city = capital_cities().get(title.removesuffix(_CAPITAL), "")
    if not city or not any(on_word_boundaries(city, t, "en") for t in group_texts):
        return title
    if not free_of(city, used - {title.casefold()}):
        return title
    return swapped_title(title, city, used)
