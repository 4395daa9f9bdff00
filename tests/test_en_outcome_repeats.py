"""engines/en_restated.py's `same_outcome`: a later sentence telling a named person's court outcome
again, in other words, is the fact twice; another person, another outcome or a figure of its own is
a point of its own. Short texts of our own."""

from __future__ import annotations

import pytest

from citebrief.engines import en_restated
from citebrief.engines.en_restated import same_outcome, sentences_of
from citebrief.engines.extractive import draft_extractive
from citebrief.ingest import document_from_text
from citebrief.text.data_files import data_lines

_ARTICLE = "\n\n".join(
    [
        (
            "A carpenter has been found guilty of stealing tools worth thousands of pounds from a builders' yard "
            "in Hexham."
        ),
        (
            "Peter Lorne, 31, took drills and saws from the yard over six months, a court in Newcastle heard. "
            "But the jury cleared his cousin Tom Harker of theft after the court was told he stayed at home on "
            "the nights of the raids."
        ),
        ("Lorne will be sentenced next month. The yard's owner said the losses had nearly closed his business."),
        (
            "Police found many of the stolen tools in a lock-up garage rented by Lorne. "
            "Officers said the tools had been offered for sale online."
        ),
        (
            "The trial heard that Lorne had boasted to friends about the raids. "
            "His cousin Mr Harker was cleared of any part in the theft, after the jury was told he stayed at "
            "home through the raids."
        ),
        ("The owner said in a statement that he was relieved the case was over. He thanked the police for their work."),
    ]
)

_EARLIER = "But the jury cleared the driver's cousin Tom Harker of theft after the court was told he stayed home"
_AGAIN = "His cousin Mr Harker was cleared of any part in the theft, after the jury was told he was at home"


def test_the_same_outcome_told_again_is_one_fact() -> None:
    assert same_outcome(_EARLIER, _AGAIN)


def test_another_person_or_outcome_or_figure_is_its_own_point() -> None:
    assert not same_outcome(_EARLIER, _AGAIN.replace("Harker", "Bolton"))
    assert not same_outcome(_EARLIER, _AGAIN.replace("was cleared of", "was charged with"))
    assert not same_outcome(_EARLIER, _AGAIN.replace("any part", "3 counts"))
    # a name and a verb shared, too few words besides: two facts
    assert not same_outcome("The court cleared Mr Harker of theft", "Mr Harker was cleared of speeding last year")


def test_sentences_of_keeps_a_title_with_its_name() -> None:
    assert sentences_of('He said it was "over". Mr. Harker left. Then it rained.') == [
        'He said it was "over".',
        "Mr. Harker left.",
        "Then it rained.",
    ]


def test_each_row_of_the_table_opens_with_its_verb() -> None:
    rows = data_lines("en_outcome_verbs.tsv")
    assert "clear cleared clears clearing" in rows
    assert all(row == row.lower() and " " in row for row in rows)


def test_a_brief_tells_the_acquittal_once() -> None:
    brief = draft_extractive(document_from_text(_ARTICLE, origin="t", kind="text"))
    bullets = [point.text for group in brief.groups for point in group.points]
    assert sum("Harker" in text for text in bullets) == 1


def test_the_sentence_it_leaned_on_stays() -> None:
    article = _ARTICLE.replace(
        "Lorne had boasted to friends about the raids",
        "the yard gates had been left unlocked on a dozen nights that winter",
    )
    brief = draft_extractive(document_from_text(article, origin="t", kind="text"))
    bullets = [point.text for group in brief.groups for point in group.points]
    assert sum("Harker" in text for text in bullets) == 1
    assert "The trial heard that the yard gates had been left unlocked on a dozen nights that winter." in bullets


_NO_OUTCOME = "\n\n".join(
    [
        "A bakery in Hexham has doubled its bread output after buying a second oven from a firm in Leeds.",
        (
            "Owner Jane Pryor, 44, said the new oven let her staff bake through the night. "
            "She added that queues now reached the end of the street on Saturday mornings."
        ),
        (
            "The bakery employs eleven people and plans to hire four more this spring. "
            "Its sourdough won a regional prize last year."
        ),
        (
            "Customers said the longer hours had made the shop a meeting place for the town. "
            "A local councillor praised the bakery for taking on young staff."
        ),
        "Ms Pryor said she hoped to open a second shop in Corbridge next year.",
    ]
)


def test_bullets_are_split_only_where_an_earlier_one_tells_an_outcome(monkeypatch: pytest.MonkeyPatch) -> None:
    """`_told_again` cuts a later bullet into sentences only to look for an outcome an earlier bullet
    told: where no earlier bullet tells one (most briefs), no sentence can be the same outcome, so
    no bullet is cut (a brief's time, its bullets the same)."""
    split: list[str] = []

    def counted(text: str) -> list[str]:
        split.append(text)
        return sentences_of(text)

    monkeypatch.setattr(en_restated, "sentences_of", counted)
    draft_extractive(document_from_text(_NO_OUTCOME, origin="t", kind="text"))
    assert split == []
    draft_extractive(document_from_text(_ARTICLE, origin="t", kind="text"))
    assert split  # "cleared" in an earlier bullet: the later ones are read sentence by sentence
