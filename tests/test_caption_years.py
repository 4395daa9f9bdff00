"""A caption ending on a year glued to a sentence that opens on a name and a verb
(text/caption_years.py), with year phrases that open or join a sentence left whole."""

from __future__ import annotations

import pytest

from citebrief.segment import sentence_spans
from citebrief.text.data_files import rows_by_kind


def _sentences(text: str) -> list[str]:
    return [text[start:end] for start, end in sentence_spans(text, "en")]


def test_a_caption_ending_on_a_year_is_cut() -> None:
    text = (
        "Frank Lampard scores during the 3-0 defeat by Chelsea in the semi-final in 2010 Villa are three "
        "points above the drop zone this season."
    )
    assert _sentences(text) == [
        "Frank Lampard scores during the 3-0 defeat by Chelsea in the semi-final in 2010",
        "Villa are three points above the drop zone this season.",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Born in a small town in 1990 Smith was raised by his grandparents near the coast.",
        "Villa won the cup in 2010 and in 2012 Villa were relegated to the second tier.",
        "After leaving the club in 2010 Smith was out of work for two whole years.",
    ],
)
def test_year_phrases_that_belong_to_the_sentence_stay(text: str) -> None:
    assert _sentences(text) == [text]


def test_a_caption_ending_on_a_dated_year_is_cut_before_an_article_and_a_capital() -> None:
    # en-cnndm 92: the caption repeats the text before it and runs into the next sentence with no stop
    text = (
        "Barrientos' Facebook says she became engaged in July 2013 A Bronx building superintendent, "
        "Ruben George, told the New York Post she was arrested."
    )
    assert _sentences(text) == [
        "Barrientos' Facebook says she became engaged in July 2013",
        "A Bronx building superintendent, Ruben George, told the New York Post she was arrested.",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "He starred alongside the actor in 2013 A Tale of Two Cities to wide acclaim from critics.",
        "In July 2013 A Bronx building superintendent told the Post that she had been arrested.",
        "She was engaged and in July 2013 A Bronx building superintendent told the Post she was arrested.",
        "Scientists have long described the infra-red A rays that were found in 2013 by the survey.",
    ],
)
def test_an_article_after_a_year_that_belongs_to_the_sentence_stays(text: str) -> None:
    assert _sentences(text) == [text]


def test_the_article_table_reads_articles_and_title_joins() -> None:
    rows = rows_by_kind("en_year_caption_articles.tsv")
    assert set(rows) == {"article", "joins"}
    assert {"The", "A", "An"} <= set(rows["article"]) and "of" in rows["joins"]
