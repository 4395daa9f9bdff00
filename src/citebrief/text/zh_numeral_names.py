"""Chinese numerals and years that are part of a name, not figures.

A numeral before a measure character reads as a count (三元 "three yuan"), but in 三元区 or 七台河
it opens a place's name; a year written straight onto a name ("2022景贤杯", "2023世界机器人大会")
names an edition, not a quantity. Read as figures, they kept bullets a step swaps out because
they "have a figure" (`zh_loner_swaps`), while `repeated_figures.figure_keys` already left them
out. `text/numbers.py` asks this module, so every figure check reads them alike. The names and
the characters that keep a year a count are data (`data/zh_numeral_names.tsv`).

So are common words that open on a numeral (零部件 "parts" read as the figure 0 of 部; 千米 "km" as
a thousand beside the 12 of 12千米) and a year before 届 ("高2025届4班": the class of 2025, a
count of 2025 to the figure checks): scored.figures_in and verify counted them, while
repeated_figures.figure_keys left them out.
"""

from __future__ import annotations

from functools import cache

from citebrief.text.data_files import rows_by_kind

_YEARS = ("1900", "2099")  # a four-digit number in this range may be a year's
_OPENING_MARKS = "“「《『"  # 2022“北京·景贤杯”: the name may stand in quotation or title marks


@cache
def _rows(kind: str) -> tuple[str, ...]:
    """The words of one kind ("name", "unit") of `data/zh_numeral_names.tsv`."""
    return rows_by_kind("zh_numeral_names.tsv").get(kind, ())


@cache
def _units() -> frozenset[str]:
    return frozenset(_rows("unit"))


@cache
def _openings() -> tuple[str, ...]:
    """The names and words that open on a numeral, joined once for `str.startswith` (one C call)."""
    return _rows("name") + _rows("word")


def numeral_in_name(text: str, start: int) -> bool:
    """Whether the Chinese numeral at text[start] opens a name or a word the table lists (三元区,
    四川, 零部件, 千米). Asked of every Chinese numeral of every text figures are read in."""
    return text.startswith(_openings(), start)


def year_of_class(text: str, start: int, end: int) -> bool:
    """Whether the digits text[start:end] are the year of a class ("2025届"): four digits
    in a year's range, then a character of the table's `class`."""
    digits = text[start:end]
    return (
        len(digits) == 4
        and digits.isdigit()
        and _YEARS[0] <= digits <= _YEARS[1]
        and text[end : end + 1] in _rows("class")
    )


def year_on_name(text: str, start: int, end: int, measure: frozenset[str]) -> bool:
    """Whether the digits text[start:end] are a year written straight onto a name ("2022景贤杯",
    2022“北京·景贤杯”): four digits in a year's range, then (past an opening mark) a Han character
    that neither counts (`measure`, the table's units: 2000亩, 2000多) nor joins a span (2023至2025年)."""
    digits = text[start:end]
    after = text[end + 1 : end + 2] if text[end : end + 1] in tuple(_OPENING_MARKS) else text[end : end + 1]
    return (
        len(digits) == 4
        and digits.isdigit()
        and _YEARS[0] <= digits <= _YEARS[1]
        and "\u4e00" <= after <= "\u9fff"
        and after not in measure
        and after not in _units()
    )
