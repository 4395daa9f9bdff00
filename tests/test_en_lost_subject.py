"""An article's first sentence on a "They" that only a cut headline named is no bullet where enough
is left (`text/en_lost_subject.py`, read by `scoring.score`)."""

from __future__ import annotations

from citebrief.engines.scoring import score
from citebrief.ingest import document_from_text
from citebrief.text.data_files import data_lines
from citebrief.text.en_lost_subject import lost_run, lost_subject_opening

_LOST = "They believe the council has ignored the needs of the town's shops for too long."
_REST = (
    "The bridge was built in 1902 and carries 9,000 cars a day. Engineers found cracks in two of its piers"
    " last spring. Repairs are expected to take 18 months. Local traders said the closure would cost them trade."
)


def test_a_they_doing_something_is_lost() -> None:
    assert lost_subject_opening(_LOST)
    assert lost_subject_opening("They also warn that fares may rise by a tenth next year.")
    assert lost_subject_opening("They started the petition after the library closed.")


def test_a_they_said_what_they_are_or_named_later_is_whole() -> None:
    assert not lost_subject_opening("They are the strange stone markers found along the old coast road.")
    assert not lost_subject_opening("They may not be famous, but the volunteers kept the library open.")
    assert not lost_subject_opening("They have become a common sight on the city's beaches.")
    assert not lost_subject_opening("They lost at home again, these are hard days for Millbrook Rovers.")
    assert not lost_subject_opening("They're back in the town for the first time in years.")
    # an opening "It" is the story's news or its cause as often: left alone
    assert not lost_subject_opening("It comes after months of talks over the cost of the bridge.")


def test_the_skips_are_lower_case_words_one_or_two_a_row() -> None:
    skips = data_lines("en_lost_subject_skips.tsv")
    assert skips and all(row == row.lower() and 1 <= len(row.split()) <= 2 for row in skips)
    assert "are" in skips and "have become" in skips  # a form of "be"; "be" and what they became


def test_the_they_right_after_stands_for_the_lost_one_too() -> None:
    assert lost_run([_LOST, "They say the council would meet again in June.", "The bridge is closed."]) == 2
    assert lost_run([_LOST, "The bridge was built in 1902."]) == 1


def test_a_lost_subject_opening_is_no_bullet_where_enough_is_left() -> None:
    scored = score(document_from_text(f"{_LOST} {_REST}", origin="t", kind="text"), {}, False)[0]
    assert scored.units[0].text == _LOST and 0 not in scored.usable
    # a short article keeps it: too little else to say
    short = score(document_from_text(f"{_LOST} The bridge was built in 1902.", origin="t", kind="text"), {}, False)[0]
    assert 0 in short.usable


def test_a_they_the_next_sentence_names_is_kept() -> None:
    text = (
        "They started washing up on the beach at dawn, and volunteers have been clearing them away."
        f" The crates are sealed, but some have split open. {_REST}"
    )
    scored = score(document_from_text(text, origin="t", kind="text"), {}, False)[0]
    assert 0 in scored.usable
