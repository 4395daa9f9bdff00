"""An English group title one bullet alone says gives way to the person whose words or deeds
half the bullets are ("Elton" over his return to Labour, not the "Tony Blair" one bullet
names in passing); a title two bullets say, an event, or a group that is no one person's keeps
its title, and so does one word a bullet writes in lower case (a matter: "Absenteeism").
Bullets shaped after the shared en-cnndm set, and one of its articles."""

from __future__ import annotations

from citebrief.text.en_title_named import named_title
from conftest import shared_group_titles

SINGER = [
    "Elton, who distanced himself from the party under Tony Blair, told supporters he was 'back with Labour'.",
    "He said: 'It's no secret that I am now one of that wealthy minority.'",
    "Elton lashed out at the glitzy fundraising ball staged annually by the Conservatives.",
    "The Conservatives' glitzy fundraising has raised millions.",
]
SINGER_TEXT = ["Sir Elton John has backed Ed Miliband. " + " ".join(SINGER)]
# half the bullets are the singer's words or deeds


def test_one_bullets_phrase_gives_way_to_the_person_the_group_is_about() -> None:
    used = {"tony blair", "ed miliband"}
    assert named_title(SINGER, SINGER_TEXT, SINGER_TEXT, used, "Tony Blair") == "Elton"
    assert "elton" in used and "tony blair" not in used


def test_a_title_two_bullets_say_an_event_or_no_ones_group_stays() -> None:
    assert named_title(SINGER, SINGER_TEXT, SINGER_TEXT, set(), "Glitzy Fundraising") == "Glitzy Fundraising"
    assert named_title(SINGER, SINGER_TEXT, SINGER_TEXT, set(), "Car Crash") == "Car Crash"
    matter = [*SINGER[:3], "Staff say absenteeism is rising."]  # one word a bullet writes: the matter
    assert named_title(matter, SINGER_TEXT, SINGER_TEXT, set(), "Absenteeism") == "Absenteeism"
    assert named_title(matter, SINGER_TEXT, SINGER_TEXT, set(), "Tony Blair") == "Elton"
    assert named_title(SINGER[:2], SINGER_TEXT, SINGER_TEXT, set(), "Tony Blair") == "Tony Blair"  # two bullets
    others = [
        "The party staged a glitzy fundraising ball in London.",
        "Tony Blair once led the party.",
        "Voters go to the polls next month.",
    ]
    assert named_title(others, others, others, set(), "Tony Blair") == "Tony Blair"
    assert named_title(SINGER, SINGER_TEXT, SINGER_TEXT, {"elton"}, "Tony Blair") == "Tony Blair"  # taken


def test_shared_article() -> None:
    titles = shared_group_titles("en-cnndm.jsonl", 50)  # a teacher's explanations of her practice
    # the teacher, then what she speaks of (`en_title_name_said`), not her bare name
    assert "Dawson on OM" in titles and "Minute Partner Practice" not in titles
