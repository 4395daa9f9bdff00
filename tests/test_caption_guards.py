"""A guard put in front of a caption rule to make it cheap decides as the rule did without it:
the old way is kept here and asked on every capitalised word of 100 en-cnndm articles (each word
in its whole paragraph, so every window a sentence gives the rule is among them)."""

from __future__ import annotations

import functools
import re

import pytest

from citebrief.ingest import document_from_text
from citebrief.text import caption_shapes, captions
from citebrief.text.en_chunks import word_classes
from conftest import load_records


def _role_and_speaker_before(words: list[str], index: int) -> bool:
    """caption_shapes.role_and_speaker as it was before the verb of saying was looked for first."""
    if not words[index][:1].isupper():
        return False
    position = index
    while position < len(words) and position - index < 3 and caption_shapes._role_word(words[position]):
        position += 1
    named = position
    while position < len(words) and position - named < 3 and words[position][:1].isupper():
        if not words[position].isalpha() or words[position].lower() in caption_shapes._ROLE_WORDS:
            return False
        position += 1
    if named == index or position - named < 2 or position >= len(words):
        return False
    return words[position].rstrip(":,") in caption_shapes._SAYING


def _role_after_name_before(words: list[str], index: int, text: str) -> bool:
    """caption_shapes.role_after_name as it was before the name after the role was looked at first."""
    previous, role = words[index - 1], words[index]
    if not previous.isalpha() or not role.isalpha() or word_classes(previous.lower()):
        return False
    if not caption_shapes.descriptor(role.lower()) or text.count(f"{previous} {role}") != 1:
        return False
    position = index + 1
    while position < len(words) and position - index <= 3 and words[position][:1].isupper():
        if not words[position].isalpha():
            return False
        position += 1
    if position - index < 3 or position >= len(words):
        return False
    surname = words[position - 1]
    if len(re.findall(rf"\b{re.escape(surname)}\b", text)) < 2:
        return False
    following = words[position + 1] if position + 1 < len(words) else ""
    return captions._finite_verb(words[position], following)


@functools.lru_cache(maxsize=1)
def _paragraph_words() -> tuple[tuple[str, ...], ...]:
    paragraphs = []
    for record in load_records("en-cnndm.jsonl")[:100]:
        document = document_from_text(record["article"], origin="test", kind="text")
        paragraphs += [tuple(segment.text.split()) for segment in document.segments]
    return tuple(paragraphs)


def _capitalised_words() -> list[tuple[list[str], int]]:
    return [
        (list(words), index)
        for words in _paragraph_words()
        for index in range(1, len(words))
        if words[index][:1].isupper() or words[index][:1] in "‘'\"“"
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "The bank was fined in 2012 Chief executive Ross McEwan said: 'We are sorry'",
        "It fell in 2012 Deputy Prime Minister Nick Clegg told reporters it was over",
        "It fell in 2012 Boss Jo Smith said it was over",  # one role word, a two-word name
        "It fell in 2012 Chief executive Ross Mc Ewan added that it was over",  # the verb six words on
    ],
)
def test_the_verb_of_saying_after_a_role_and_a_name_is_still_found(sentence: str) -> None:
    words = sentence.split()
    index = next(k for k, word in enumerate(words) if word.isalpha() and k > 1 and word[:1].isupper())
    assert caption_shapes.role_and_speaker(words, index)
    assert _role_and_speaker_before(words, index)


def test_a_role_and_name_with_no_verb_of_saying_in_reach_is_no_speaker() -> None:
    words = ["It", "fell", "in", "2012", "Chief", "executive", "Ross", "McEwan", "Jones", "Smith", "Brown", "said"]
    assert not caption_shapes.role_and_speaker(words, 4)  # the verb seven words on
    assert not _role_and_speaker_before(words, 4)


def test_role_and_speaker_decides_as_before_on_every_capitalised_word_of_100_articles() -> None:
    cases = _capitalised_words()
    assert len(cases) > 5_000  # the articles are there and read
    found = [(words, index) for words, index in cases if _role_and_speaker_before(words, index)]
    assert found, "the shared articles name a speaker after a role somewhere"
    differ = [
        " ".join(words[max(0, index - 3) : index + 8])
        for words, index in cases
        if caption_shapes.role_and_speaker(words, index) != _role_and_speaker_before(words, index)
    ]
    assert differ == []


def test_role_after_name_decides_as_before_on_every_capitalised_word_of_100_articles() -> None:
    text = "Tributes came from Saint Katherine Director Michael Redwood paid tribute. Redwood is 60."
    words = text.split()
    assert caption_shapes.role_after_name(words, 5, text, caption_shapes.descriptor, captions._finite_verb)
    assert _role_after_name_before(words, 5, text)
    cases = [(words, index, " ".join(words)) for words, index in _capitalised_words()]
    differ = [
        " ".join(words[max(0, index - 3) : index + 8])
        for words, index, text in cases
        if caption_shapes.role_after_name(words, index, text, caption_shapes.descriptor, captions._finite_verb)
        != _role_after_name_before(words, index, text)
    ]
    assert differ == []
