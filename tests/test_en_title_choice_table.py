"""The table of a group's candidate phrases that the English title passes share: it holds what
each pass read off the bullets itself (the noun phrases, the shared words, each bullet's word
families, how many bullets say a phrase's words), once a brief for a group."""

from __future__ import annotations

from citebrief.text.brief_memo import new_brief
from citebrief.text.en_chunks import en_chunks
from citebrief.text.en_title_choice import (
    family,
    group_lengths,
    group_phrases,
    heard,
    openers_of,
    shared_words,
    title_length,
)
from citebrief.text.en_titles import bullet_words
from conftest import cnndm_groups

BIKES = (
    "The gallery is full of bikes, from vintage motorbikes to racing bicycles.",
    "Visitors can ride two of the motorbikes around the yard on Sundays.",
    "The owner restores old number plates and sells them online.",
)


def _as_passes_read(bullets: tuple[str, ...]) -> dict[str, object]:
    """What the passes read off the bullets themselves before the table."""
    found: dict[str, object] = {}
    for bullet in bullets:
        for chunk in en_chunks(bullet):
            found.setdefault(chunk.text, chunk)
    return found


OBESITY = (
    "Child obesity rates rose again in Leeds.",
    "Obesity levels fell among adults.",
    "The council opened two new parks.",
)


def test_the_table_holds_the_noun_phrases_then_the_shared_words() -> None:
    new_brief()
    table = group_phrases(OBESITY)
    nouns = _as_passes_read(OBESITY)
    expected = dict(nouns)
    shared_words(list(OBESITY), expected)  # type: ignore[arg-type]
    assert table.chunks == expected
    assert list(table.chunks) == [*nouns, "obesity"]  # in the passes' order; the word two bullets share last
    assert table.said == [heard(b) for b in OBESITY]
    assert table.plain == bullet_words(list(OBESITY))
    assert table.saying(table.chunks["obesity"]) == 2 and table.saying(table.chunks["parks"]) == 1


def test_a_phrase_is_counted_by_the_bullets_that_say_one_of_its_words_in_some_form() -> None:
    new_brief()
    table = group_phrases(BIKES)
    motorbikes = table.chunks["motorbikes"]
    assert table.saying(motorbikes) == 2  # "motorbikes" twice; "bikes" is another family
    plates = table.chunks["number plates"]
    assert table.saying(plates) == 1


def test_the_table_is_read_once_a_brief_and_again_for_the_next() -> None:
    new_brief()
    assert group_phrases(BIKES) is group_phrases(tuple(BIKES))
    first = group_phrases(BIKES)
    new_brief()
    assert group_phrases(BIKES) is not first


def test_every_phrase_of_real_groups_is_counted_and_sized_as_the_passes_did() -> None:
    new_brief()
    for index in (0, 3, 17):
        for group in cnndm_groups(index):
            bullets = tuple(group)
            table, lengths = group_phrases(bullets), group_lengths(bullets)
            openers = openers_of(list(bullets))
            assert table.chunks, group
            for chunk in table.chunks.values():
                heads = {family(w) for w in chunk.words}
                assert table.saying(chunk) == sum(not heads.isdisjoint(s) for s in table.said)
                assert lengths.length(chunk) == title_length(chunk, openers)
