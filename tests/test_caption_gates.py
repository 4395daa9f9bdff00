"""The quick tests that spare the caption loop and the figure reader a pattern or a check
(captions.glued_stop, caption_cut_points._may_end_caption, numbers' document-number hint): each
must say what the full check says wherever it lets a word or a text go."""

from __future__ import annotations

import pytest

from citebrief.text.caption_cut_points import _cut_in_caption, _may_end_caption
from citebrief.text.captions import _GLUED_STOP, _bare, glued_stop
from citebrief.text.numbers import find_quantities
from conftest import shared_article


@pytest.mark.parametrize("index", [0, 3, 17, 42, 99, 150])
def test_glued_stop_agrees_with_the_pattern_on_shared_words(index: int) -> None:
    for word in shared_article("en-cnndm.jsonl", index).split():
        assert glued_stop(word) == (_GLUED_STOP.search(word) is not None), word


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        pytest.param('added."If', True, id="stop-then-quote"),
        pytest.param("2013.Leeds", True, id="year-glued"),
        pytest.param("linkHarry", True, id="run-in-capital"),
        pytest.param("McDonald", True, id="capital-inside-asks-the-pattern"),
        pytest.param("1:23.456", False, id="lap-time"),
        pytest.param("Smith", False, id="plain-name"),
        pytest.param("a", False, id="one-letter"),
        pytest.param("Café", False, id="accented"),
    ],
)
def test_glued_stop_cases(word: str, expected: bool) -> None:
    assert glued_stop(word) == expected == (_GLUED_STOP.search(word) is not None)


@pytest.mark.parametrize("index", [0, 3, 17, 42])
def test_may_end_caption_lets_through_every_cut_in_caption(index: int) -> None:
    words = shared_article("en-cnndm.jsonl", index).split()
    for at in range(4, len(words) - 4):
        if _cut_in_caption(words, at, " ".join(words)):
            assert _may_end_caption(words[at - 1], _bare(words[at - 1]))


@pytest.mark.parametrize(
    ("text", "ids"),
    [
        pytest.param("Order No. 5 and no.12, then NO. 7 and No 3.", ["5", "12", "7", "3"], id="english-numbers"),
        pytest.param("国办发〔2005〕21号和第142号", ["21", "142"], id="chinese-numbers"),
        pytest.param("Nothing in November, no one noted it.", [], id="no-and-o-without-a-figure"),
    ],
)
def test_document_numbers_behind_their_hints(text: str, ids: list[str]) -> None:
    assert [str(q.value) for q in find_quantities(text) if q.kind == "id"] == ids
