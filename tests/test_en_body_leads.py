"""An English first sentence "It also warns …" goes right after the bullet where the body it
means says something (engines/en_body_leads.py), read on en-xsum articles and short invented ones."""

from __future__ import annotations

import pytest

from citebrief.engines.en_body_leads import _BODY_SAYS, _IT_SAYS
from conftest import shared_groups


def _xsum(index: int) -> list[list[str]]:
    return shared_groups("en-xsum.jsonl", index)


def test_an_it_warns_lead_follows_the_review_that_warns() -> None:
    # en-xsum 171: first, or after "… during the referendum campaign", "It" read as the campaign
    group = _xsum(171)[0]
    k = next(k for k, text in enumerate(group) if text.startswith("It also warns"))
    assert k > 0 and group[k - 1].startswith("The Lords review says"), group


def test_an_it_lead_with_no_body_in_the_brief_stays() -> None:
    # en-xsum 61: the Met Office issued the warning, not "The council said …"
    assert _xsum(61)[0][0].startswith("It issued a yellow warning"), _xsum(61)[0]
    # en-xsum 180: "It follows …" is no body's saying
    assert _xsum(180)[0][0].startswith("It follows suggestions"), _xsum(180)[0]


@pytest.mark.parametrize(
    "text",
    [
        "The Lords review says these communities are at risk",
        "The Met Office warned of gales",
        "The report also notes that the system is complex",
        "The Home Affairs Committee found failings",
        "The commission said the tax was unfair",
    ],
)
def test_a_body_that_says(text: str) -> None:
    assert _BODY_SAYS.match(text)


@pytest.mark.parametrize(
    "text",
    [
        "The council said the road would stay closed",
        "The company said it would appeal",
        "The Lords review of the industry is due",
        "Fishing regions voted to leave",
    ],
)
def test_no_body_that_says(text: str) -> None:
    assert not _BODY_SAYS.match(text)


def test_an_it_that_says() -> None:
    assert _IT_SAYS.match("It also warns that boats may fish")
    assert _IT_SAYS.match("It issued a yellow warning")
    assert not _IT_SAYS.match("It follows suggestions that")
    assert not _IT_SAYS.match("It was the first win")
