"""A sentence turning on the matter of the one before ("Yet any repeat …") opens no theme run."""

from __future__ import annotations

import numpy as np
import pytest

from citebrief.engines.runs import SentenceRuns, run_labels
from citebrief.engines.sparse import SparseRows
from citebrief.text.data_files import rows_by_kind
from citebrief.text.en_turn_back import turns_on_before


def _labels(second_topic_opens: str) -> list[int]:
    """Three topics of five sentences each; the second topic's first sentence opens as given."""
    topics = [[[base + (k % 4), base + ((k + 1) % 4)] for k in range(5)] for base in (0, 10, 20)]
    rows = [dict.fromkeys(sentence, 1.0) for topic in topics for sentence in topic]
    vectors = SparseRows.from_counts(rows, 30).normalized()
    texts = [f"The council met on day {k} of the month." for k in range(15)]
    texts[5] = f"{second_topic_opens} would cost the ferry firm its licence, the harbour board warned."
    shared = SentenceRuns(vectors, [(text, k // 5) for k, text in enumerate(texts)], "en")
    spare = np.ones(len(vectors), dtype=bool)
    return run_labels(vectors, spare, 3, paragraph_of=shared.paragraph_of, shared=shared).tolist()


def test_a_run_is_not_cut_before_a_sentence_turning_on_the_matter_before() -> None:
    assert _labels("A second late sailing") == [0] * 5 + [1] * 5 + [2] * 5
    assert _labels("But the board said a second late sailing") == [0] * 5 + [1] * 5 + [2] * 5
    # "Yet any repeat …" answers the sentence before it: the two stay in one run
    assert _labels("Yet any repeat of the delay") == [0] * 10 + [1] * 5


@pytest.mark.parametrize(
    ("kind", "text"),
    [
        ("turn", "{} it would cost the ferry firm its licence."),
        ("back", "But {} late sailing would cost the ferry firm its licence."),
    ],
)
def test_each_row_of_the_table_turns_on_the_sentence_before(kind: str, text: str) -> None:
    for word in rows_by_kind("en_turn_back.tsv")[kind]:
        assert turns_on_before(text.format(word)), word


def test_a_turn_to_a_new_subject_or_a_longer_word_is_no_turn_back() -> None:
    assert not turns_on_before("But the union said the sailing was late.")
    assert not turns_on_before("Yet another ferry sailed late.")
    assert not turns_on_before("But its owners said the sailing was late.")
    assert not turns_on_before("However thisness is no word.")
