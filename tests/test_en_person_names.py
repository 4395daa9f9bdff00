"""English names the person reading once got wrong: initials as a given name ("AP McCoy",
`text/en_initial_names.py`), a club's last word as a surname ("Villa" of "Aston Villa",
`text/en_club_words.py`), and a surname with a capital inside read in part ("Brien" of
"O'Brien", "Mc" of "McCoy": `en_pronoun_speakers._NAME`)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from citebrief.engines import en_pronoun_speakers
from citebrief.engines.scored import Scored
from citebrief.text.data_files import rows_by_kind
from citebrief.text.en_actors import is_person, person_key
from citebrief.text.en_club_words import club_word
from citebrief.text.en_initial_names import initials_before
from citebrief.text.en_sentences import sentence_spans
from conftest import shared_article, shared_group_titles
from scored_builder import zh_scored


def _sentences(name: str, index: int) -> list[str]:
    article = shared_article(name, index)
    return [article[start:end] for start, end in sentence_spans(article)]


JOCKEY = ["AP McCoy will ride at Sandown on Saturday.", "McCoy has won the title 20 times."]


def test_initials_before_a_surname_make_a_person() -> None:
    assert initials_before("McCoy", "\n".join(JOCKEY))
    assert is_person("AP McCoy", JOCKEY) and is_person("McCoy", JOCKEY)
    assert person_key("AP McCoy", JOCKEY) == "McCoy"


def test_capitals_written_elsewhere_are_no_initials() -> None:
    # "US" stands alone too: no one's initials
    talks = ["US Trade was discussed.", "The US said Trade was fine."]
    assert not initials_before("Trade", "\n".join(talks))
    assert not is_person("Trade", talks)
    assert not initials_before("Cup", "FA Cup games. The FA said so.")
    assert not initials_before("Smith", "Smith won.")  # no capitals before it at all


def test_shared_cnndm_96_mccoy_is_a_person() -> None:
    sentences = _sentences("en-cnndm.jsonl", 96)
    assert is_person("AP McCoy", sentences)
    assert person_key("McCoy", sentences) == "McCoy"


MATCH = ["Aston Villa beat Leicester 2-1 on Saturday.", "Villa are now safe.", "Villa Park was full."]


def test_a_club_s_last_word_is_no_person() -> None:
    assert club_word("Villa", "\n".join(MATCH))
    assert not is_person("Villa", MATCH) and not is_person("Aston Villa", MATCH)
    assert person_key("Villa", MATCH) == ""  # not "Park" of "Villa Park" either
    # the club unnamed, or a person the article marks as one: still a person
    assert not club_word("Villa", "David Villa scored twice.")
    assert is_person("David Villa", ["David Villa, 33, scored twice.", "Aston Villa lost."])


@pytest.mark.parametrize(
    "club", sorted({n for ns in rows_by_kind("en_club_places.tsv").values() for n in ns if " " in n})
)
def test_each_club_name_of_the_table_makes_its_last_word_a_club_s(club: str) -> None:
    last = club.rsplit(" ", 1)[1]
    texts = [f"{club} won at home.", f"{last} are top."]
    assert club_word(last, "\n".join(texts))
    assert not is_person(last, texts)


@pytest.mark.parametrize("index", [6, 26, 41, 133, 143, 172])
def test_shared_cnndm_villa_is_no_person(index: int) -> None:
    sentences = _sentences("en-cnndm.jsonl", index)
    assert person_key("Villa", sentences) == "" and person_key("Aston Villa", sentences) == ""


def test_shared_cnndm_38_a_club_title_over_a_match_is_the_match() -> None:
    # "Palace" (of "Crystal Palace") is no person now, and still one side of the match
    assert "City v Palace" in shared_group_titles("en-cnndm.jsonl", 38)


def test_a_surname_with_a_capital_inside_is_read_whole() -> None:
    names = [m.group(0) for m in en_pronoun_speakers._NAME.finditer("Ian O'Brien met AP McCoy and Mr O’Neill.")]
    assert names == ["Ian O'Brien", "McCoy", "Mr O’Neill"]
    sentences = ["Ian O'Brien, 40, runs the yard.", "O'Brien said it was a good day."]
    assert en_pronoun_speakers._persons(sentences[1], "O'Brien", sentences) == {"O'Brien": (0, 12)}


@pytest.mark.parametrize(
    ("name", "index", "person"), [("en-xsum.jsonl", 33, "Tim O'Brien"), ("en-xsum.jsonl", 96, "Neil O'Brien")]
)
def test_shared_xsum_o_brien_is_read_whole(name: str, index: int, person: str) -> None:
    sentences = _sentences(name, index)
    found = {n for s in sentences for n in en_pronoun_speakers._persons(s, "", sentences)}
    assert person in found and "Brien" not in found


def _en_scored(sentences: list[str]) -> Scored:
    return replace(zh_scored([sentences]), lang="en")


def test_a_pronoun_after_initials_and_a_surname_is_bracketed() -> None:
    # en-cnndm 96's "He told Racemail: …" after McCoy, whom the article calls "AP McCoy"
    page = [
        "AP McCoy will ride at Sandown on Saturday.",
        "McCoy will miss the game on Sunday.",
        "He told Racemail: 'I will go.'",
    ]
    assert en_pronoun_speakers.named_pronoun_en(_en_scored(page), 2, page[2], []) == (
        "[McCoy] told Racemail: 'I will go.'",
        1,
    )


def test_a_pronoun_after_a_club_s_word_is_not_the_club() -> None:
    # "Villa" of "Aston Villa" is no person the He could be: the manager named before is
    page = [
        "Tim Sherwood joined Aston Villa in February.",
        "Villa beat Leicester 2-1 on Saturday.",
        "He said: 'We were brilliant.'",
    ]
    named = en_pronoun_speakers.named_pronoun_en(_en_scored(page), 2, page[2], [])
    assert named == ("[Tim Sherwood] said: 'We were brilliant.'", 1)


def test_a_pronoun_after_o_brien_is_bracketed_whole() -> None:
    page = ["Neil O'Brien, 40, runs the yard.", "O'Brien saw the horse fall.", "He said: 'It was awful.'"]
    assert en_pronoun_speakers.named_pronoun_en(_en_scored(page), 2, page[2], []) == (
        "[O'Brien] said: 'It was awful.'",
        1,
    )


def test_initials_before_needs_the_surname_after_a_space() -> None:
    """`initials_before`'s quick test: an article that never writes " McCoy" has no "AP McCoy"."""
    assert initials_before("McCoy", "Jockey AP McCoy won. McCoy said so.")
    assert not initials_before("McCoy", "The AP reported it.")
    assert not initials_before("McCoy", "The AP wrote:McCoy won.")
