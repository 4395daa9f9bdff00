"""A check that lets a text go on its first character gives the answer of the search it stands
before, for every first character of the Basic Multilingual Plane."""

from __future__ import annotations

from citebrief.text import patterns

_CHARACTERS = [chr(c) for c in range(0x10000) if not 0xD800 <= c <= 0xDFFF]


def test_a_script_as_the_han_search_tells_it() -> None:
    for first in _CHARACTERS:
        for text in (first, first + "abc", first + "国"):
            assert patterns._script(text) == ("zh" if patterns._HAN.search(text) else "en"), text
    assert patterns._script("") == "en"
