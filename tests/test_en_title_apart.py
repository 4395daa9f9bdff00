"""An English group title that still repeats another title's head after `en_title_distinct`
("First-degree Murder" under "Chris Lane's Murder") gives way to the name most of its bullets
say, written in full and mostly in the group's own paragraphs (`en_title_apart.apart_title`);
a place, a name another title shares a word with, or a story-wide name does not. Small cases
written after en-cnndm briefs, and the brief of en-cnndm 182 before and after."""

from __future__ import annotations

from citebrief.text.en_title_apart import apart_title
from conftest import shared_group_titles

LEAD = "Chris Lane was jogging in Duncan when he was shot in the back. Chris Lane's murder shocked Australia."
ACCUSED = [
    "Chancey Luna, 17, was charged with first-degree murder.",
    "Luna, a Duncan high school student, showed no emotion during the 911 recording.",
    "Luna's lawyer made a shock admission in court on Tuesday.",
    "Prosecutors said Luna intentionally pulled the trigger.",
]
TEXT = [LEAD, *ACCUSED]


def test_a_repeating_title_takes_the_name_its_bullets_say() -> None:
    used = {"chris lane's murder", "first-degree murder"}
    assert apart_title(ACCUSED, ACCUSED, TEXT, used, "First-degree Murder") == "Chancey Luna"
    assert "chancey luna" in used and "first-degree murder" not in used


def test_a_title_that_repeats_nothing_stays() -> None:
    used = {"chris lane's shooting", "first-degree murder"}
    assert apart_title(ACCUSED, ACCUSED, TEXT, used, "First-degree Murder") == "First-degree Murder"


def test_a_name_the_story_says_everywhere_or_another_title_shares_stays() -> None:
    everywhere = [*TEXT, "Luna was held in Stephens County.", "Luna will be sentenced.", "Luna wept."]
    used = {"chris lane's murder", "first-degree murder"}
    assert apart_title(ACCUSED, ACCUSED, everywhere, used, "First-degree Murder") == "First-degree Murder"
    clinic = [
        "Jacqueline Caterina has seen an improvement since starting to visit Skin Therapy.",
        "Still, Skin Therapy does have a number of regular customers.",
    ]
    used = {"skin laundry", "frequent visitors", "regular customers"}
    assert apart_title(clinic, clinic, clinic, used, "Regular Customers") == "Regular Customers"


def test_a_place_or_one_bullets_name_is_no_title() -> None:
    kites = [
        "The previous record was set by a kite made by craftsmen in Weifang in eastern China.",
        "Teams from over 13 countries came, including representatives from China and the UK.",
    ]
    used = {"kite flying festival", "longest kite"}
    assert apart_title(kites, kites, kites, used, "Longest Kite") == "Longest Kite"  # not "China"
    city = [
        "The second hearing was held in Palm Beach, Florida.",
        "Lawyers flew back to Palm Beach, where the hearing would resume.",
    ]
    used = {"chris lane's murder", "murder hearing"}
    assert apart_title(city, city, city, used, "Murder Hearing") == "Murder Hearing"  # not "Palm Beach"


ROMANCE = [
    "In January, Flay was rumoured to be romantically involved with fellow chef Giada De Laurentiis.",
    "The Iron Chef star and Giada were spotted having 'a festive dinner out together' at Cecconi's.",
    "In a statement to Gossip Cop, Giada said that any suggestion of a romance was false.",
]


def test_a_quotes_phrase_takes_the_name_every_bullet_says() -> None:
    used = {"bobby flay's divorce", "festive dinner"}
    assert apart_title(ROMANCE, ROMANCE, ROMANCE, used, "Festive Dinner") == "Giada De Laurentiis"
    # two bullets of three name her: a quote's phrase stays where the group is not all hers
    fewer = [ROMANCE[0], ROMANCE[1].replace("Giada", "the chef"), ROMANCE[2]]
    assert apart_title(fewer, fewer, fewer, {"festive dinner"}, "Festive Dinner") == "Festive Dinner"


def test_the_divorce_brief_names_the_rumoured_romance() -> None:
    # before: "Key points: Bobby Flay's Divorce | Car Accident | Appendix Burst | Festive Dinner"
    titles = shared_group_titles("en-cnndm.jsonl", 170)
    assert titles[-1] == "Giada De Laurentiis" and "Festive Dinner" not in titles


def test_the_murder_trial_brief_names_the_accused() -> None:
    # before: "Key points: Chris Lane's Murder | Court | First-degree Murder"
    titles = shared_group_titles("en-cnndm.jsonl", 182)
    assert titles[0].endswith("Chris Lane's Murder") and titles[-1] == "Chancey Luna"
