"""The desks a day's lone stories are filed under (text/sections.py, digest_sections.py): the
companies' desk by what was done (losses, a bail-out, a poached chief), the arts by their works,
accidents and rescues, health apart from science, a sport by what was done before a club named of a
person, and a lone transport story beside the day's economy."""

from __future__ import annotations

import json
from pathlib import Path

from citebrief.digest_sections import by_kind, joined_title, section_themes
from citebrief.text.sections import kind_of, section_of

DATA = Path("/work/shared/data")


def _article(name: str, opening: str) -> str:
    """The shared-data article of set `name` that starts with `opening`."""
    for line in (DATA / f"{name}.jsonl").read_text(encoding="utf-8").splitlines():
        article: str = json.loads(line)["article"]
        if article.startswith(opening):
            return article
    raise AssertionError(opening)


def test_a_banks_losses_and_a_poached_chief_are_business_news() -> None:
    rbs = _article("en-cnndm", "Royal Bank of Scotland has racked up")
    uber = _article("en-cnndm", "Uber has poached Facebook's security chief")
    assert section_of(rbs, "en") == "Business and money"
    assert section_of(uber, "en") == "Business and money"  # not the court reports: no one was charged
    assert section_of("The West Bank town was quiet on Friday; the army said it would stay.", "en") is None


def test_the_arts_are_known_by_their_works() -> None:
    kahlo = _article("en-cnndm", "A stunning new series of photographs of the late artist Frida Kahlo")
    assert section_of(kahlo, "en") == "Arts and entertainment"
    song = "Those five words, when uttered or sung, bring to mind Don McLean's pop masterpiece and its lyrics."
    assert section_of(song, "en") == "Arts and entertainment"
    assert section_of("The pop of a balloon startled the class before lunch.", "en") is None


def test_rescues_and_accidents_have_a_desk() -> None:
    girl = _article("en-cnndm", "A little girl who slipped through metal bars")
    assert section_of(girl, "en") == "Accidents and rescues"
    sailor = "He was rescued from his disabled boat after 66 days drifting in the Atlantic, his father said."
    assert section_of(sailor, "en") == "Accidents and rescues"
    assert section_of("The goalkeeper saved a penalty and the season ended in victory.", "en") == "Sport"


def test_health_and_science_stories_are_titled_by_which_they_are() -> None:
    craft = "An unmanned spacecraft bound for the space station will re-enter the atmosphere, NASA said."
    drones = "Engineers hope to use the honeybee's brain to power a series of drones, scientists said."
    clinic = "Patients at the clinic were offered a new treatment for the disease, doctors said."
    texts = [craft, drones, clinic]
    assert [kind_of(text, "Health and science", "en") for text in texts] == ["Science", "Science", "Health"]
    assert [t.title for t in by_kind("Health and science", [0, 1], texts, "en")] == ["Science"]
    assert [t.title for t in by_kind("Health and science", [0, 1, 2], texts, "en")] == ["Science and health"]


def test_a_sport_is_told_by_what_was_done_not_by_a_club_named_of_a_person() -> None:
    wright = _article("en-cnndm", "Arsenal legend Ian Wright has been confirmed")
    assert kind_of(wright, "Sport", "en") == "Horse racing"
    derby = "Arsenal beat Chelsea in the derby as the striker scored twice; the jockeys watched from the stands."
    assert kind_of(derby, "Sport", "en") == "Football"


def test_a_lone_transport_story_joins_the_days_economy() -> None:
    depot = "西安动车段动车组检修库泛着层层热浪，机械师在动车组卫生间对零部件进行拆卸检修，高铁车厢内一片漆黑。"
    stocks = "A股26日遭遇调整，主要股指悉数下跌，房地产板块逆势上涨，两市成交额约7000亿元。"
    loans = "国家开发银行上半年发放制造业贷款2507亿元，支持制造业企业投资，贷款余额突破1.1万亿元。"
    themes = section_themes([0, 1, 2], [depot, stocks, loans], "zh")
    assert [(t.title, t.members) for t in themes] == [("经济与交通", [0, 1, 2])]
    assert [t.title for t in section_themes([0, 1], [depot, stocks], "zh")] == ["经济与交通"]
    assert section_themes([0], [depot], "zh") == []  # a desk of one story stays among the other stories


def test_a_near_section_two_lone_desks_join_names_both() -> None:
    assert joined_title("经济与交通", "经济与科技", "zh") == "经济、交通与科技"
    assert joined_title("Business and travel", "Business and travel", "en") == "Business and travel"
    assert joined_title("Disasters and rescues", "Disasters and weather", "en") == "Disasters, rescues and weather"


def test_the_civil_courts_a_travellers_tour_and_pests_have_their_desks() -> None:
    served = _article("en-cnndm", "(CNN)Recently, a New York judge issued an opinion")
    assert section_of(served, "en") == "Crime and courts"  # who sues whom, though no one is charged
    tour = "The most seasoned traveller marvels at it, before and after his travels with a small tour company."
    assert section_of(tour, "en") == "Travel"
    pests = "The city is the rat capital of the country, and another has the most mice and cockroaches."
    assert section_of(pests, "en") == "Animals"
