"""A theme title that is one bullet's adjective keyword gives way to a phrase most of its bullets
write: "Fingerprint Checks", not "Stronger Passwords" (`text/en_shared_title.py`)."""

from __future__ import annotations

import pytest

from citebrief.engines.en_last_titles import last_titles
from citebrief.engines.scored import Draft
from citebrief.text.en_shared_title import shared_title

FIRST = "Users were told to pick stronger passwords after the breach."
SECOND = "The bank will also add fingerprint checks to its app next month."
THIRD = "Customers who refuse the fingerprint checks can still pay at a branch."


def test_a_keyword_title_takes_the_phrase_most_bullets_write() -> None:
    used = {"bank breach", "stronger passwords"}
    assert shared_title("Stronger Passwords", [FIRST, SECOND, THIRD], used) == "Fingerprint Checks"
    assert "fingerprint checks" in used and "stronger passwords" not in used


@pytest.mark.parametrize(
    ("title", "bullets", "used"),
    [
        ("Stronger Passwords", [FIRST, SECOND, "Customers can still pay at a branch."], set()),  # one bullet writes it
        ("Stronger Passwords", [FIRST, SECOND, THIRD], {"fingerprint scanners"}),  # another title's stem
        ("Password Rules", [FIRST, SECOND, THIRD], set()),  # no adjective keyword
        ("Stronger Passwords", [FIRST, SECOND, THIRD, "Stronger passwords were urged again."], set()),  # two write it
        (
            "Stronger Passwords",
            [FIRST, 'He said: "We add fingerprint checks."', 'She said: "The fingerprint checks work."'],
            set(),
        ),  # only quoted
        (
            "Stronger Passwords",
            [FIRST, "Costs fell in real terms last year.", "Wages rose in real terms."],
            set(),
        ),  # a manner, not a thing
    ],
)
def test_the_title_stays(title: str, bullets: list[str], used: set[str]) -> None:
    assert shared_title(title, bullets, used) == title


def test_the_last_titles_read_it_for_a_theme() -> None:
    bullets = ["A bank lost the data of a million customers in a breach.", FIRST, SECOND, THIRD]
    drafts = [Draft(None, [0], "Bank Breach"), Draft(1, [1, 2, 3], "Stronger Passwords")]
    last_titles(drafts, bullets, bullets, {"bank breach", "stronger passwords"})
    assert drafts[1].title == "Fingerprint Checks"
