"""An English group that ends on a person none of its earlier bullets names becomes two groups
(engines/en_person_tails.py), read on en-cnndm articles and short texts."""

from __future__ import annotations

from citebrief.engines.en_person_tails import person_tails_cut
from citebrief.engines.scored import Draft
from conftest import cnndm_groups, group_opening

_POLL = [
    "If your name is Nigel you are twice as likely to vote Ukip, according to research by YouGov.",
    "The figure went up from 16 to 31 per cent among men named Nigel, the poll found.",
    "The study found that the names most likely to vote Tory were Charlotte, Fiona and Pauline.",
    "The three most likely to vote Labour were Michelle, June and Andy.",
    "Kim Rose, who is running for the party in Southampton Itchen, is being investigated by officers.",
    "Mr Rose, 57, branded police involvement as 'absolutely ridiculous'.",
]


def _drafts(*groups: list[int]) -> list[Draft]:
    return [Draft(None if n == 0 else n, list(picked)) for n, picked in enumerate(groups)]


def test_a_candidate_after_a_poll_is_a_group_of_his_own() -> None:
    # the Ukip candidate's sausage rolls were the last two bullets of the names poll's group
    groups = cnndm_groups(42)
    candidate = group_opening(groups, "Kim Rose, who is running")
    assert len(candidate) == 2 and candidate[1].startswith("Mr Rose, 57"), groups
    poll = group_opening(groups, "The study found that the three names")
    assert not any("Rose" in text for text in poll), groups


def test_the_tail_is_cut_where_the_person_comes_in() -> None:
    drafts = _drafts([0, 1], [2, 3, 4, 5])
    assert person_tails_cut(_POLL, _POLL, drafts)
    assert [d.picked for d in drafts] == [[0, 1], [2, 3], [4, 5]]


def test_no_cut_where_the_person_was_met_before_or_is_named_in_passing() -> None:
    # the overview names Rose: the tail is no one new
    drafts = _drafts([0, 4], [1, 2, 3, 5])
    assert not person_tails_cut(_POLL, _POLL, drafts)
    # "Mr Rose" opens the tail: someone met before, not brought in
    texts = [*_POLL[:4], _POLL[5], "He said he would fight on."]
    drafts = _drafts([0, 1], [2, 3, 4, 5])
    assert not person_tails_cut(texts, texts, drafts)
    # a name in passing ("in the footsteps of ...") is no subject brought in
    texts = [*_POLL[:4], "Following in the footsteps of his friend Kim Rose, he ran.", _POLL[5]]
    assert not person_tails_cut(texts, texts, _drafts([0, 1], [2, 3, 4, 5]))


def test_no_cut_where_the_tail_goes_on_with_the_group_or_the_brief_is_full() -> None:
    # the tail's last bullet names someone the group's earlier bullets name: one strand
    texts = [*_POLL[:5], "Mr Rose said Charlotte had voted for him."]
    assert not person_tails_cut(texts, texts, _drafts([0, 1], [2, 3, 4, 5]))
    # four theme groups already: a fifth reads as no grouping
    drafts = _drafts([0], [1], [2, 3, 4, 5], [6], [7])
    texts = [*_POLL, "A sixth sentence.", "A seventh one."]
    assert not person_tails_cut(texts, texts, drafts)
