"""An English group title that holds the source's typo loses it (`text/en_title_typo.py`):
"Millionaire", not "Millionaire Jsut"; a real word the lexicon lacks ("apps", "tech") and a
word the article writes right stay. Short texts shaped after the shared en-cnndm set, and one
of its articles."""

from __future__ import annotations

from citebrief.text.en_title_typo import typo_title, typos
from conftest import shared_group_titles

QUIZ = [
    "McElroy answered China, which was incorrect, and she walked away with around $5,000.",
    "She told Vieira she had to find a babysitter after being chosen to be on Millionaire jsut two days prior.",
    "She had just two lifelines left when the last question came.",
]


def test_the_typo_at_the_title_edge_goes() -> None:
    used = {"millionaire jsut", "inappropriate message"}
    title = typo_title(QUIZ, QUIZ, QUIZ, used, "Millionaire Jsut")
    assert title == "Millionaire"
    assert used == {"millionaire", "inappropriate message"}


def test_a_doubled_letter_is_a_typo() -> None:
    texts = ["The governmment said on Monday that the government plan stands."]
    assert typos("Governmment Plan", texts) == ["Governmment"]


def test_a_real_word_the_lexicon_lacks_is_no_typo() -> None:
    texts = ["Tech firms make apps for the homeless, and the lab tested a ruse to etch glass."]
    assert typos("Tech Firms", texts) == []
    assert typos("Apps", texts) == []
    assert typos("Lab", texts) == []


def test_a_slip_whose_mend_the_article_never_writes_stays() -> None:
    texts = ["Fans chanted jsut as the players came out."]  # "just" is nowhere: no mend to trust
    assert typos("Jsut Chant", texts) == []
    assert typo_title(texts, texts, texts, {"jsut chant"}, "Jsut Chant") == "Jsut Chant"


def test_a_title_the_article_writes_right_stays() -> None:
    used = {"inappropriate message"}
    assert typo_title(QUIZ, QUIZ, QUIZ, used, "Inappropriate Message") == "Inappropriate Message"
    assert used == {"inappropriate message"}


def test_a_shared_article_loses_its_typo_title() -> None:
    titles = shared_group_titles("en-cnndm.jsonl", 115)
    assert "Millionaire" in titles  # was "Millionaire Jsut"
    assert not any("Jsut" in t for t in titles)
