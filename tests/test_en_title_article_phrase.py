"""A one-word English theme title takes the one short noun phrase the whole article writes it in
twice ("Flag" → "American Flag", "Track" → "Electrified Track"), where the group's bullets write
the word bare; a phrase written once, a verb form after a name, a judgement ("Greatest Song"), a
tie, a group writing another modifier, a phrase only quoted or one another title holds stay as
they were. Small invented cases, and the en-cnndm briefs the rule was written for."""

from __future__ import annotations

from citebrief.text.en_title_article_phrase import article_phrase_title
from conftest import shared_group_titles

FLAG_BULLETS = [
    "Campus police try to convince her to drop the flag, but she refuses.",
    "She said the flag belongs to the entire United States.",
]
FLAG_ARTICLE = [
    "A veteran was arrested for taking an American flag from protesters.",
    "Campus police try to convince her to drop the flag, but she refuses. She said the flag belongs to the entire "
    "United States.",
    "The university head said the American flag was a symbol all students share.",
]
TRACK_BULLETS = ["People cross the track ahead as the train pulls in.", "The track was opened in 1912."]
TRACK_ARTICLE = [
    "The footage speeds along the 9km long electrified track to the summit.",
    "The video opens inside a tunnel as the train makes its way along the 9km long electrified track.",
    *TRACK_BULLETS,
]


def _title(title: str, bullets: list[str], texts: list[str], used: set[str] | None = None) -> str:
    given = used if used is not None else set()
    given.add(title.casefold())
    return article_phrase_title(title, bullets, texts, given)


def test_a_word_the_article_writes_twice_with_a_nationality_takes_the_phrase() -> None:
    used = {"flag", "manhart's arrest"}
    assert article_phrase_title("Flag", FLAG_BULLETS, FLAG_ARTICLE, used) == "American Flag"
    assert used == {"american flag", "manhart's arrest"}


def test_a_participle_after_an_adjective_is_a_modifier() -> None:
    assert _title("Track", TRACK_BULLETS, TRACK_ARTICLE) == "Electrified Track"


def test_a_phrase_written_once_or_repeated_as_a_caption_stays() -> None:
    once = FLAG_ARTICLE[:2]
    assert _title("Flag", FLAG_BULLETS, once) == "Flag"
    assert _title("Flag", FLAG_BULLETS, [*once, FLAG_ARTICLE[0]]) == "Flag"  # the same sentence again


def test_a_verb_form_after_a_name_is_no_modifier() -> None:
    bullets = ["The inspectors came with loaded questions.", "The inspectors wrote the reports."]
    texts = ["Parents accused inspectors of bias.", "Governors accused inspectors of haste.", *bullets]
    assert _title("Inspectors", bullets, texts) == "Inspectors"


def test_a_judgement_a_tie_or_another_modifier_in_the_group_stays() -> None:
    song = ["The song is alive and joyful.", "The song cascades along."]
    texts = ["It is the greatest song of the century.", "Some call it the greatest song ever.", *song]
    assert _title("Song", song, texts) == "Song"
    tie = [*FLAG_ARTICLE, "A Mexican flag flew beside it.", "Another Mexican flag was burned."]
    assert _title("Flag", FLAG_BULLETS, tie) == "Flag"
    own = [*FLAG_BULLETS, "Then a yellow flag was raised."]
    assert _title("Flag", own, [*FLAG_ARTICLE, own[-1]]) == "Flag"


def test_a_quoted_phrase_or_one_another_title_holds_stays() -> None:
    quoted = ["'An American flag is sacred,' he said.", "'The American flag is ours,' she said.", *FLAG_BULLETS]
    assert _title("Flag", FLAG_BULLETS, quoted) == "Flag"
    assert _title("Flag", FLAG_BULLETS, FLAG_ARTICLE, {"american flag protest"}) == "Flag"


def test_a_capitalized_word_or_a_phrase_already_stays() -> None:
    assert _title("Vietnam", ["Vietnam offers an overload."], ["Vietnam offers an overload."]) == "Vietnam"
    assert _title("Stolen Lights", FLAG_BULLETS, FLAG_ARTICLE) == "Stolen Lights"


def test_the_cnndm_briefs_it_was_written_for() -> None:
    assert "American Flag" in shared_group_titles("en-cnndm.jsonl", 191)  # was "Flag"
    assert "Electrified Track" in shared_group_titles("en-cnndm.jsonl", 188)  # was "Track"
