"""A group that opens on who the article's person is, by a role and an aside of his past, but is
titled by a topic one clause names, takes "Surname's Background" (`text/en_title_profile.py`);
a group that opens on the news, an aside without a past, or a title naming him stays. Short
cases written for the rule, and the step's place in `en_title_steps`."""

from __future__ import annotations

from citebrief.text.en_title_profile import profile_title
from citebrief.text.en_title_steps import en_title_steps

ARTICLE = [
    "Mary Keel was fined by the council on Monday.",
    "Ms Keel said the fine was unfair.",
    "The council said Mary Keel had been warned twice.",
]
PROFILE = [
    "The baker, a former nurse who was born in Leeds, has been a keen supporter of local farming since 2010",
    "On Monday she wrote that the shop would close early for a week",
]


def _title(bullets: list[str], title: str = "Local Farming", used: set[str] | None = None) -> str:
    given = used if used is not None else {title.casefold()}
    return profile_title(bullets, bullets, ARTICLE + bullets, given, title)


def test_a_persons_profile_takes_their_background() -> None:
    used = {"local farming", "mary keel's fine"}
    assert _title(PROFILE, used=used) == "Keel's Background"
    assert "keel's background" in used and "local farming" not in used


def test_the_steps_give_it() -> None:
    steps = en_title_steps(PROFILE, PROFILE, ARTICLE + PROFILE, {"local farming"}, "Local Farming")
    assert steps == "Keel's Background"


def test_a_group_of_the_news_stays() -> None:
    news = ["The baker, a mother of two, has been fined twice", PROFILE[1]]
    assert _title(news) == "Local Farming"
    assert _title([PROFILE[1], PROFILE[0]]) == "Local Farming"


def test_a_title_naming_the_person_stays() -> None:
    assert _title(PROFILE, "Keel's Farm") == "Keel's Farm"
