"""The mishap a lead writes as a gerund right after the one it befalls ("this clip of a longboarder
crashing downhill"), read as the noun a headline names it by ("crash": `data/en_kind_mishaps.tsv`).
Split from `en_overview_kind.py` because `en_overview_deed.grounded` reads it too (for
`bench/brief_checks.py`), and that module is read by `en_overview_kind.py`.
"""

from __future__ import annotations

import re
from functools import cache

from citebrief.text.data_files import data_lines
from citebrief.text.en_dated import DATED
from citebrief.text.lazy_re import LazyPattern

_GERUND = LazyPattern(r"\s([a-z]+ing)(?![\w'’-])")


@cache
def _mishaps() -> dict[str, str]:
    """Each gerund of `data/en_kind_mishaps.tsv` with its noun."""
    rows = (line.split("\t") for line in data_lines("en_kind_mishaps.tsv"))
    return {gerund.strip(): noun.strip() for gerund, noun in rows}


def mishap_at(sentence: str, end: int) -> str:
    """The noun of the mishap gerund written right after `end` of `sentence` ("crashing" → "crash"),
    not one the sentence dates to a year or a last season (`DATED`); ''."""
    match = _GERUND.match(sentence, end)
    if match is None or DATED.match(sentence, match.end()):
        return ""
    return _mishaps().get(match.group(1), "")


def mishap_grounded(title: str, texts: list[str]) -> bool:
    """Whether a title "X's Noun" stands on a text that writes X with a gerund of the noun right
    after it ("Longboarder's Crash" on "a longboarder crashing downhill")."""
    owner, _, noun = title.partition("'s ")
    if not owner or not noun:
        return False
    written = re.compile(r"(?<![\w'’-])" + re.escape(owner) + r"(?![\w'’-])", re.IGNORECASE)
    return any(
        mishap_at(text, match.end()).casefold() == noun.casefold() for text in texts for match in written.finditer(text)
    )
