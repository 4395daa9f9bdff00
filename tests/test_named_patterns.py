"""text/named_patterns.py: a pattern built around a name is compiled once, and is the pattern
`re.compile` gives."""

from __future__ import annotations

import re

from citebrief.engines.en_name_intros import sole_given
from citebrief.text.named_patterns import named_pattern


def test_same_object_for_the_same_text() -> None:
    first = named_pattern(r"\bClarke\b")
    assert named_pattern(r"\bClarke\b") is first
    assert first == re.compile(r"\bClarke\b")


def test_flags_are_part_of_the_key() -> None:
    blind = named_pattern("clarke", re.IGNORECASE)
    assert blind.search("Judy Clarke") is not None
    assert named_pattern("clarke").search("Judy Clarke") is None


def test_kept_past_res_own_cache() -> None:
    """More patterns than re keeps (512) between two asks: the first is not compiled again."""
    first = named_pattern(r"\bName0\b")
    for k in range(1, 600):
        re.compile(rf"\bOther{k}\b")
        named_pattern(rf"\bName{k}\b")
    assert named_pattern(r"\bName0\b") is first


def test_sole_given_reads_past_sentences_without_the_surname() -> None:
    texts = ["The court sat on Monday.", "Defense attorney Judy Clarke spoke.", "Clarke said no."]
    assert sole_given(texts, "Clarke") == ("Judy", 1, 17)
    assert sole_given(["Nothing here."], "Clarke") is None
    assert sole_given(["Judy Clarke and Ann Clarke came."], "Clarke") is None
