"""`outline.item_marker` lets a text go on its first character where no outline marker opens on
it: the answer is the marker alternation's for every first character, and most sentences are
told without the alternation (issue #14)."""

from __future__ import annotations

import re

import pytest

from citebrief.text import outline

# every code point but the surrogates: `\d` takes decimal digits of other planes too ("𝟏")
_CHARACTERS = [chr(c) for c in range(0x110000) if not 0xD800 <= c <= 0xDFFF]


def _span(match: re.Match[str] | None) -> tuple[int, int] | None:
    return None if match is None else match.span()


def test_the_gate_gives_the_alternations_answer_for_every_first_character() -> None:
    alternation = outline._ANY_MARKER.compiled()
    for first in _CHARACTERS:
        text = first + "、一）1.2 "  # past the first character, every marker goes on
        assert _span(outline.item_marker(text)) == _span(alternation.match(text)), hex(ord(first))
    assert outline.item_marker("") is None


def test_markers_are_still_read() -> None:
    read = {"一、总体要求": "一、", "（二）加快建设": "（二）", "3.停止作业。": "3.", "第五条 不得": "第五条 "}
    for text, marker in read.items():
        found = outline.item_marker(text)
        assert found is not None and found.group() == marker
    assert outline.item_marker("１．全角数字") is not None  # a full-width digit is a decimal digit
    assert outline.item_marker("8.5米内完成") is None  # a quantity, not heading 8.5


class _Unasked:
    """A stand-in for the alternation that fails the test where it is asked."""

    def match(self, text: str) -> None:
        raise AssertionError(f"the alternation was asked of {text!r}")


def test_a_sentence_opening_on_no_marker_character_skips_the_alternation(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(outline, "_ANY_MARKER", _Unasked())
    for text in ("加强组织领导，确保落实到位。", "各地区要认真贯彻。", "", " 一、前有空格"):
        assert outline.item_marker(text) is None
        assert outline.numbered_heading(text) is None
