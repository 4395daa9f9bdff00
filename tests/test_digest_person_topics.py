"""A theme of one person's different stories is titled by the person and what each story is about,
not by the person and a stray word the stories happen to share."""

from __future__ import annotations

import json
from pathlib import Path

from citebrief.digest_person_topics import person_title
from citebrief.digest_text import article_phrases

DATA = Path("/work/shared/data/en-cnndm.jsonl")
CAMPAIGN, VOLUNTEERING, TAX_CUT = 106, 134, 186  # three Cameron reports of the shared en-cnndm set
NADAL = "Rafael Nadal won in Barcelona on the clay, beating Nicolas Almagro in straight sets."


def _articles(*indexes: int) -> list[str]:
    lines = DATA.read_text(encoding="utf-8").splitlines()
    return [str(json.loads(lines[i])["article"]) for i in indexes] + [NADAL]


def test_a_stray_word_after_the_persons_name_becomes_each_storys_topic() -> None:
    texts = _articles(CAMPAIGN, VOLUNTEERING, TAX_CUT)
    phrases = [article_phrases(text, "en") for text in texts]
    # "Prime" is a piece of "Prime Minister"; "millions" a quantity both leads use; "government"
    # a word the campaign story's opening sentence does not say
    assert person_title("David Cameron, Prime", [0, 2], phrases, texts, "en") == (
        "David Cameron: election campaign, tax cut"
    )
    assert person_title("David Cameron: millions", [1, 2], phrases, texts, "en") == (
        "David Cameron: volunteering, tax cut"
    )
    assert person_title("David Cameron: government", [0, 1], phrases, texts, "en") == (
        "David Cameron: election campaign, volunteering"
    )
    assert person_title("David Cameron", [0, 1], phrases, texts, "en") == (
        "David Cameron: election campaign, volunteering"
    )


def test_a_topic_every_opening_sentence_says_and_titles_of_no_person_stay() -> None:
    texts = [
        "David Cameron hit back at criticism of his election campaign. Cameron said the election was about jobs. "
        "The Prime Minister spoke in London.",
        "David Cameron announced plans for workers before the election. Cameron said the election would decide. "
        "The Prime Minister spoke in Leeds.",
        NADAL,
    ]
    phrases = [article_phrases(text, "en") for text in texts]
    assert person_title("David Cameron: election", [0, 1], phrases, texts, "en") == "David Cameron: election"
    assert person_title("Anzac Day", [0, 1], phrases, texts, "en") == "Anzac Day"
    assert person_title("Tyne-Wear derby, Carver", [0, 1], phrases, texts, "en") == "Tyne-Wear derby, Carver"


def test_a_member_whose_opening_says_no_topic_keeps_the_title() -> None:
    texts = [
        "David Cameron hit back at criticism of his election campaign. Cameron said the campaign would go on.",
        "David Cameron spoke on Monday. Cameron said more on Tuesday.",
        NADAL,
    ]
    phrases = [article_phrases(text, "en") for text in texts]
    assert person_title("David Cameron", [0, 1], phrases, texts, "en") == "David Cameron"
    assert person_title("台风杜苏芮", [0, 1], phrases, texts, "zh") == "台风杜苏芮"
