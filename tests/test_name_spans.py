"""`name_spans`, `phrase_spans`, `name_at` and `name_then` find what the per-name patterns they replace found."""

from __future__ import annotations

import random
import re

from citebrief.text import en_title_gist, en_title_held
from citebrief.text.name_places import name_at, name_spans, name_then, phrase_spans, spaced_words, written_lower

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


def test_a_word_written_in_lower_case_whole() -> None:
    texts = ["She left when the Briton came", "we were well-known there"]
    assert written_lower("When", texts) and written_lower("We", texts)  # a sentence's opening word
    assert not written_lower("Briton", texts)  # a name the article writes capitalized only
    assert not written_lower("Well", texts) and not written_lower("Know", texts)  # inside "well-known"


def test_an_apostrophe_joins_a_word_unlike_the_old_word_boundary() -> None:
    """Unlike the `\\b` copies `written_lower` replaced, an apostrophe joins a word: "it's" writes
    no lower-case "it", "fans'" no "fans"."""
    assert not written_lower("It", ["it's late"]) and re.search(r"\bit\b", "it's late")
    assert not written_lower("Fans", ["the fans' club"]) and re.search(r"\bfans\b", "the fans' club")
    assert written_lower("Fans", ["the fans club"]) and written_lower("It", ["it is late"])


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


def _old_holders(noun: str, texts: list[str], all_texts: list[str], used: set[str]) -> str:
    """`en_title_held._holders` as it was: both patterns compiled and run on every text."""
    before, after = en_title_held._before(noun), en_title_held._after(noun)
    counts: dict[str, int] = {}
    for text in texts:
        for match in before.finditer(text):
            name = en_title_held._name(match.group(1).split(), text, match.start(1), all_texts)
            if name:
                counts[f"{name} {noun}"] = counts.get(f"{name} {noun}", 0) + 1
        for match in after.finditer(text):
            name = en_title_held._name(match.group(1).split(), text, match.start(1), all_texts, opening=False)
            if name and not en_title_held._LISTED.match(text, match.end(1)):
                phrase = text[match.start() : match.start(1)] + name
                counts[phrase] = counts.get(phrase, 0) + 1
    ranked = sorted(counts.items(), key=lambda item: (-item[1], -len(item[0]), item[0]))
    return next((p for p, _ in ranked if not any(p.casefold() in u for u in used)), "")


def test_held_titles_compile_only_where_a_text_may_match_and_find_the_same() -> None:
    words = ["Grand", "National", "fences", "the", "of", "about", "Down", "Syndrome", "x&Ann", "O'Neill", "5", ","]
    words += ["fences\n", "The", "by", "from", "\u00e9fences", "A_b", "-", "fencesx"]
    rng = random.Random(11)
    for _ in range(1500):
        texts = [" ".join(rng.choice(words) for _ in range(rng.randint(0, 10))) for _ in range(3)]
        assert en_title_held._holders("fences", texts, texts, set()) == _old_holders("fences", texts, texts, set())
        lone = re.compile(r"\bfences\b")
        assert en_title_held._whole_word("fences", texts[0]) == bool(lone.search(texts[0])), texts[0]


def test_spaced_words_and_a_capitalized_word_mid_sentence_as_their_patterns() -> None:
    assert spaced_words(["Harry", "Potter", "films"], "the Harry  Potter\nfilms, and")
    assert not spaced_words(["Harry", "Potter", "films"], "the Harry Potter filmsx and xHarry Potter films")
    pieces = ["Harry", "Potter", "films", "Films", " ", "  ", "\n", ",", "'", "’", "_", "x", "é", "-", "."]
    rng = random.Random(5)
    for _ in range(4000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 12)))
        for words in (["Harry", "Potter", "films"], ["Potter", "films"], ["Harry"], [".", "x"]):
            led = re.compile(r"\b" + r"\s+".join(map(re.escape, words)) + r"\b")
            assert spaced_words(words, text) == bool(led.search(text)), (words, text)
        for word in ("Harry", "Films", "Potter"):
            mid = re.compile(rf"(?<=[\w,'’] ){re.escape(word)}\b")
            assert en_title_gist._written_capitalized(word, text) == bool(mid.search(text)), (word, text)
