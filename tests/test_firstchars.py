"""The first-character lookahead changes no match of a pattern, only the positions tried."""

from __future__ import annotations

import random
import re

import pytest

from citebrief.text.firstchars import with_first_chars
from citebrief.text.patterns import _of, _specifics

_ALPHABET = "0123456789一二年底前月不低于罚款负责由《》机制免征以上a bAB.,，。：、的了在和\nſK"


def _matches(pattern: re.Pattern[str], text: str) -> list[tuple[int, int, str | None]]:
    return [(m.start(), m.end(), m.lastgroup) for m in pattern.finditer(text)]


@pytest.mark.parametrize("script", ["zh", "en"])
def test_specifics_find_the_same_matches(script: str) -> None:
    plain = re.compile("|".join(f"(?P<s{i}>{p.regex.pattern})" for i, p in enumerate(_of("specific", script))))
    fast = _specifics(script)
    rng = random.Random(14)
    texts = ["原则上于2019年12月底前完成", "对落实不力的依法追究责任", "由教育部牵头", "建立联审联管机制", ""]
    texts += ["".join(rng.choice(_ALPHABET) for _ in range(rng.randint(0, 60))) for _ in range(3000)]
    # both tables get their lookahead: the English one's letters compared ignoring case bring
    # every character `re` takes for an ASCII letter
    assert fast.pattern.startswith("(?=[")
    for text in texts:
        assert _matches(fast, text) == _matches(plain, text), text


@pytest.mark.parametrize(
    ("source", "kept"),
    [
        (r"a|b*", True),  # may match nothing: every position may hold a match
        (r".x|y", True),  # any character may open it
        (r"[^a]b|c", True),  # so may a negated class
        (r"(?i:é)x|y", True),  # a cased letter other than ASCII ignoring case (É, and what else folds)
        (r"(?i:k)x|[a-c]y|(?i:[d-f])z", False),  # ASCII ignoring case: the Kelvin sign (k), ſ (s) brought in
        (r"\bab|\d+c|(?P<g>[x-z]{2,})|(?:e?f)", False),
    ],
)
def test_lookahead_only_where_the_first_character_is_known(source: str, kept: bool) -> None:
    pattern = re.compile(source)
    fast = with_first_chars(pattern)
    assert (fast is pattern) is kept
    assert with_first_chars(source).pattern == fast.pattern  # given as text: the same, compiled once
    rng = random.Random(1)
    for _ in range(2000):
        text = "".join(rng.choice("abcdefkxyzKDEF\u212a\u017fſé1 ") for _ in range(rng.randint(0, 12)))
        assert _matches(fast, text) == _matches(pattern, text), text


def test_english_specifics_on_shared_sentences() -> None:
    from citebrief.ingest import document_from_text
    from conftest import load_records

    plain = re.compile("|".join(f"(?P<s{i}>{p.regex.pattern})" for i, p in enumerate(_of("specific", "en"))))
    fast = _specifics("en")
    texts = ["He was ſentenced to five years", "PENALTY: a FINE of $500", "Charged with theft", "ſ K \u212a 12,000"]
    for record in load_records("en-cnndm.jsonl")[:60]:
        document = document_from_text(record["article"], origin="test", kind="text")
        texts += [s.text for segment in document.segments for s in segment.sentences]
    found = 0
    for text in texts:
        assert _matches(fast, text) == _matches(plain, text), text
        found += bool(_matches(plain, text))
    assert found > 100


@pytest.mark.parametrize(
    ("source", "gate"),
    [
        (r"\bcat|\$\d", r"(?=[\$]|\b[c])"),  # "cat" only where a word starts; "$" anywhere
        (r"(?P<a>\b(?:dog|(?i:ox)))|(?P<b>\b\d+)", r"(?=\b["),  # every branch opens on a word's start
        (r"(?a:\bcat)|\$\d", r"(?=[c\$])"),  # ASCII-only \b is another boundary: not read as one
        (r"\bcat|dog", r"(?=[d]|\b[c])"),
    ],
)
def test_branches_opening_on_a_word_boundary_are_tried_at_word_starts_only(source: str, gate: str) -> None:
    """A branch whose match starts at `\\b` is gated on `\\b` too (inside a word no branch is
    entered), with the same matches as the pattern alone."""
    pattern = re.compile(source)
    fast = with_first_chars(pattern)
    assert fast.pattern.startswith(gate)
    rng = random.Random(5)
    for _ in range(3000):
        text = "".join(rng.choice("catdogOX$12 _é-ſ\u212a") for _ in range(rng.randint(0, 14)))
        assert _matches(fast, text) == _matches(pattern, text), text


def test_an_ascii_letter_ignoring_case_brings_only_what_re_takes_for_it() -> None:
    """ "(?i:s)" may open on S, s or ſ (the long s), and on no other letter: a lookahead of every
    letter let every word of English text into every branch."""
    fast = with_first_chars(r"(?i:s)x|(?i:k)y|\d")
    letters = re.match(r"\(\?=\[([^\]]*)\]", fast.pattern)
    assert letters is not None
    opening = re.compile(f"[{letters.group(1)}]")
    assert {c for c in map(chr, range(0x250)) if opening.match(c)} >= set("sSſkK0")
    assert opening.match("\u212a") and not opening.match("a") and not opening.match("t")
