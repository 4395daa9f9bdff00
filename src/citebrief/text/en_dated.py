"""Whether an English paragraph dates what it just wrote to before the news: a deed followed by
a year, a month or a last season ("was sacked by Tottenham last season", "pleaded guilty in
September") is backstory, not what the article reports (the news is dated by a weekday or
"yesterday"). Shared by the overview's deed readers (`en_overview_deed.py`,
`en_overview_late_deed.py`), which each title a name by what the opening says happened to it.

A year right after "until", "till", "through", "by" or "from" dates no deed: "signed a deal until
2019", "must cut its emissions by 2030", "was banned from 2025" tell the news, the year is when its
term ends or begins, which may be years ahead (a range "from 2005 to 2010" still dates the deed by
its closing year)."""

from __future__ import annotations

from citebrief.text.calendar_names import MONTH_ALTERNATION
from citebrief.text.lazy_re import LazyPattern

DATED = LazyPattern(
    r"\s(?:[\w-]+\s){0,3}?(?:(?:in\s)?(?<!\buntil\s)(?<!\btill\s)(?<!\bthrough\s)(?<!\bby\s)(?<!\bfrom\s)"
    r"(?:19|20)\d\d\b|last\s(?:year|season|month|summer|winter|spring|autumn)\b"
    rf"|in\s(?:{MONTH_ALTERNATION})\b"
    r"|(?:\w+\s)?(?:years|months)\sago\b)"
)


def dated(paragraph: str, end: int) -> bool:
    """Whether the paragraph, from `end` (a space), dates what it wrote before to before the news."""
    return bool(DATED.match(paragraph, end))
