"""The brief's two closing background bullets, strangers in two groups, become a last group of
their own told from their passage (engines/en_background_tails.py), read on a shared article and
short texts."""

from __future__ import annotations

from citebrief.engines.en_background_tails import background_tail_grouped
from citebrief.engines.scored import Draft, Unit
from citebrief.text.tokenize import en_terms
from conftest import shared_group_titles, shared_groups

# (text, paragraph)
_STORY = [
    ("Inspectors seized 4,000 tins of tuna at a cannery in the port of Vigo.", 1),
    ("They found the tuna was labelled with a false catch date.", 1),
    ("The cannery owner was arrested on Tuesday.", 1),
    ("Regional officials said the labels were printed at the cannery itself.", 2),
    ("The owner faces a fine of up to 90,000 euros.", 2),
    ("Spain has long struggled with seafood fraud.", 3),
    ("In March, customs agents intercepted frozen octopus sold as fresh.", 3),
    ("The 2013 horsemeat scare shook shoppers across Europe.", 3),
    ("Thousands of burgers were pulled from supermarket shelves.", 4),
]


def _units(story: list[tuple[str, int]]) -> list[Unit]:
    return [Unit(k, p, text, en_terms(text), k / len(story), False, None) for k, (text, p) in enumerate(story)]


def _grouped(story: list[tuple[str, int]], *groups: list[int]) -> list[tuple[list[int], str]] | None:
    drafts = [Draft(None if n == 0 else n, list(picked)) for n, picked in enumerate(groups)]
    chosen = [i for d in drafts for i in d.picked]
    texts = [text for text, _ in story]
    if not background_tail_grouped(_units(story), texts, drafts, chosen):
        return None
    assert sorted(chosen) == sorted(i for d in drafts for i in d.picked)
    return [(d.picked, d.title) for d in drafts]


def test_the_past_scandals_leave_the_key_points_and_the_baijiu_group_for_their_own() -> None:
    # en-xsum 134: the 2008 milk scandal stood among the key points under "Bottles of Alcohol", the
    # smuggled meat under "Baijiu"
    groups = shared_groups("en-xsum.jsonl", 134)
    last = groups[-1]
    assert last[0].startswith("China continues to face widespread food safety problems"), groups
    assert any(text.startswith("The 2008 tainted milk scandal") for text in last), groups
    assert any(text.startswith("Some 300,000 people were affected") for text in last), groups
    assert any(text.startswith("In June, police") for text in last), groups
    assert shared_group_titles("en-xsum.jsonl", 134)[-1] == "Food Safety"


def test_two_dated_strangers_closing_the_brief_become_a_group_led_by_their_passage() -> None:
    assert _grouped(_STORY, [0, 1, 8], [3, 4, 6]) == [
        ([0, 1], ""),
        ([3, 4], ""),
        ([5, 6, 7, 8], "Seafood Fraud"),
    ]


def test_no_group_where_a_bullet_shares_a_word_is_undated_or_its_group_would_be_left_alone() -> None:
    # the octopus shares "owner" with its group
    shared = [*_STORY[:6], ("In March, agents fined the owner of a frozen octopus importer.", 3), *_STORY[7:]]
    assert _grouped(shared, [0, 1, 8], [3, 4, 6]) is None
    # nothing dates the octopus: no time opens it nor the sentence before it
    undated = [*_STORY[:6], ("Customs agents intercepted frozen octopus sold as fresh.", 3), *_STORY[7:]]
    assert _grouped(undated, [0, 1, 8], [3, 4, 6]) is None
    # the key points would keep one bullet
    assert _grouped(_STORY, [0, 8], [1, 3, 4, 6]) is None
    # both in one group
    assert _grouped(_STORY, [0, 1], [3, 4, 6, 8]) is None


def test_the_lead_sentence_joins_only_where_no_bullet_holds_it() -> None:
    # the passage's lead is a bullet already: the group holds the two and the sentence between, the chain titles it
    assert _grouped(_STORY, [0, 1, 8], [3, 4, 5, 6]) == [([0, 1], ""), ([3, 4, 5], ""), ([6, 7, 8], "")]
