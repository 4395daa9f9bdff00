"""A vague title's fallback name gives way to whom the bullets' "he" points to: where half the
bullets or more speak of "he" before or without the name two of them say, and the article's main
person is another, the group is that person's (`en_title_unnamed_person.pronoun_person`, asked
by `en_title_vague`'s name fallback): en-cnndm 176's "Travis Kalanick", the CEO who hired him,
over bullets about Joe Sullivan's experience becomes "Sullivan's Experience". Cut from en-cnndm
176, and its brief itself; a pet ("The Chihuahua") and a brand ("Topshop") are no such person."""

from __future__ import annotations

from citebrief.text.en_title_unnamed_person import pronoun_person
from citebrief.text.en_title_vague import plain_title
from conftest import shared_group_titles

ARTICLE = [
    "Uber has poached Facebook's security chief Joe Sullivan. It is hoped Sullivan can protect Uber.",
    "Joe Sullivan, 46, will leave his role as Facebook's security chief to help Uber.",
]
PARAGRAPHS = [
    "The firm's first security chief, he brings with him an extensive portfolio of experience.",
    "Since, he has headed up the security departments at eBay. Though his experience lies in digital protection, "
    "Uber CEO Travis Kalanick has also entrusted the 46-year-old with tackling physical security. Sullivan's role "
    "will involve liaising with city governments.",
    "Announcing the hire in a blog post on Thursday Kalanick wrote: 'We are both in cyberspace.'",
]
BULLETS = [
    "The firm's first security chief, he brings with him an extensive portfolio of experience.",
    "Since, he has headed up the security departments at eBay. Though his experience lies in digital protection, "
    "Uber CEO Travis Kalanick has also entrusted the 46-year-old with tackling physical security.",
    "Announcing the hire in a blog post on Thursday Kalanick wrote: 'We are both in cyberspace.'",
]
EVERY = [*ARTICLE, *PARAGRAPHS]


def test_the_pronouns_point_to_the_main_person_not_the_name_two_bullets_say() -> None:
    assert pronoun_person("Travis Kalanick", BULLETS, PARAGRAPHS, EVERY) == "Sullivan"


def test_a_vague_title_takes_the_main_persons_own_noun() -> None:
    used = {"uber", "portfolio of experience"}
    assert plain_title(BULLETS, PARAGRAPHS, EVERY, used, "Portfolio of Experience") == "Sullivan's Experience"


def test_the_main_person_named_by_the_bullets_is_no_other() -> None:
    assert pronoun_person("Joe Sullivan", BULLETS, PARAGRAPHS, EVERY) == ""


def test_a_one_word_name_or_a_pet_is_no_such_person() -> None:
    assert pronoun_person("Kalanick", BULLETS, PARAGRAPHS, EVERY) == ""
    pets = [t.replace("Joe Sullivan", "The Chihuahua").replace("Sullivan", "Chihuahua") for t in EVERY]
    assert pronoun_person("Travis Kalanick", BULLETS, PARAGRAPHS, pets) == ""


def test_fewer_than_half_the_bullets_in_pronouns_keep_the_name() -> None:
    named = [BULLETS[0], "Travis Kalanick praised the hire.", "Kalanick wrote a blog post.", BULLETS[2]]
    assert pronoun_person("Travis Kalanick", named, PARAGRAPHS, EVERY) == ""


def test_en_cnndm_176_titles_sullivans_group_by_him() -> None:
    assert shared_group_titles("en-cnndm.jsonl", 176)[2] == "Sullivan's Experience"
