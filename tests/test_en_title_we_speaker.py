"""A person quoted speaking as "we" gives the title to the plural subject the other bullet opens on."""

from __future__ import annotations

from citebrief.text.en_title_we_speaker import we_speaker_title

_THEY = "The Norwegian Volunteers pulled the driver from the burning car and kept him warm until the ambulance came"
_TEXTS_TAIL = ["The crash happened on the coast road late on Sunday evening, police said."]


def test_we_speaker_gives_way_to_the_plural_subject() -> None:
    bullets = [
        "'We only did what anyone would do,' Anna Lindqvist, a 30-year-old nurse from Bergen, told the paper",
        _THEY,
    ]
    used = {"anna lindqvist"}
    texts = bullets + _TEXTS_TAIL
    assert we_speaker_title(bullets, texts, texts, used, "Anna Lindqvist") == "Norwegian Volunteers"
    assert used == {"norwegian volunteers"}


def test_a_speaker_of_her_own_words_keeps_the_title() -> None:
    bullets = [
        "'I only did what anyone would do,' Anna Lindqvist, a 30-year-old nurse from Bergen, told the paper",
        _THEY,
    ]
    texts = bullets + _TEXTS_TAIL
    assert we_speaker_title(bullets, texts, texts, {"anna lindqvist"}, "Anna Lindqvist") == "Anna Lindqvist"


def test_a_name_both_bullets_say_keeps_the_title() -> None:
    bullets = ["'We only did what anyone would do,' Anna Lindqvist told the paper", _THEY + ", Lindqvist said"]
    texts = bullets + _TEXTS_TAIL
    assert we_speaker_title(bullets, texts, texts, {"anna lindqvist"}, "Anna Lindqvist") == "Anna Lindqvist"
