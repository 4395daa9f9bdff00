"""`said_alone` answers what the pattern \\bname\\b would, without compiling one per name."""

from __future__ import annotations

import re

from citebrief.text.titles import said_alone


def _pattern(name: str, text: str) -> bool:
    return bool(re.search(r"\b" + re.escape(name) + r"\b", text))


def test_said_alone_finds_a_name_only_between_word_boundaries() -> None:
    assert said_alone("Wil", "his newborn son, Wil, had")
    assert not said_alone("Wil", "Wilson said")  # a piece of a longer word
    assert not said_alone("son", "Wilson_son")  # an underscore is a word character
    assert not said_alone("U.S.", "the U.S. team")  # as the pattern: no boundary between "." and " "
    assert not said_alone("Wil", "")


def test_said_alone_agrees_with_the_pattern_on_awkward_characters() -> None:
    names = ["a", "a_", ".a", "a.", "1", "ß", "中", "Ⅷ", "'a", "a-b", "²"]
    texts = ["", "a", "ba", "a b", "_a_", "x.a.", "a.b", "1a1", "ß中ß", "ⅧⅧ", "a-b-c", "x²", "é\u0301a", "'a'"]
    for name in names:
        for text in texts:
            assert said_alone(name, text) == _pattern(name, text), (name, text)
