"""A person's name one bullet mentions in passing gives way to the phrase the group's bullets
share (`en_title_side_name`); a name two bullets write, a name a bullet opens on, a thing's name
and a group with no shared phrase keep the title. Small cases, and en-xsum briefs as pasted."""

from __future__ import annotations

from citebrief.text.en_title_name_event import name_event_title
from citebrief.text.en_title_side_name import side_name_title
from conftest import shared_group_titles

LIGHTS = [
    "The lights were switched on by BBC Radio Lincolnshire presenters Carla George and Scott Dalton.",
    "Peter Sherlock, who gave the church £2,000 to reinstall the stolen lights, was among those present.",
    "He is still offering a reward of £2,000 for information about who stole the lights.",
]


def _titled(bullets: list[str], title: str, texts: list[str] | None = None) -> str:
    return side_name_title(bullets, bullets, texts or bullets, {title.casefold()}, title)


def test_a_donor_one_bullet_names_gives_way_to_what_every_bullet_reports() -> None:
    used = {"peter sherlock"}
    assert side_name_title(LIGHTS, LIGHTS, LIGHTS, used, "Peter Sherlock") == "Lights"
    assert used == {"lights"}  # the swap is recorded


def test_a_name_two_bullets_write_stays() -> None:
    again = [*LIGHTS[:2], "Mr Sherlock said the lights were back."]
    assert _titled(again, "Peter Sherlock") == "Peter Sherlock"


def test_a_name_a_bullet_opens_on_stays() -> None:
    led = ["Peter Sherlock paid for the lights to be put back.", *LIGHTS[::2]]
    assert _titled(led, "Peter Sherlock") == "Peter Sherlock"


def test_a_word_some_bullet_writes_only_as_a_verb_form_is_no_theme() -> None:
    # "trail" speaks for both bullets, but one writes it only as "trailed": no noun the group shares
    match = [
        "Against Ali Carter, who trailed 6-2 after the opening session, Robertson won the next five frames.",
        "Robertson led 11-3 before he let them trail 11-5 overnight.",
    ]
    assert _titled(match, "Ali Carter") == "Ali Carter"


def test_a_thing_named_like_a_person_and_a_lone_bullet_stay() -> None:
    service = ["A service was held at Westminster Abbey.", "The service marked Anzac Day."]
    assert _titled(service, "Westminster Abbey") == "Westminster Abbey"  # "Abbey": a dictionary word
    assert _titled(LIGHTS[1:2], "Peter Sherlock") == "Peter Sherlock"


def test_a_name_later_convicted_takes_the_conviction() -> None:
    # "was later convicted": a news adverb between the name and its deed (`en_overview_deed`)
    bullets = [
        "The BBC understands police halted an inquiry into Forde in the 1990s.",
        "Forde was later convicted of controlling prostitutes after a successful prosecution.",
        "Fourteen years later Forde was prosecuted and jailed again.",
    ]
    texts = ["John Forde was a friend of the MP.", *bullets]
    assert name_event_title(bullets, bullets, texts, {"forde"}, "Forde") == "Forde's Conviction"


def test_xsum_groups_titled_by_their_theme_and_their_persons_deed() -> None:
    assert shared_group_titles("en-xsum.jsonl", 131)[1] == "Lights"  # not "Peter Sherlock"
    assert shared_group_titles("en-xsum.jsonl", 198)[1] == "Forde's Conviction"  # not "Forde"
