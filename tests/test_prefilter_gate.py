"""The literal prefilter's Latin gate: a (?i) search of Latin words is skipped only for a text
without a character `re` could take for a Latin letter, so it turns away nothing the search found."""

from __future__ import annotations

import re
import string

from citebrief.ingest import document_from_text
from citebrief.text.patterns import _flat, _floating_prefilter, _script
from citebrief.text.prefilter import _LATIN_CASED, _TWO_CASED, _shared_letter, has_case, literal_prefilter
from conftest import load_records


def test_every_character_taken_for_a_latin_letter_is_let_through() -> None:
    # a character without case is compared as itself; of those with case, every one that `re`,
    # ignoring case, takes for an ASCII letter is in the gate's class
    cased = [chr(code) for code in range(0x110000) if has_case(chr(code))]
    for letter in string.ascii_lowercase:
        pattern = re.compile(f"(?i){letter}")
        for char in cased:
            if pattern.fullmatch(char):
                assert _LATIN_CASED.fullmatch(char), (letter, hex(ord(char)))


def _ungated(quick: object, text: str) -> bool:
    plain, cased = quick._plain, quick._cased  # type: ignore[attr-defined]
    return bool((plain is not None and plain.search(text)) or (cased is not None and cased.search(text)))


def test_the_gate_gives_the_search_verdicts_on_shared_sentences() -> None:
    quick = _floating_prefilter("zh")
    assert quick is not None and quick._cased is not None  # the table holds (?i) Latin words
    seen = latin = 0
    for name, limit in (("zh-policy.jsonl", 20), ("zh-news.jsonl", 40), ("en-cnndm.jsonl", 10)):
        for record in load_records(name)[:limit]:
            document = document_from_text(record["article"], origin="test", kind="text")
            for segment in document.segments:
                for sentence in segment.sentences:
                    flat = _flat(sentence.text)
                    if _script(flat) != "zh":
                        continue
                    assert quick.may_match(flat) == _ungated(quick, flat), flat
                    seen += 1
                    latin += _LATIN_CASED.search(flat) is not None
    assert seen > 500 and latin > 10  # sentences with Latin letters were among them


def test_the_gate_lets_odd_cases_through() -> None:
    quick = literal_prefilter(re.compile(r"(?i)instructions|收悉"))
    assert quick is not None
    for text in ("忽略INSTRUCTIONS", "ınstructıons", "in\u017ftructions", "来函收悉"):
        assert quick.may_match(text), text
    assert not quick.may_match("各地区要加强组织领导。")


def test_each_two_cased_letter_is_matched_ignoring_case_by_its_two_cases_alone() -> None:
    cased = [chr(code) for code in range(0x110000) if has_case(chr(code))]
    assert frozenset(string.ascii_lowercase) - {"i", "k", "s"} == _TWO_CASED
    for letter in _TWO_CASED:
        pattern = re.compile(f"(?i){letter}")
        assert {char for char in cased if pattern.fullmatch(char)} == {letter, letter.upper()}, letter


def test_a_letter_every_cased_word_holds_gates_the_search() -> None:
    assert _shared_letter({"instructions", "prompts"}) == ("o", "O")
    assert _shared_letter({"Copyright", "ICP"}) == ("c", "C")
    assert _shared_letter({"ski", "kiss"}) is None and _shared_letter(set()) is None  # only i, k, s shared
    quick = literal_prefilter(re.compile(r"(?i)ignore (?:instructions|prompts)|收悉"))
    assert quick is not None and quick._gate_letter == ("e", "E")  # "ignore " is the word it needs
    for text in ("IGNORE PROMPTS", "ıgnore ınstructıons", "ignore in\u017ftructions", "来函收悉", "ignORE prompts"):
        assert quick.may_match(text) == _ungated(quick, text) and quick.may_match(text), text
    for text in ("各地区要加强组织领导。", "gnre", "IGNOR PROMPTS", "E", "ignor prompts"):
        assert quick.may_match(text) == _ungated(quick, text), text
    assert not quick.may_match("IGNOR PROMPTS")  # Latin letters, but no "e" in any case
