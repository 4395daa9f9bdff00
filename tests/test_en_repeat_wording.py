"""An English sentence cites another paragraph as a repeat only where that paragraph says all of
its words, none swapped for another (`text.en_repeat_wording`, used by `engines.cited_points`):
live commentary's template lines with the other foot or side are other sentences."""

from __future__ import annotations

import pytest

from citebrief.engines.extractive import draft_extractive
from citebrief.ingest import document_from_text
from citebrief.text.data_files import data_lines
from citebrief.text.en_repeat_wording import repeats_wording_en
from conftest import shared_article


@pytest.mark.parametrize(
    ("sentence", "other"),
    [
        # the same template, one side, part of the pitch or outcome changed
        (
            "Tom Hill (Leeds) right footed shot from outside the box is saved.",
            "Tom Hill (Leeds) left footed shot from outside the box is saved.",
        ),
        (
            "Tom Hill (Leeds) header from the right side of the box misses to the right.",
            "Tom Hill (Leeds) header from the centre of the box misses to the left.",
        ),
        (
            "Tom Hill (Leeds) right footed shot from the centre of the box to the centre of the goal.",
            "Tom Hill (Leeds) right footed shot from the centre of the box is high and wide to the right.",
        ),
        # a word of the sentence dropped: the other paragraph says less than the bullet
        ("Only 28 made it over the barbed wire.", "Only 28 made it over the wire."),
        # a turning word added
        ("The shot is saved by the keeper.", "The shot is not saved by the keeper."),
    ],
)
def test_another_sentence_is_no_repeat(sentence: str, other: str) -> None:
    assert not repeats_wording_en(sentence, other)


@pytest.mark.parametrize(
    ("sentence", "other"),
    [
        ("Tom Hill (Leeds) right footed shot is saved.", "Tom Hill (Leeds)  right-footed shot is saved"),
        ("A court heard he sent the link.", "Leeds Crown Court heard he sent the link."),
        # a caption's label and picture aside added
        ("Tom Hill was taken to hospital.", "Rushed in: Tom Hill (pictured) was taken to hospital"),
    ],
)
def test_a_repeat_differs_in_spacing_case_articles_or_added_words(sentence: str, other: str) -> None:
    assert repeats_wording_en(sentence, other)


def test_the_tables_hold_one_lower_case_word_a_line() -> None:
    for name in ("en_repeat_trivia.tsv", "en_repeat_turning.tsv"):
        rows = list(data_lines(name))
        assert rows and all(row.isalpha() and row == row.lower() for row in rows), name


XSUM_COMMENTARY = 138  # en-xsum: a match's live commentary, the same template line for many shots


def test_a_commentary_line_cites_no_line_of_the_other_foot() -> None:
    document = document_from_text(shared_article("en-xsum.jsonl", XSUM_COMMENTARY), origin="en-xsum-138", kind="text")
    by_number = {segment.n: segment.text for segment in document.segments}
    points = [point for group in draft_extractive(document).groups for point in group.points]
    right = [point for point in points if "right footed shot" in point.text or "misses to the right" in point.text]
    assert right, "the brief no longer says a right-footed shot: pick another case"
    for point in right:
        for n in point.citations:
            assert point.text.split(")", 1)[1].strip() in by_number[n], (point.text, n, by_number[n])
