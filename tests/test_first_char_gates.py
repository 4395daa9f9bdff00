"""Checks that let a text go on its first character give the answers of the patterns they
stand before, for every first character of the Basic Multilingual Plane."""

from __future__ import annotations

from citebrief.text import outline, patterns

_CHARACTERS = [chr(c) for c in range(0x10000) if not 0xD800 <= c <= 0xDFFF]


def test_an_outline_marker_as_the_pattern_finds_it() -> None:
    for rest in ("、总体要求", "1、加强领导", ".2 指挥部", "）做好工作", "章 总则", "条 本办法"):
        for first in _CHARACTERS:
            text = first + rest
            found, pattern = outline.item_marker(text), outline._ANY_MARKER.match(text)
            assert (found and found.span()) == (pattern and pattern.span()), text
    assert outline.item_marker("") is None
    assert outline.item_marker("（三）加快建设").group() == "（三）"  # type: ignore[union-attr]
    assert outline.item_marker("３．推进") is not None  # a full-width digit is a digit to `\d`


def test_a_script_as_the_han_search_tells_it() -> None:
    for first in _CHARACTERS:
        for text in (first, first + "abc", first + "国"):
            assert patterns._script(text) == ("zh" if patterns._HAN.search(text) else "en"), text
    assert patterns._script("") == "en"
