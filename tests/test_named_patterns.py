"""text/named_patterns.py: a pattern built around a name is compiled once, and is the pattern
`re.compile` gives."""

from __future__ import annotations

import re

import pytest

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


def test_no_pattern_compiled_for_a_name_the_text_lacks(monkeypatch: pytest.MonkeyPatch) -> None:
    """A pattern built around a name or title is compiled only for a text that holds it: a new
    article's names are new patterns (~80 µs each), and most texts asked about never write them."""
    from citebrief.engines.en_given_names import _plural_of
    from citebrief.text.caption_restarts import restart_cuts
    from citebrief.text.en_overview_sides import lower_too
    from citebrief.text.en_title_of_named import of_named
    from citebrief.text.en_title_shared_phrase import _title_and_noun
    from citebrief.text.en_title_subject import _says_name

    def no_compiling(*_: object) -> None:
        raise AssertionError("a pattern was compiled")

    monkeypatch.setattr(re, "_compile", no_compiling)
    texts = ["Orla Quenby said the mill would close.", "Quenby spoke to the workers on Friday."]
    assert sole_given(texts[1:], "Quenby") is None  # the surname opens the sentence: no given name before it
    assert not _says_name("Orla Quenby", "The mill will close in the spring.")
    assert not _plural_of("Quenby", texts)
    assert not lower_too("Quenby", texts)
    assert of_named("Closure", texts) == ""
    assert _title_and_noun("Mill Owners", texts, texts) == ""
    sentence = "The workers cheered as the owners walked out of the hall on Friday Quenby, who ran the mill, left."
    assert restart_cuts(sentence, 0, len(sentence)) == []


def test_gated_answers_stand_where_the_name_is_written() -> None:
    """Where the text holds the name, the pattern is read as before."""
    from citebrief.engines.en_given_names import _plural_of
    from citebrief.text.en_overview_sides import lower_too
    from citebrief.text.en_title_subject import _says_name

    assert _says_name("Orla Quenby", "A tired Quenby left early.")
    assert not _says_name("Sydney Radio", "He told ABC Radio.")
    assert _plural_of("Tory", ["The Tories met on Monday."])
    assert not _plural_of("Tory", ["The Toriesque look."])
    assert lower_too("After", ["After dark, they left.", "They left after dark."])
    assert not lower_too("Quenby", ["Quenbyshire is far."])
