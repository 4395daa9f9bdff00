"""text/en_dated.py: a year, a month or a last season right after a deed dates it to before the
news; a year that ends or opens a span or sets a deadline ("until 2019", "by 2030") does not.
Short texts of our own."""

from __future__ import annotations

from citebrief.text.en_dated import dated


def _after(text: str, deed: str) -> bool:
    """Whether `text` dates the deed `deed` (its words, written once) to before the news."""
    return dated(text, text.index(deed) + len(deed))


def test_a_year_or_a_month_after_the_deed_is_backstory() -> None:
    assert _after("Mr Hale was sacked by the club in 2004, his lawyer said.", "was sacked")
    assert _after("Ms Dunn pleaded guilty in September to the theft.", "pleaded guilty")
    assert _after("The coach was sacked last season after a run of defeats.", "was sacked")


def test_a_span_or_a_deadline_year_is_not_the_deeds_date() -> None:
    assert not _after("Mr Hale signed a new deal until 2031 on Friday.", "signed a new deal")
    assert not _after("The town was ordered to cut its waste by 2030.", "was ordered")
    assert not _after("The striker was banned from 2029 by the league.", "was banned")
    assert not _after("The road stays shut through 2028, the council said.", "stays shut")


def test_a_closed_range_still_dates_the_deed() -> None:
    assert _after("Mr Hale was jailed from 2005 to 2010 for fraud.", "was jailed")
