"""A caption glued to a sentence that opens on "To" and its verb (text/caption_phrase_openers.py):
cut there, but not where "To" runs on into a title or follows a word a title follows."""

from __future__ import annotations

import pytest

from citebrief.segment import sentence_spans
from citebrief.text.caption_phrase_openers import infinitive_opener
from citebrief.text.captions import BEFORE_TITLE
from conftest import shared_article


def _sentences(text: str) -> list[str]:
    return [text[start:end] for start, end in sentence_spans(text, "en")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "She shades her face with dark brows and a pale base To highlight them even more, she added a paler layer.",
            [
                "She shades her face with dark brows and a pale base",
                "To highlight them even more, she added a paler layer.",
            ],
            id="infinitive-of-a-noun-verb",
        ),
        pytest.param(
            "The fans who came back watched Back To The Future, the film that made him a star.",
            ["The fans who came back watched Back To The Future, the film that made him a star."],
            id="to-in-a-title",
        ),
        pytest.param(
            "The pair were hoping to travel from London To somewhere warm, the sunny south of Spain.",
            ["The pair were hoping to travel from London To somewhere warm, the sunny south of Spain."],
            id="to-after-a-name",
        ),
    ],
)
def test_sentences(text: str, expected: list[str]) -> None:
    assert _sentences(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("a pale base To highlight them even more, she added", True, id="verb-comma-pronoun"),
        pytest.param("a pale base To highlight them even more and more", False, id="no-comma"),
        pytest.param("a pale base To highlight them even more, Promise added", False, id="name-after-comma"),
        pytest.param("a pale base To The Max is her show, she said", False, id="title-after-to"),
        pytest.param("the film called To highlight a life, it was", False, id="after-a-title-word"),
        pytest.param("a pale base To Highlight them, she added", False, id="capital-verb"),
        pytest.param("a pale base Like highlight them, she added", False, id="not-to"),
    ],
)
def test_infinitive_opener(text: str, expected: bool) -> None:
    words = text.split()
    index = next(k for k, word in enumerate(words) if word in {"To", "Like"})
    assert infinitive_opener(words, index, BEFORE_TITLE) is expected


def test_en_cnndm_148_parts_the_caption_from_the_make_up_sentence() -> None:
    # "… having applied heavy eyebrows and a pale base To highlight them even more, she added …":
    # the benches' cut put the whole run in one 58-word bullet
    sentences = _sentences(shared_article("en-cnndm.jsonl", 148))
    assert any(text.endswith("heavy eyebrows and a pale base") for text in sentences)
    assert any(text.startswith("To highlight them even more, she added") for text in sentences)
