"""An English group that tells two stories one after the other is cut in two
(`en_story_splits.py`); a group whose parts share a word, or whose cut would fall before a
bullet that reads on, stays as it is, and a brief that has its four groups already takes the
cut only where two other neighbouring groups tell one story and become one."""

from __future__ import annotations

import pytest

from citebrief.engines.en_actor_groups import leans
from citebrief.engines.en_groups import bullet_weights, similarity
from citebrief.engines.en_story_splits import split_stories
from citebrief.engines.scored import Draft, Unit
from citebrief.text.tokenize import analyze
from conftest import shared_article

STORY = [
    "The town council approved a new crossing over the river on Monday night.",
    "Engineers say the steel bridge will carry four lanes of traffic and a cycle path.",
    "The steel bridge will take three years to build, the engineers estimate.",
    "Fishermen on the quay say the works will block their moorings.",
    "Harbour traders fear the quay will lose its fishing boats for good.",
    "A local bakery also won a national prize for its sourdough loaf.",
    "Its owner plans to open a second shop next spring.",
    "The sourdough loaf of the bakery sells out by nine each morning.",
    "Judges of the prize praised the sourdough crust of the bakery.",
    "A school choir will sing at the opening of the library in June.",
    "Tickets for the choir concert went on sale yesterday.",
]


def _units(sentences: list[str]) -> list[Unit]:
    return [
        Unit(k, k + 1, text, [t.word for t in analyze(text, "en") if t.is_term], k / 6, False, None)
        for k, text in enumerate(sentences)
    ]


def _split(sentences: list[str], drafts: list[Draft]) -> list[list[int]]:
    units = _units(sentences)
    weights = bullet_weights(units, [i for d in drafts for i in d.picked], sentences)
    return [d.picked for d in split_stories(units, drafts, weights, similarity, leans, frozenset())]


def test_a_group_of_two_stories_is_cut_where_the_story_turns() -> None:
    assert _split(STORY, [Draft(1, [1, 2, 3, 4]), Draft(2, [5, 6])]) == [[1, 2], [3, 4], [5, 6]]


def test_a_brief_with_its_groups_takes_the_cut_where_two_neighbours_tell_one_story() -> None:
    drafts = [Draft(1, [1, 2, 3, 4]), Draft(2, [5, 6]), Draft(3, [7, 8])]
    assert _split(STORY, drafts) == [[1, 2], [3, 4], [5, 6, 7, 8]]


def test_a_brief_with_its_groups_keeps_them_where_no_neighbours_tell_one_story() -> None:
    drafts = [Draft(1, [1, 2, 3, 4]), Draft(2, [5, 6]), Draft(3, [9, 10])]
    assert _split(STORY, drafts) == [[1, 2, 3, 4], [5, 6], [9, 10]]


def test_parts_that_share_a_word_stay_together() -> None:
    told = [*STORY[:3], "Fishermen say the cycle path will block their moorings on the quay.", *STORY[4:]]
    assert _split(told, [Draft(1, [1, 2, 3, 4]), Draft(2, [5, 6])]) == [[1, 2, 3, 4], [5, 6]]


@pytest.mark.parametrize(
    "goes_on",
    [
        "They say the works will block their moorings.",
        "'The works will block our moorings for a year.'",
        "The works will block our moorings for a year, fishermen fear.",
    ],
)
def test_no_cut_before_a_bullet_that_reads_on_or_goes_on_with_a_quotation(goes_on: str) -> None:
    told = [*STORY[:3], goes_on, *STORY[4:]]
    assert _split(told, [Draft(1, [1, 2, 3, 4]), Draft(2, [5, 6])]) == [[1, 2, 3, 4], [5, 6]]


def test_a_loose_group_is_not_cut() -> None:
    """No two of its bullets share a word: cutting it would give two loose groups."""
    loose = [STORY[0], "Engineers praised it.", "Work starts soon.", "Fishermen fear noise.", "Traders doubt prices."]
    assert _split(loose, [Draft(1, [1, 2, 3, 4])]) == [[1, 2, 3, 4]]


def test_a_leaders_remarks_and_the_coup_against_him_are_two_groups() -> None:
    """en-cnndm record 106 as readers read it: his claim that the economy excites people, then
    the MPs' plans for a coup, were one group."""
    from citebrief.ingest import document_from_text
    from citebrief.pipeline import draft

    article = shared_article("en-cnndm.jsonl", 106)
    brief = draft(document_from_text(article, origin="x", kind="text"))
    texts = [" ".join(p.text for p in g.points) for g in brief.groups]
    assert not any("'excites'" in t and "coup" in t for t in texts)
