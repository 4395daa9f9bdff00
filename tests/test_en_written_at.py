"""`en_written_at.places` finds a phrase where the per-phrase boundary pattern it replaced finds
it, on short texts written here and on the sentences of real en-cnndm articles."""

from __future__ import annotations

import re

import pytest

from citebrief.text.en_surname_title import _WORD, _words_before
from citebrief.text.en_title_whole_name import _written
from citebrief.text.en_written_at import after_article, places, word_after, word_before
from conftest import shared_article


def _by_pattern(phrase: str, text: str, ignore_case: bool) -> list[tuple[int, int]]:
    pattern = r"(?<![\w'’-])" + re.escape(phrase) + r"(?![\w'’-])"
    return [m.span() for m in re.finditer(pattern, text, re.IGNORECASE if ignore_case else 0)]


CASES = [
    ("the Syrian government", "agents of the Syrian government said the Syrian Government's men"),
    ("aa", "aaa aa aa-aa 'aa' aa’s aa"),  # a failed place tried again one character on
    ("St James", "St James’s Palace and St Jameson and St James"),
    ("fan", "Fan fans fan's FAN fan"),
    ("a a", "a a a a"),  # places that overlap: leftmost first, none shared
    ("", "a b-c"),
    ("star", "a ſtar, İstar, STAR star"),  # odd letters: the case-blind pattern asked
]


@pytest.mark.parametrize(("phrase", "text"), CASES)
@pytest.mark.parametrize("ignore_case", [False, True])
def test_places_are_the_patterns_places(phrase: str, text: str, ignore_case: bool) -> None:
    assert list(places(phrase, text, ignore_case)) == _by_pattern(phrase, text, ignore_case)


def test_boundaries() -> None:
    assert word_before("x’s", 1) and not word_before("x’s", 0) and not word_before("a b", 2)
    assert word_after("ab", 1) and not word_after("ab", 2) and word_after("a-", 1)


def test_real_articles_give_the_same_places() -> None:
    compared = 0
    for index in (0, 3, 17, 44):
        text = shared_article("en-cnndm.jsonl", index)
        words = re.findall(r"[A-Z][\w’']+(?: [A-Z][\w’']+)?", text)[:40]
        for phrase in dict.fromkeys(words):
            for ignore_case in (False, True):
                found = list(places(phrase, text, ignore_case))
                assert found == _by_pattern(phrase, text, ignore_case), phrase
                compared += len(found)
    assert compared > 100


def test_whole_name_places_are_the_patterns() -> None:
    text = "At St James’s Palace, St James's Park; St James’s palace, St Jamesy St James’s Court-House St James"
    pattern = re.compile(r"(?<![\w'’-])St James(?:(['’]s\s[A-Z][\w-]*)(?![\w'’-])|(?![\w'’-]))")
    assert _written("St James", text) == [(m.group(0), bool(m.group(1))) for m in pattern.finditer(text)]
    assert [goes_on for _, goes_on in _written("St James", text)] == [True, True, True, False]


def _after_article_by_pattern(phrase: str, text: str) -> list[tuple[int, int, int]]:
    article = r"(?<![\w'’-])(?:[Aa]n?|[Tt]he)\s(?:[\w'’-]+\s){0,3}?"
    pattern = re.compile(article + "(" + re.escape(phrase) + r")(?![\w'’-])", re.IGNORECASE)
    return [(m.start(), m.start(1), m.end(1)) for m in pattern.finditer(text)]


ARTICLE_CASES = [
    ("longboarder", "A 45-year-old Longboarder crashed; THE longboarder's board and an ana longboarder"),
    ("fan", "the the fan, a big big big big fan, an old fan-club fan"),
    ("a a", "the a a a a"),  # the phrase itself an article
    ("ſtar", "a star and a ſtar"),  # an odd letter: the case-blind pattern asked
    ("star", "a ſtar, the İstar star"),
]


@pytest.mark.parametrize(("phrase", "text"), ARTICLE_CASES)
def test_after_article_is_the_patterns(phrase: str, text: str) -> None:
    assert list(after_article(phrase, text)) == _after_article_by_pattern(phrase, text)


def test_words_before_a_surname_are_the_patterns() -> None:
    compared = 0
    for index in (0, 3, 17, 44, 120):
        text = shared_article("en-cnndm.jsonl", index)
        for surname in dict.fromkeys(re.findall(r"(?<= )[A-Z][a-z]+", text)):
            pattern = rf"(?<![\w'’-])({_WORD.pattern}) {re.escape(surname)}(?![\w'’-])"
            expected = [m.span(1) for m in re.finditer(pattern, text)]
            assert _words_before(surname, text) == expected, surname
            compared += len(expected)
        for phrase in dict.fromkeys(re.findall(r"(?<=\b[Aa] )\w+(?: \w+)?|(?<=\b[Tt]he )\w+", text)):
            assert list(after_article(phrase, text)) == _after_article_by_pattern(phrase, text), phrase
            compared += 1
    assert compared > 100
    assert _words_before("Smith", "Ann Smith Smith and Bob Smith") == [(0, 3), (20, 23)]
