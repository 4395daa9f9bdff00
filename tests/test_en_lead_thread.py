"""An English overview titled by a time or an amount takes the thing its lead names that the
story keeps coming back to, not one bullet's detail (`text/en_lead_thread.py`)."""

from __future__ import annotations

from citebrief.text.en_lead_thread import lead_thread
from citebrief.text.en_title_detail import overview_subject
from conftest import shared_group_titles

_DOG = [
    "This dog certainly is his master's best friend after saving him from a cold and muddy grave.",
    "The black pooch took a rescue rope out to his owner on Saturday afternoon.",
    "Firefighters could not reach the man in the mud.",
    "That's when they had the idea to send the dog in.",
    "The dog swam back with the rope.",
]


def test_the_lead_thing_the_story_keeps_saying() -> None:
    assert lead_thread(_DOG[:2], _DOG, set()) == "dog"


def test_a_time_subject_gives_way_to_the_thread_not_a_bullets_detail() -> None:
    assert overview_subject("Saturday Afternoon", _DOG[:2], _DOG, _DOG) == "dog"
    assert overview_subject("Black Pooch", _DOG[:2], _DOG, _DOG) == "Black Pooch"  # a thing: as it is


def test_no_thread_said_often_enough_leaves_the_subject() -> None:
    few = _DOG[:3]
    assert lead_thread(few[:2], few, set()) == ""
    assert lead_thread(_DOG[:2], _DOG, {"dog"}) != "dog"  # a title given already


def test_a_lone_noun_takes_the_modifier_the_article_says_with_it() -> None:
    sentences = [
        "Every year a trend comes around.",
        "Many will be concerned about the arrival of the septum piercing.",
        "The piercing is old.",
        "Stars wear the piercing.",
        "In India septum piercings are popular.",
    ]
    assert lead_thread(sentences[:2], sentences, set()) == "septum piercing"
    once = [s.replace("septum piercings", "nose studs") for s in sentences]
    assert lead_thread(once[:2], once, set()) == "piercing"  # said with it once: the noun alone


def test_shared_articles_overviews_name_the_thread() -> None:
    assert shared_group_titles("en-cnndm.jsonl", 129)[0] == "Key points: Dog"  # not "Rescue Rope"
    assert shared_group_titles("en-cnndm.jsonl", 10)[0] == "Key points: Dominant Colour of Artworks"
    assert shared_group_titles("en-cnndm.jsonl", 153)[0] == "Key points: Septum Piercing"  # not "Whole Host of Stars"
