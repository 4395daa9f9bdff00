"""A plain-noun overview pairs with what a sourced finding says it does to another thing
(`text/en_overview_finding.py`)."""

from __future__ import annotations

from citebrief.text.en_overview_finding import finding_grounded, finding_pair
from conftest import shared_group_titles

OPENING = [
    "It's well known that exercise can make your muscles bigger.",
    "Now, a study has found it may make your brain larger, too.",
    "Physical activity can increase grey matter in the brain, increasing the size of areas that contribute to "
    "balance and coordination, according to Health Day news.",
]


def test_a_sourced_finding_pairs_the_cause_with_what_it_affects() -> None:
    used = {"physical activity"}
    title = finding_pair("Physical Activity", OPENING, used)
    assert title == "Physical Activity and Grey Matter"
    assert used == {"physical activity", title.casefold()}
    sleep = ["Poor sleep may damage memory in older adults, a study has found."]
    assert finding_pair("Poor Sleep", sleep, set()) == "Poor Sleep and Memory"


def test_no_source_or_no_effect_leaves_the_subject() -> None:
    """A claim no study or report is credited with, a verb of no effect, a finding past the third
    sentence, a pronoun affected: the subject stays."""
    unsourced = ["Physical activity can increase grey matter in the brain."]
    assert finding_pair("Physical Activity", unsourced, set()) == "Physical Activity"
    other_verb = ["Physical activity can make you happier, according to a study."]
    assert finding_pair("Physical Activity", other_verb, set()) == "Physical Activity"
    late = ["One.", "Two.", "Three.", "Physical activity can increase grey matter, according to a study."]
    assert finding_pair("Physical Activity", late, set()) == "Physical Activity"
    pronoun = ["Physical activity can reduce it, according to a study."]
    assert finding_pair("Physical Activity", pronoun, set()) == "Physical Activity"


def test_grounding_reads_both_halves_in_order() -> None:
    assert finding_grounded("Physical Activity and Grey Matter", OPENING)
    assert not finding_grounded("Grey Matter and Physical Activity", OPENING)
    assert not finding_grounded("Physical Activity and Brain Size", OPENING)
    assert not finding_grounded("Physical Activity", OPENING)


def test_shared_brief_names_the_finding() -> None:
    assert shared_group_titles("en-cnndm.jsonl", 189)[0] == "Key points: Physical Activity and Grey Matter"
