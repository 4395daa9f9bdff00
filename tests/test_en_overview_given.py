"""What the news gives a person an overview titles by name alone, the name no verb's subject
(`text/en_overview_given.py`, `data/en_award_nouns.tsv`): "present AP McCoy with his ... trophy"
→ "champion jockeys trophy"; "with a ... move to Porto waiting for him" → "move to Porto"."""

from __future__ import annotations

import pytest

from citebrief.text.data_files import data_lines
from citebrief.text.en_overview_given import given_at
from citebrief.text.name_places import name_spans


def _given(paragraph: str, name: str = "Jo Smith") -> str:
    return given_at(paragraph, next(name_spans(name, paragraph)))


@pytest.mark.parametrize(
    ("paragraph", "given"),
    [
        (
            "Ian Wright will present Jo Smith with his 20th and final champion jockeys trophy.",
            "champion jockeys trophy",
        ),
        ("Jo Smith will be presented with his final champion jockeys trophy by Ian Wright.", "champion jockeys trophy"),
        ("The mayor presented Jo Smith with her award for bravery.", "award"),
        ("Jo Smith was presented with a gold medal on Friday.", "gold medal"),
        ("Jo Smith is to be presented with the prize at a gala.", "prize"),
        ("The captain presented Jo Smith with the cup.", "cup"),
        ("Jo Smith has been presented with a plaque by the council.", "plaque"),
        ("The Queen will present Jo Smith with his knighthood.", "knighthood"),
        ("Jo Smith prepares to face Leeds with a big money move to Porto waiting for him.", "move to Porto"),
        ("Jo Smith starts on Sunday with a transfer to Real Madrid lined up for her.", "transfer to Real Madrid"),
    ],
)
def test_what_the_news_gives_the_name(paragraph: str, given: str) -> None:
    assert _given(paragraph) == given


@pytest.mark.parametrize(
    "paragraph",
    [
        "Jo Smith was presented with evidence by the police.",  # no honour of hers
        "They will present Jo Smith with a bill for the repairs.",
        "Jo Smith was presented with his trophy in 2004.",  # dated: before the news
        "Jo Smith presented the trophy to Ann Lee.",  # she gives it, it is not hers
        "Jo Smith could move to Porto at the end of the season.",  # hedged
        "Jo Smith has been linked with a move to Porto.",  # hedged: nothing waits for him
        "Jo Smith starts with a move to Porto waiting for him in 2012.",  # dated
    ],
)
def test_nothing_where_the_name_is_given_no_honour_or_the_move_is_not_sure(paragraph: str) -> None:
    assert _given(paragraph) == ""


def test_each_award_noun_is_read() -> None:
    nouns = data_lines("en_award_nouns.tsv")
    assert nouns and all(noun == noun.strip().lower() and " " not in noun for noun in nouns)
    for noun in nouns:
        assert _given(f"Jo Smith was presented with a {noun} on Friday.") == noun
