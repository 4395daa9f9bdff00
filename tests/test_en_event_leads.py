"""An English overview leading on the article's first sentence "It comes in …" gives the lead to a
later point that stands alone (engines/en_event_leads.py), read on en-xsum articles."""

from __future__ import annotations

from citebrief.engines.en_event_leads import stands_alone
from conftest import shared_groups


def _xsum(index: int) -> list[list[str]]:
    return shared_groups("en-xsum.jsonl", index)


def test_an_it_comes_lead_follows_the_point_telling_the_news() -> None:
    # en-xsum 29: "It comes in a shake-up …" led before the closure it is about was told
    overview = _xsum(29)[0]
    assert overview[0].startswith("Brecon and Radnorshire Conservative MP Chris Davies condemned the closure"), overview
    assert overview[1].startswith("It comes in a shake-up"), overview


def test_a_lead_whose_next_point_leans_on_it_stays() -> None:
    # en-xsum 180: "The action should stop the tool …" needs the lead's software as much
    assert _xsum(180)[0][0].startswith("It follows suggestions"), _xsum(180)[0]


def test_other_it_leads_stay() -> None:
    # "It was the 29-year-old Spaniard's first Grand Tour stage win" after Landa's late attack
    # would read as his (en-xsum 79); "It also warns …" as the referendum campaign's (171: it goes
    # after "The Lords review says …", `en_body_leads`)
    assert _xsum(79)[0][0].startswith("It was the 29-year-old Spaniard's"), _xsum(79)[0]
    assert not _xsum(171)[0][1].startswith("It also warns"), _xsum(171)[0]


def test_a_point_stands_alone_by_its_opening() -> None:
    assert stands_alone("Conservative MP Chris Davies condemned the closure")
    assert not stands_alone("The action should stop the tool from working")
    assert not stands_alone("He said the barracks would close")
    assert not stands_alone("'This decision is abhorrent,' he said")
    assert not stands_alone("It came days after the vote")
