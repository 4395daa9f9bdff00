"""An English sentence that points back at a figure it never gives ("It aimed to reach that amount
to 'bring to justice those responsible …'", en-xsum 178) where the sentence before gives none either.

Such a bullet promises a number the brief cannot show: the amount stood in a line the article
left out (a headline, a summary cut off above the text), so no join can bring it in, and a reader
stops at "that amount". `scoring` leaves the sentence out of the selection (where two usable
sentences stay), and its group takes a sibling that stands alone (en-xsum 178: the campaign's
leaders). A sentence that gives a figure itself ("… aimed to reach £50,000 …, but extended its
target after raising that figure …") is left as it is, its "that figure" may be its own; so is
one whose sentence before gives a figure ("… she had donated £1m …" then "In 2008, she donated
the same amount …"): the brief may hold or carry that sentence. Over en-cnndm and en-xsum 0–199
only en-xsum 178 holds such a bullet.
The nouns are data (`data/en_figure_references.tsv`).
"""

from __future__ import annotations

import re
from functools import cache

from citebrief.text.data_files import data_lines
from citebrief.text.lazy_re import LazyPattern

TABLE = "en_figure_references.tsv"

_MONTHS = (
    "January|February|March|April|May|June|July|August|September|October|November|December"
    "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec"
)
# a number that is no date: not a year alone, not a day beside its month ("19 July", "May 4")
_DATE_NUMBER = LazyPattern(
    rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{_MONTHS})\b|\b(?:{_MONTHS})\s+\d{{1,2}}\b|\b(?:19|20)\d\d\b"
)
_NUMBER = LazyPattern(r"\d")
_NUMBER_WORDS = LazyPattern(r"\b(?:hundred|thousand|million|billion|trillion|dozen)s?\b", re.IGNORECASE)


@cache
def _reference() -> re.Pattern[str]:
    """ "that amount", "this figure", "the same sum": a figure pointed at, read from `TABLE`."""
    nouns = "|".join(sorted(data_lines(TABLE)))
    return re.compile(rf"\b(?:that|this|the same)\s+(?:{nouns})\b", re.IGNORECASE)


def gives_figure(text: str) -> bool:
    """Whether `text` states a figure: a number that is no date or year ("£50,000", "179"), or a
    number word ("millions")."""
    return bool(_NUMBER.search(_DATE_NUMBER.sub(" ", text)) or _NUMBER_WORDS.search(text))


def points_at_unsaid_figure(text: str, before: str) -> bool:
    """Whether `text` points back at a figure ("that amount") and gives none itself, nor does its
    sentence `before` (module doc)."""
    return _reference().search(text) is not None and not gives_figure(text) and not gives_figure(before)


def unsaid_figures(texts: list[str], usable: list[int]) -> set[int]:
    """The `usable` English sentences of `texts` pointing at a figure that neither they nor the
    sentence before give (`points_at_unsaid_figure`): no bullet of them can show the figure."""
    return {i for i in usable if points_at_unsaid_figure(texts[i], texts[i - 1] if i > 0 else "")}
