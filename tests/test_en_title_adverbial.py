"""An English title opening on the last word of a fixed adverbial phrase the article writes it
after loses that word (`text/en_title_adverbial.py`)."""

from __future__ import annotations

from citebrief.text.en_title_adverbial import adverbial_fronts, adverbial_title
from conftest import shared_group_titles

SCHOOLS = "Some centres operate what are in fact illegal schools, inspectors said."


def test_the_table_is_lower_case_phrases_keyed_by_their_last_word() -> None:
    fronts = adverbial_fronts()
    assert fronts["fact"] == ("in",)
    assert fronts["course"] == ("of",)
    assert all(last == last.lower() and " " not in last for last in fronts)


def test_the_adverbials_last_word_goes() -> None:
    used = {"fact illegal schools", "ofsted"}
    assert adverbial_title("Fact Illegal Schools", [SCHOOLS], used) == "Illegal Schools"
    assert used == {"illegal schools", "ofsted"}


def test_a_title_written_once_without_the_phrase_stays() -> None:
    texts = [SCHOOLS, "Fact illegal schools is the name of the campaign."]
    assert adverbial_title("Fact Illegal Schools", texts, set()) == "Fact Illegal Schools"


def test_a_word_that_only_ends_like_the_phrase_stays() -> None:
    text = "The main fact illegal schools hide is their size."  # "main fact", no "in fact"
    assert adverbial_title("Fact Illegal Schools", [text], set()) == "Fact Illegal Schools"
    joined = "It was within fact illegal schools."  # "within", not "in"
    assert adverbial_title("Fact Illegal Schools", [joined], set()) == "Fact Illegal Schools"


def test_a_one_word_title_or_one_held_stays() -> None:
    assert adverbial_title("Fact", ["It is in fact true."], set()) == "Fact"
    assert adverbial_title("Fact Illegal Schools", [SCHOOLS], {"illegal schools"}) == "Fact Illegal Schools"


def test_a_real_title_reads_as_a_noun_phrase() -> None:
    # was "Fact Illegal Schools" of "what are in fact illegal schools"
    assert "Illegal Schools" in shared_group_titles("en-xsum.jsonl", 76)
