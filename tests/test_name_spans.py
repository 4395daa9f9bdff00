"""`name_spans`, `phrase_spans`, `name_at` and `name_then` find what the per-name patterns they replace found."""

from __future__ import annotations

import random
import re

from citebrief.text.name_spans import name_at, name_spans, name_then, phrase_spans

_EDGE = r"(?<![\w'’-])"
_CLOSE = r"(?![\w'’-])"
_TAIL = re.compile(r"['’]s\s([a-z0-9][a-z0-9-]*(?:\s[a-z0-9][a-z0-9-]*){0,2})(?![\w'’-])")


def _name_pattern(name: str) -> re.Pattern[str]:
    return re.compile(_EDGE + r"\s".join(map(re.escape, name.split())) + _CLOSE)


def test_a_name_whole_and_apart_by_any_one_space() -> None:
    text = "Bader, Douglas Bader\nand Douglas  Bader, not O'Douglas Bader's or Douglas Baders."
    spans = [m.span() for m in _name_pattern("Douglas Bader").finditer(text)]
    assert list(name_spans("Douglas Bader", text)) == spans
    assert [text[s:e] for s, e in name_spans("Douglas Bader", text)] == ["Douglas Bader"]
    assert [text[s:e] for s, e in name_spans("Bader", text)] == ["Bader"] * 3  # not "Bader's", "Baders"
    assert name_at("Douglas Bader", "Douglas\u00a0Bader said") == len("Douglas Bader")
    assert name_at("Douglas Bader", "Douglas Baders") == -1


def test_a_phrase_as_written() -> None:
    assert list(phrase_spans("New York", "in New York and New\nYork")) == [(3, 11)]


def test_the_possessive_and_its_tail() -> None:
    text = "Eugenie Bouchard's run of form, Bouchard’s 500th appearance, Bouchard's."
    found = [(at, m.group(1)) for at, m in name_then("Bouchard", text, _TAIL)]
    whole = re.compile(_EDGE + "Bouchard" + _TAIL.pattern)
    assert found == [(m.start(), m.group(1)) for m in whole.finditer(text)]
    assert [w for _, w in found] == ["run of form", "500th appearance"]


def test_the_same_spans_as_the_patterns_on_random_texts() -> None:
    pieces = ["Ann", "Ann Lee", "Lee", " ", "\n", "\u00a0", "'", "’", "-", "_", "x", "5", "é", ",", "'s ", "’s big win"]
    names = ["Ann", "Ann Lee", "Lee", "A", "Ann  Lee", "Ann-Lee", "é", ""]
    rng = random.Random(7)
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 12)))
        for name in names:
            assert list(name_spans(name, text)) == [m.span() for m in _name_pattern(name).finditer(text)], (name, text)
            literal = re.compile(_EDGE + re.escape(name) + _CLOSE)
            assert list(phrase_spans(name, text)) == [m.span() for m in literal.finditer(text)], (name, text)
            matched = _name_pattern(name).match(text)
            assert name_at(name, text) == (matched.end() if matched else -1), (name, text)
            if name:
                whole = re.compile(_EDGE + r"\s".join(map(re.escape, name.split())) + _TAIL.pattern)
                got = [(at, m.span(), m.group(1)) for at, m in name_then(name, text, _TAIL)]
                assert got == [(m.start(), (m.start(1) - 3, m.end()), m.group(1)) for m in whole.finditer(text)], (
                    name,
                    text,
                )
