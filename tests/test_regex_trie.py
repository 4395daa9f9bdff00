"""A trie of words (text/regex_trie.py) says the same words as their plain alternation, and
the caption pattern written with one finds the same captions, with the same subject, as it
did with the plain alternation, on every sentence of the shared English articles."""

from __future__ import annotations

import random
import re

import pytest

from citebrief.ingest import document_from_text
from citebrief.text import caption_lines
from citebrief.text.regex_trie import trie_alternation
from conftest import load_records

_WORDS = ["sit", "sits", "stand", "stands", "arrive", "arrives", "arrives at", "a.b", "a+b", "look on", "looks on"]


def test_a_trie_matches_its_words_and_nothing_else() -> None:
    trie = re.compile(trie_alternation(_WORDS))
    plain = re.compile("(?:" + "|".join(map(re.escape, _WORDS)) + ")")
    rng = random.Random(3)
    tries = [*_WORDS, "", "si", "sitss", "arrives a", "axb", "a.bb", "looks", "look on "]
    tries += ["".join(rng.choice("asitrvbon .+k") for _ in range(rng.randint(0, 9))) for _ in range(20000)]
    for text in tries:
        assert bool(trie.fullmatch(text)) == bool(plain.fullmatch(text)) == (text in _WORDS), text
    assert trie_alternation([]) == ""


@pytest.mark.parametrize("name", ["en-cnndm.jsonl", "en-xsum.jsonl"])
def test_picture_present_finds_what_the_plain_alternation_found(name: str) -> None:
    old = re.compile(rf"{caption_lines._SUBJECT}(?:{caption_lines._PRESENT}){caption_lines._END}")
    new = caption_lines.OPENINGS["picture present"]
    found = 0
    for record in load_records(name):
        document = document_from_text(record["article"], origin="test", kind="text")
        for sentence in (s.text for p in document.segments for s in p.sentences):
            before, after = old.match(sentence), new.match(sentence)
            assert (before is None) == (after is None), sentence
            if before is not None and after is not None:
                found += 1
                assert before["subject"] == after["subject"], sentence
    written = "Race winner Hamilton celebrates on the podium after the race"
    assert new.match(written) is not None and old.match(written) is not None
    assert found >= 5  # the articles hold such captions ("… celebrates …"), 59 in en-cnndm, 8 in en-xsum
