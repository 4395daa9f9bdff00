"""The literal prefilter's Latin gate: a (?i) search of Latin words is skipped only for a text
without a character `re` could take for a Latin letter, so it turns away nothing the search found."""

from __future__ import annotations

import re
import string

from citebrief.ingest import document_from_text
from citebrief.text.patterns import _flat, _floating_prefilter, _script
from citebrief.text.prefilter import _LATIN_CASED, _has_case, literal_prefilter
from conftest import load_records


def test_every_character_taken_for_a_latin_letter_is_let_through() -> None:
    # a character without case is compared as itself; of those with case, every one that `re`,
    # ignoring case, takes for an ASCII letter is in the gate's class
    cased = [chr(code) for code in range(0x110000) if _has_case(chr(code))]
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
