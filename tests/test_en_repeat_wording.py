"""An English sentence cites another paragraph as a repeat only where that paragraph says all of
its words, none swapped for another (`text.en_repeat_wording`, used by `engines.cited_points`):
live commentary's template lines with the other foot or side are other sentences."""

from __future__ import annotations

import pytest

from citebrief.text.data_files import data_lines
from citebrief.text.en_repeat_wording import repeats_wording_en


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
