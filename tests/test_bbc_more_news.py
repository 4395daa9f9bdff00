"""BBC's "More stories from across Yorkshire" / "Follow updates on this story and other news from
Essex" glued to the sentence after it (text/data/lines.tsv, lead row more-news-en): dropped from
the bullet's start, so neither the bullet nor a title reads "YorkshireThe council"."""

from __future__ import annotations

from citebrief.text.patterns import strip_standard_lead
from conftest import shared_groups


def test_the_glued_pointer_is_dropped() -> None:
    text = "Follow updates on this story and other news from EssexA woman who lives near the prison saw it."
    assert strip_standard_lead(text) == "A woman who lives near the prison saw it."


def test_a_sentence_about_stories_keeps_its_words() -> None:
    text = "More stories from across Yorkshire are told in the new book by the local historian."
    assert strip_standard_lead(text) == text


def test_en_xsum_68_and_105_bullets_open_on_their_news() -> None:
    for index, opening in ((68, "The council announced on Monday"), (105, "A woman who lives near the prison")):
        bullets = [text for group in shared_groups("en-xsum.jsonl", index) for text in group]
        assert any(text.startswith(opening) for text in bullets)
        assert not any("YorkshireThe" in text or "EssexA" in text for text in bullets)
