"""English group titles that name one bullet's detail where two bullets report one deed: the
deed titles the group ("Court" over "Brown Eyes", a detail of one witness's words), as the
group's paragraphs write it; a title two bullets say, or one that names an event, stays. Small
cases written here, and articles from the shared en-cnndm set as the blind readers read them."""

from __future__ import annotations

from citebrief.text.en_title_deed import deed_title
from citebrief.text.en_title_gist import shared_event
from conftest import shared_group_titles

HEARING = [
    "The court heard how Boase had 75 microgrammes of alcohol in 100 millilitres of breath.",
    "At Torquay Magistrates' Court, the judge found him guilty of drink-driving.",
    "Boase has been remanded on unconditional bail until May 12.",
]


def test_a_detail_one_bullet_says_gives_way_to_the_deed_two_report() -> None:
    used = {"microgrammes of alcohol"}
    title = deed_title(HEARING, HEARING, HEARING, used, "Microgrammes of Alcohol")
    assert title == "The Court"
    assert used == {"the court"}


def test_a_title_two_bullets_say_stays() -> None:
    bullets = [*HEARING[:2], "Boase had drunk alcohol before he drove home."]
    assert deed_title(bullets, bullets, bullets, set(), "Microgrammes of Alcohol") == "Microgrammes of Alcohol"


def test_a_title_that_names_an_event_stays() -> None:
    assert deed_title(HEARING, HEARING, HEARING, set(), "Drink-driving Charge") == "Drink-driving Charge"


def test_a_deed_one_bullet_reports_or_another_title_holds_changes_nothing() -> None:
    one = [HEARING[0], HEARING[2]]
    assert deed_title(one, one, one, set(), "Microgrammes of Alcohol") == "Microgrammes of Alcohol"
    assert deed_title(HEARING, HEARING, HEARING, {"court"}, "Microgrammes of Alcohol") == "Microgrammes of Alcohol"


def test_the_deed_as_written_in_lower_case_not_a_name_s_word() -> None:
    bullets = [
        "Pama shielded his face outside Brisbane Magistrate Courts when he was granted bail.",
        "The case is due to return to court on May 18.",
    ]
    assert shared_event(bullets, bullets, set()) == "Court"
    assert shared_event(bullets, [bullets[0]], set()) == "Courts"  # only the name writes it: as written there


def test_shared_articles_title_the_hearing_not_a_detail() -> None:
    assert shared_group_titles("en-cnndm.jsonl", 179)[2] == "The Court"  # not "Microgrammes of Alcohol"
    # "Court" widened to the court's name the bullets write, "Brisbane Magistrate Courts"
    # (`en_title_noun_phrase`, s49a); still the hearing, not "History of Violence"
    assert shared_group_titles("en-cnndm.jsonl", 60)[2] == "Brisbane Magistrate Courts"
