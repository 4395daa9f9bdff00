"""A phrase made only of a judgement and an abstract noun ("Maximum Personal Comfort", "Unique
Look") names nothing a reader can find: it weighs less as a group's first title
(`title_choice.group_title`) and takes no title's place (`en_title_choice.en_group_title`), so a
phrase that names a thing of the group titles it (`text/en_empty_titles.py`). Small cases written
for the rule, and the brief of an en-cnndm article it moved."""

from __future__ import annotations

from citebrief.text.data_files import data_lines
from citebrief.text.en_empty_titles import EMPTY_FACTOR, empty_factor, empty_title, empty_words
from citebrief.text.en_title_choice import en_group_title
from citebrief.text.title_choice import group_title
from conftest import shared_group_titles

BUNKS = [
    "Maximum personal comfort was the aim, the designers said.",
    "Crew members get maximum personal comfort in the new bunk beds.",
    "Each of the bunk beds has a reading light.",
]
ELSEWHERE = ["The airline flies to Sydney.", "Passengers sit in economy class."]


def test_the_table_holds_lower_case_words_of_two_kinds() -> None:
    rows = data_lines("en_empty_title_words.tsv")
    assert rows and all(len(r.split("\t")) == 2 and r == r.lower() and " " not in r for r in rows)
    kinds = empty_words()
    assert set(kinds) == {"judgement", "abstract"}
    assert {"unique", "maximum", "personal"} <= kinds["judgement"]
    assert {"moment", "look", "comfort"} <= kinds["abstract"]
    assert not kinds["judgement"] & kinds["abstract"]


def test_a_judgement_and_abstract_nouns_alone_name_nothing() -> None:
    assert empty_title("Unique Look", [])
    assert empty_title("Stressful Moment", [])
    assert empty_title("Maximum Personal Comfort", [])
    assert empty_title("Unique Look of the Moment", [])  # "of" and articles aside
    assert empty_factor("Personal Comfort", []) == EMPTY_FACTOR


def test_a_phrase_that_names_something_is_not_empty() -> None:
    assert not empty_title("Stressful Commute", [])  # the head is a thing
    assert not empty_title("Powerful Engine", [])
    assert not empty_title("Comfort Look", [])  # no judgement
    assert not empty_title("Moment", [])  # a word alone: others weigh it (`title_choice._length_factor`)
    assert not empty_title("Unique Look", ["She wore the Unique Look collection."])  # written as a name
    assert empty_factor("Lower Deck Designs", []) == 1.0


def test_a_phrase_that_names_a_thing_titles_the_group() -> None:
    # without the factor "Maximum Personal Comfort" ranks first (9.72 against 7.98)
    assert group_title(BUNKS, BUNKS, BUNKS + ELSEWHERE, "en", set()) == "Bunk Beds"


# two bullets say "personal comfort" (an empty phrase), one "lower deck designs" (the title given)
COMFORT = [
    "Crew want personal comfort above all.",
    "The bunks were built for personal comfort, the maker said.",
    "The lower deck designs were shown in Hamburg.",
]


def test_an_empty_phrase_takes_no_title_s_place() -> None:
    # "Personal Comfort" two bullets say would displace the choice were it not empty (it does without the check)
    bullets, used = COMFORT, {"lower deck designs"}
    assert en_group_title(bullets, bullets, bullets + ELSEWHERE, used, "Lower Deck Designs") == "Lower Deck Designs"


def test_the_brief_it_moved() -> None:
    # en-cnndm 198: the crew bunks' features (a service unit, a secret door, the materials) were
    # "Maximum Personal Comfort"
    assert "Lower Deck Designs" in shared_group_titles("en-cnndm.jsonl", 198)


def test_an_empty_phrase_most_bullets_say_covers_no_title() -> None:
    # the covering step (`en_title_cover.covering_title`) puts the phrase most bullets say over one
    # bullet's: not where that phrase names nothing (en-cnndm 198: "Personal Comfort", two of the
    # three bullets of Zodiac's crew bunks, went over "Lower Deck Designs" once its group was three)
    from citebrief.text.en_title_cover import covering_title

    bullets, used = COMFORT, {"lower deck designs"}
    assert covering_title(bullets, bullets, bullets + ELSEWHERE, used, "Lower Deck Designs") == "Lower Deck Designs"
    # a phrase that names something still covers
    bullets = [b.replace("personal comfort", "bunk beds") for b in bullets]
    assert covering_title(bullets, bullets, bullets + ELSEWHERE, used, "Lower Deck Designs") == "Bunk Beds"
