"""An English overview titled by a name one key point writes, while most key points follow another
person, takes that person (`text/en_overview_followed.py`); a name described by the role before
it ("Former England international Southgate") is the person the bullet follows, not the team."""

from __future__ import annotations

from citebrief.text.en_overview_followed import followed_overview
from citebrief.text.en_title_subject import followed_people
from conftest import shared_group_titles

KEY_POINTS = [
    "Wenger, whose club contract runs to the summer, has been linked with the job.",
    "Southgate succeeded Sam Allardyce in September and oversaw England's 2-0 win against Malta.",
    "Former England international Southgate, 46, has a World Cup qualifier against Scotland at Wembley.",
]
TEXTS = [
    " ".join(KEY_POINTS),
    'Wenger said Southgate "has accumulated experiences." Wenger added that Aaron Ramsey will miss games.',
]


def test_a_role_before_the_name_is_no_person() -> None:
    assert followed_people(KEY_POINTS, TEXTS) == ["Wenger", "Southgate", "Southgate"]


def test_the_overview_takes_the_person_two_key_points_of_three_follow() -> None:
    used = {"wenger", "own links"}
    assert followed_overview("Key points: Wenger", KEY_POINTS, TEXTS, used) == "Key points: Southgate"
    assert "southgate" in used
    assert "wenger" not in used


def test_a_person_a_theme_is_titled_by_keeps_the_overview() -> None:
    used = {"wenger", "southgate's record"}
    assert followed_overview("Key points: Wenger", KEY_POINTS, TEXTS, used) == "Key points: Wenger"


def test_an_overview_most_key_points_follow_stays() -> None:
    points = [KEY_POINTS[0], "Wenger said he focuses on his job.", KEY_POINTS[2]]
    assert followed_overview("Key points: Wenger", points, TEXTS, {"wenger"}) == "Key points: Wenger"


def test_xsum_overview_titled_by_the_manager_two_key_points_follow() -> None:
    assert shared_group_titles("en-xsum.jsonl", 169)[0] == "Key points: Southgate"  # not "Wenger"


def test_a_speaker_the_key_points_read_back_to_keeps_the_overview() -> None:
    # en-xsum 182: the detective one point names and "She added" reads back to, not the man shot
    points = [
        "Thomas Baker was found badly injured at the market in Liverpool on 27 January.",
        "The 44-year-old, from Everton, had been shot in the head and chest.",
        "Det Ch Insp Bev Hyland said officers were still searching for a silver car.",
        "She added that a number of people captured on CCTV had yet to come forward.",
        "The Liverpool men arrested remain in police custody.",
    ]
    texts = [" ".join(points), "Bev Hyland said so. Thomas Baker said nothing."]
    assert followed_overview("Key points: Thomas Baker", points, texts, {"thomas baker"}) == "Key points: Thomas Baker"


def test_a_surname_after_a_role_is_a_person() -> None:
    # en-xsum 120: Buttler, never with a given name nor as a speaker, follows "specialist"
    points = [
        "The 25-year-old moved to the Red Rose from Somerset in 2013.",
        "Short-format specialist Buttler has scored England's three fastest ODI centuries.",
        "Buttler, who has been playing in the Indian Premier League, will return to Lancashire.",
    ]
    assert followed_people(points, points) == ["", "Buttler", "Buttler"]
    scraps = ["Help for the poor The phones rang all day."]  # a stop lost between two sentences
    assert followed_people(scraps, scraps) == [""]


def test_xsum_lone_overview_titled_by_the_player_not_the_league() -> None:
    # not "Indian Premier League"; his new deal is what the lead says is his (`en_overview_owned`)
    assert shared_group_titles("en-xsum.jsonl", 120)[0] == "Key points: Buttler's New Deal"
