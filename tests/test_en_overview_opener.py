"""An English overview titled by a lower-case phrase its lead writes past the verb takes the kind
the lead opens on, where the article calls them so again (`text/en_overview_opener.py`)."""

from __future__ import annotations

import pytest

from citebrief.text.en_overview_opener import lead_opener
from conftest import shared_group_titles

_LEAD = "A Florida woman is facing charges after offering a deputy oral sex in exchange for her release."
_TEXTS = [_LEAD, "Police said the woman was drunk.", "She was charged with battery."]


@pytest.mark.parametrize(
    ("lead", "titled"),
    [
        (_LEAD, "Florida Woman"),
        ("(CNN)" + _LEAD, "Florida Woman"),  # a source before the lead
        ("Four burly Swedish women put oral sex on the agenda.", "Swedish Women"),  # a count, a quality dropped
        ("A Florida woman who fought a deputy offered oral sex.", "Florida Woman"),  # "who": the kind ends
        ("Homeless women in the Bay Area are offered oral sex.", "Homeless Women"),  # no article, where they are
    ],
)
def test_the_kind_the_lead_opens_on_titles_it(lead: str, titled: str) -> None:
    used = {"oral sex"}
    texts = [lead, *_TEXTS[1:], "The women were on holiday."]
    assert lead_opener("oral sex", lead, texts, used) == titled
    assert used == {titled.casefold()}


@pytest.mark.parametrize(
    ("subject", "lead", "texts"),
    [
        ("oral sex", _LEAD, [_LEAD, "She was charged with battery."]),  # the kind never said again
        ("oral sex", "A woman is facing charges after offering oral sex.", _TEXTS),  # one word: too little
        ("oral sex", "A two-year-old woman is facing charges over oral sex.", _TEXTS),  # an age, then one word
        ("oral sex", "The Florida woman is facing charges over oral sex.", _TEXTS),  # "The": not opened on by kind
        ("oral sex", "Oral sex was offered by a Florida woman.", _TEXTS),  # the phrase opens the lead
        ("Jo Smith", "A Florida woman is facing charges after Jo Smith called.", _TEXTS),  # a name stands
        ("Jo Smith's Arrest", _LEAD, _TEXTS),  # a deed stands
        ("deputy", "A Florida woman, 23, is facing charges after kicking a deputy.", _TEXTS),  # an appositive
        ("charges", "A New York woman is facing charges.", _TEXTS),  # "New": a capitalised common word
        ("oral sex", "Jo Smith is offering oral sex.", _TEXTS),  # a name opens the lead
        ("oral sex", "Florida women, 23, are offered oral sex.", _TEXTS),  # an appositive
        # no article: a foil the article says less than the subject ("Economy passengers ... the cabin crew")
        ("cabin crew", "Economy passengers envy the cabin crew.", ["The passengers envy.", "The cabin crew rest."]),
    ],
)
def test_other_subjects_stand(subject: str, lead: str, texts: list[str]) -> None:
    assert lead_opener(subject, lead, texts, set()) == subject


def test_a_title_another_holds_is_not_taken() -> None:
    assert lead_opener("oral sex", _LEAD, _TEXTS, {"oral sex", "florida woman"}) == "oral sex"


@pytest.mark.parametrize(
    ("index", "overview"),
    [
        (174, "Key points: Florida Woman"),  # not "Oral Sex" she offered a deputy
        (63, "Key points: Swedish Cops"),  # not "Call of Duty" they answered
        (99, "Key points: Cheetah Exhibit"),  # "A two-year-old boy": one word past the age, the title stands
        (75, "Key points: Homeless People"),  # not "Tech Companies" that hand them smartphones
        (198, "Key points: Cabin Crew"),  # "Economy passengers have long wished ...": a foil
    ],
)
def test_real_leads(index: int, overview: str) -> None:
    assert shared_group_titles("en-cnndm.jsonl", index)[0] == overview
