"""The next caption's exclamation label glued to the end of a bullet's caption ("… tourist pictures
Going viral!") is left off the bullet (text/caption_glued_labels.py); a real exclamation stays."""

from __future__ import annotations

from tests.helpers import verdict_on

from citebrief.engines.cited_points import _en_mended
from citebrief.model import VerdictLabel
from citebrief.text.caption_glued_labels import MIN_KEPT_WORDS, label_cuts, without_glued_label
from citebrief.text.captions import MIN_SIDE_WORDS
from citebrief.text.data_files import data_lines

CAPTION = "A keen cyclist posed beside the old lighthouse for a friend's holiday album"


def test_the_bullet_ends_on_the_captions_last_word() -> None:
    assert without_glued_label(f"{CAPTION} Lost at sea!") == CAPTION
    assert without_glued_label("The farmer's goat climbed onto the roof of his blue van Top spot!").endswith("blue van")


def test_an_english_bullet_is_mended() -> None:
    assert _en_mended(f"{CAPTION} Lost at sea!", frozenset(), False, "") == CAPTION


def test_real_exclamations_stay_whole() -> None:
    for text in (
        "The family spent a whole week sightseeing and shopping in the Big Apple!",
        "Our neighbours said the old man was always busy at Stratford or whatever!",
        "Everyone in the square chanted for hours because everyone loves Rovers! Rovers won!",
        "The kids spent the whole afternoon asking whether it would snow Today?",
        "Short caption Going viral!",
        "We could not believe what we saw there, said Maria!",
    ):
        assert without_glued_label(text) == text


def test_a_one_word_label_said_again_is_a_name() -> None:
    text = "Fans in the square sang for hours and then cheered Rovers!"
    assert label_cuts(text, 0, len(text)) != []
    assert label_cuts(f"Rovers fans came. {text}", 18, 18 + len(text)) == []


def test_verify_finds_the_bullet_without_its_label() -> None:
    page = [f"Smile please! {CAPTION} Lost at sea! The boat drifted past the harbour wall in the fog."]
    assert verdict_on(page, CAPTION, [1], "Lighthouse")[0] == VerdictLabel.supported


def test_lead_words_table_is_lower_case_words() -> None:
    rows = data_lines("en_label_lead_words.tsv")
    assert "the" in rows and all(row.isalpha() and row.islower() for row in rows)


def test_a_cut_keeps_as_many_words_as_a_caption_cut_does() -> None:
    """MIN_KEPT_WORDS is written out so that a Chinese brief loads no caption reader; it must not fall below it."""
    assert MIN_KEPT_WORDS >= MIN_SIDE_WORDS
