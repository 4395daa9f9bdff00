"""The pieces the noun-widening titles share (`text/en_title_widening.py`)."""

from __future__ import annotations

import re

import pytest

from citebrief.text.en_title_widening import first_free, form_spans, loose_modifiers, noun_forms


def test_the_loose_modifiers_are_lower_case_words() -> None:
    assert loose_modifiers() and all(word == word.lower() and " " not in word for word in loose_modifiers())


def test_the_noun_forms_read_singular_and_plural() -> None:
    form = noun_forms("villas")
    assert re.fullmatch(form, "villa") and re.fullmatch(form, "villas") and not re.fullmatch(form, "villae")
    assert re.fullmatch(noun_forms("glass"), "glass")


def test_the_first_free_phrase_is_the_title_and_is_taken() -> None:
    used = {"rented villa"}
    texts = ["They stayed in the rented villa near the beach villa."]
    assert first_free("Villa", ["rented villa", "beach villa"], texts, used) == "Beach Villa"
    assert "beach villa" in used
    assert first_free("Villa", [], texts, used) == "Villa"


FORMS_TEXT = (
    "Villas, villa's, the villa-owner, xvilla, villas' villa_ 'villa' ‘villas’ -villa villass villa."
    " villa\u00e9 2villa villa2 villas\tvilla\nvillas"
)


@pytest.mark.parametrize("noun", ["villa", "villas", "s", "v"])
@pytest.mark.parametrize(("apostrophe_before", "before"), [(True, r"[\w'’-]"), (False, r"[\w-]")])
def test_form_spans_are_where_the_bounded_pattern_of_the_forms_matches(
    noun: str, apostrophe_before: bool, before: str
) -> None:
    pattern = re.compile(rf"(?=((?<!{before}){noun_forms(noun)}(?![\w'’-])))")
    expected = [m.span(1) for m in pattern.finditer(FORMS_TEXT)]
    assert list(form_spans(noun, FORMS_TEXT, apostrophe_before)) == expected
    assert expected or noun == "v"  # the text writes the forms: the check is not of nothing
