"""The person a group speaks of only as "he" or "she" is the one its paragraphs name alone, the
article's own subject, named by a title before (`text/en_title_unnamed_person.py`): Kayahan's
past under "Kayahan's Death" becomes "Kayahan's Career", not one bullet's "Final Album". Small
cases written after en-cnndm briefs, and the briefs of en-cnndm articles themselves."""

from __future__ import annotations

from citebrief.text.en_title_background import background_title
from citebrief.text.en_title_unnamed_person import unnamed_person
from conftest import shared_group_titles

ARTICLE = [
    "Singer Tom Baxter died on Friday. Baxter was 66.",
    "Tom Baxter released his first album in 1991.",
    "Tom Baxter was best known for his love songs.",
]
PARAGRAPHS = [
    "He grew up in Ankara. In 1990, he competed in the song contest.",
    "His final album was released in 2007. Other artists recorded his songs throughout his career. "
    "Baxter was best known for his love songs.",
]
BULLETS = ["In 1990, he competed in the song contest.", "His final album was released in 2007."]
USED = {"baxter's death", "final album"}


def test_a_group_in_pronouns_is_about_the_person_its_paragraphs_name() -> None:
    assert unnamed_person(BULLETS, PARAGRAPHS, [*ARTICLE, *PARAGRAPHS], USED) == "Baxter"
    used = set(USED)
    title = background_title(BULLETS, PARAGRAPHS, [*ARTICLE, *PARAGRAPHS], used, "Final Album")
    assert title == "Baxter's Career"


def test_no_one_it_reads_wrong_is_given() -> None:
    article = [*ARTICLE, *PARAGRAPHS]
    named = ["He met Ann Cole in Paris.", *BULLETS]  # a bullet names someone: the other steps read it
    assert unnamed_person(named, PARAGRAPHS, [*article, named[0]], USED) == ""
    assert unnamed_person(BULLETS[:1], PARAGRAPHS, article, USED) == ""  # one bullet of "he"
    assert unnamed_person(BULLETS, PARAGRAPHS, article, {"final album"}) == ""  # no title named him
    two = [PARAGRAPHS[0] + " Partner Ann Cole played.", PARAGRAPHS[1]]  # "he" could be either
    assert unnamed_person(BULLETS, two, [*article, "Ann Cole."], USED) == ""


def test_a_person_the_paragraphs_name_who_is_not_the_storys_subject_is_not_given() -> None:
    # the golfer's group names only his playing partner ("he pointed something out"): not the golfer
    article = [
        "Bradley Neil missed the cut. Neil played with Sandy Lyle.",
        "Neil said it was tough.",
        "Neil will turn professional.",
    ]
    paragraphs = ["The Scot admitted he struggled. Sandy Lyle pointed something out to him."]
    bullets = ["The Scot admitted he struggled.", "I think he helped me with my putting."]
    assert unnamed_person(bullets, paragraphs, [*article, *paragraphs], {"masters winner sandy lyle"}) == ""


def test_en_cnndm_brief_titles_the_singers_past_by_him() -> None:
    titles = shared_group_titles("en-cnndm.jsonl", 150)
    assert "Kayahan's Career" in titles
    assert "Final Album" not in titles
