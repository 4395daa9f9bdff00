"""A title one bullet says gives way to a capitalized term every bullet of the group names
("Burkitt’s Lymphoma" over one bullet's "White Blood Cell", en-cnndm 180), read with the sentence
a pronoun-led bullet is shown after; a person's name ("Mr Docherty", "Sgt Raymond Hunter"), a name
written capitalized throughout ("Home Retail"), a term some bullet lacks and a title two bullets
say keep the title. A person's name or a vague title one bullet says gives way to a name (no
person's) every bullet writes ("Don't Push It" over "Alan Berry" or "Preparation")."""

from __future__ import annotations

import re
from itertools import product

from citebrief.text.en_title_every_bullet import _opens_sentence, every_bullet_title
from conftest import shared_group_titles

LYMPHOMA_PARAGRAPH = (
    "Burkitt’s lymphoma is a relatively rare and aggressive form of non-Hodgkin’s lymphoma. "
    "It affects lymphocytes - a type of white blood cell - which are found in the blood and in lymph glands."
)
LYMPHOMA = [
    "It affects lymphocytes - a type of white blood cell - which are found in the blood and in lymph glands.",
    "If Burkitts lymphoma is in the chest or throat, people can have difficulty swallowing or breathing.",
]
DOCHERTY = [
    "At the time, the victim was not on the work site but a contractor told Mr Docherty he would be back.",
    "Mr Docherty then repeated that he would rip the man's genitals off.",
    "Mr Docherty said he lost control of his temper. He then returned with a hook made from a steel rod.",
]
RETAIL = [
    "Shares in Home Retail closed down almost 0.5% at 179.1p.",
    "Sainsbury's had offered about 167p a share for Home Retail, matching the all-cash offer from Steinhoff.",
]


def _titled(bullets: list[str], texts: list[str], title: str, used: set[str] | None = None) -> str:
    return every_bullet_title(bullets, texts, texts, used if used is not None else {title.casefold()}, title)


def test_term_every_bullet_names_replaces_one_bullets_detail() -> None:
    texts = [LYMPHOMA_PARAGRAPH, LYMPHOMA[1]]
    used = {"white blood cell", "john sims's death"}
    assert _titled(LYMPHOMA, texts, "White Blood Cell", used) == "Burkitt’s Lymphoma"
    assert used == {"burkitt’s lymphoma", "john sims's death"}


def test_term_missing_from_a_bullet_or_taken_keeps_the_title() -> None:
    texts = [LYMPHOMA_PARAGRAPH, LYMPHOMA[1]]
    # without the lead-in sentence the first bullet names no lymphoma
    assert _titled(LYMPHOMA, [LYMPHOMA[0], LYMPHOMA[1]], "White Blood Cell") == "White Blood Cell"
    # another group's title holds the term
    used = {"white blood cell", "burkitt's lymphoma"}
    assert _titled(LYMPHOMA, texts, "White Blood Cell", used) == "White Blood Cell"
    # a title both bullets speak to ("blood", "chest") stays
    assert _titled(LYMPHOMA, texts, "Blood and Chest") == "Blood and Chest"


def test_names_keep_the_title() -> None:
    assert _titled(DOCHERTY, DOCHERTY, "Steel Rod") == "Steel Rod"
    assert _titled(RETAIL, RETAIL, "All-cash Offer") == "All-cash Offer"


def test_shared_cnndm_180_lymphoma_group() -> None:
    titles = shared_group_titles("en-cnndm.jsonl", 180)
    assert "Burkitt’s Lymphoma" in titles
    assert "White Blood Cell" not in titles


# en-cnndm 58, passages 10-11 (cut short)
HORSE_ARTICLE = [
    "Jonjo O'Neill trains Shutthefrontdoor. 'Don't Push It gave O'Neill, McManus and McCoy their first Grand "
    "National victory in 2010. O'Neill continued: 'This preparation has gone better than Don't Push It's.'",
    "Alan Berry has done all the work with this horse, like he did with Don't Push It. We think we have got it "
    "all right.",
]
HORSE_BULLETS = [
    "Don't Push It gave O'Neill, McManus and McCoy their first Grand National victory in 2010.",
    "O'Neill continued: 'This preparation has gone better than Don't Push It's.'",
    "Alan Berry has done all the work with this horse, like he did with Don't Push It.",
]


def test_a_persons_name_one_bullet_says_gives_way_to_the_name_every_bullet_writes() -> None:
    used = {"alan berry"}
    assert every_bullet_title(HORSE_BULLETS, HORSE_ARTICLE, HORSE_ARTICLE, used, "Alan Berry") == "Don't Push It"
    assert "don't push it" in used


def test_a_name_missing_from_a_bullet_or_a_title_no_persons_keeps_the_title() -> None:
    two = [HORSE_BULLETS[0], HORSE_BULLETS[1], "Alan Berry has done all the work with this horse."]
    assert every_bullet_title(two, HORSE_ARTICLE, HORSE_ARTICLE, set(), "Alan Berry") == "Alan Berry"
    # a title that names something, and is no person's, stays ("Hard Work" is vague: see below)
    victory = "Grand National Victory"
    assert every_bullet_title(HORSE_BULLETS, HORSE_ARTICLE, HORSE_ARTICLE, set(), victory) == victory


# a mare's name of three capitalized words, as a horse's or a boat's may be
MARE_TEXTS = [
    "The stable's mare Keep It Quiet won the Harbour Cup for the yard in 2019. The trainer said: "
    "'This preparation has gone more smoothly than Keep It Quiet's.'"
]
MARE_BULLETS = [
    "The stable's mare Keep It Quiet won the Harbour Cup for the yard in 2019.",
    "The trainer said: 'This preparation has gone more smoothly than Keep It Quiet's.'",
]


def test_a_vague_title_gives_way_to_the_name_every_bullet_writes() -> None:
    used = {"preparation"}
    assert every_bullet_title(MARE_BULLETS, MARE_TEXTS, MARE_TEXTS, used, "Preparation") == "Keep It Quiet"
    assert "keep it quiet" in used
    # a title that names a thing keeps its place; so does a vague one where a bullet lacks the name
    assert every_bullet_title(MARE_BULLETS, MARE_TEXTS, MARE_TEXTS, set(), "Harbour Cup Win") == "Harbour Cup Win"
    lacking = [MARE_BULLETS[0], "The trainer said: 'This preparation has gone more smoothly.'"]
    assert every_bullet_title(lacking, MARE_TEXTS, MARE_TEXTS, set(), "Preparation") == "Preparation"


def test_shared_cnndm_58_titles_the_earlier_winners_group_by_it() -> None:
    assert shared_group_titles("en-cnndm.jsonl", 58)[2] == "Don't Push It"


def test_a_sentence_start_is_read_back_from_the_word_as_the_pattern_searched_for_it() -> None:
    # s49p: `_opens_sentence` reads a character or two back from the word where a pattern was
    # searched along all the text before it; over every short text of these characters it agrees
    pattern = re.compile(r"(?:^|[.!?:;'‘“\"(]\s*)$")
    alphabet = ".!?:;'‘“\"(aZ ,\n\t\u3000\u00a0\u2028"
    for size in range(4):
        for letters in product(alphabet, repeat=size):
            text = "".join(letters)
            for at in range(size + 1):
                assert _opens_sentence(text, at) == bool(pattern.search(text[:at])), (text, at)
