"""A bullet opening on "The couple" the brief never names takes the couple's names in brackets
(en-cnndm 28: "[Brian and Charlotte Smith] say they have found 102 arrows …"), citing where they
are named; verify reads the names in that paragraph."""

from __future__ import annotations

from tests.helpers import verdict_on

from citebrief.engines.en_couple_names import _introduced
from citebrief.model import VerdictLabel
from conftest import cnndm_groups

NAMED = "Retired couple Brian and Charlotte Smith were sent an email which piqued their interest."


def test_the_nearest_sentence_naming_a_couple_names_it() -> None:
    sentences = [NAMED, "The email explained: 'Every so often a hiker finds one.'", "The couple say they found 102."]
    assert _introduced(sentences, 2) == ("Brian and Charlotte Smith", 0)


def test_no_names_where_another_pair_stands_between_or_none_is_near() -> None:
    between = [NAMED, "The pair next door, the Joneses, laughed.", "The couple say they found 102."]
    assert _introduced(between, 2) is None
    far = [NAMED, "One.", "Two.", "Three.", "Four.", "The couple say they found 102."]
    assert _introduced(far, 5) is None
    assert _introduced(["A couple Brian Smith met were sent an email.", "The couple say so."], 1) is None


def test_shared_cnndm_28_couple_named() -> None:
    bullets = [text for group in cnndm_groups(28) for text in group]
    assert any(text.startswith("[Brian and Charlotte Smith] say they have found 102 arrows") for text in bullets)
    assert not any(text.startswith("The couple say") for text in bullets)


def test_verify_reads_the_names_in_the_cited_paragraph() -> None:
    page = [NAMED, "The couple say they have found 102 arrows so far and set up a website."]
    text = "[Brian and Charlotte Smith] say they have found 102 arrows so far and set up a website."
    assert verdict_on(page, text, [1, 2], "Arrows")[0] == VerdictLabel.supported
    assert verdict_on(page, text, [2], "Arrows")[0] != VerdictLabel.supported  # the names uncited
