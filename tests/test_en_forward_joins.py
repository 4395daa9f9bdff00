"""An English group of two joins the group after it where that group is a new voice's words on it
(engines/en_forward_joins.py), read on en-cnndm articles and short texts."""

from __future__ import annotations

from citebrief.engines.en_forward_joins import join_forward
from citebrief.engines.scored import Draft
from conftest import cnndm_groups, group_opening


def test_a_judges_words_at_the_sentencing_join_the_jailing() -> None:
    # en-cnndm 69: the jailing pair and the judge's three lines right after it were two groups,
    # the second titled "David Robinson"; one strand, one group of five
    groups = cnndm_groups(69)
    jailing = group_opening(groups, "Cotterill, of Oldbury, was jailed")
    assert any(text.startswith("District Judge David Robinson said") for text in jailing), groups
    # the judge's line names him too (s280g: each bullet is read alone)
    assert any(text.startswith("[District Judge David Robinson said:] 'You used the power") for text in jailing), groups
    assert len(jailing) == 5 and len(groups) == 3, groups


def test_a_quotation_left_open_takes_its_end_where_the_groups_are_too_big_to_join() -> None:
    # en-cnndm 53: the fax's words ("It read: 'Tom and Katie, ..." | "The trek was difficult ...")
    # were cut between two groups; the group after holds four, so only the words' end moves
    groups = cnndm_groups(53)
    fax = group_opening(groups, "Days before her death, Mrs Hargreaves sent a fax")
    assert len(fax) == 3 and "The trek was difficult" in fax[2] and len(groups) == 4, groups
    assert group_opening(groups, "Attached was a drawing")[0].startswith("Attached"), groups


def _drafts(*groups: list[int]) -> list[Draft]:
    return [Draft(None if n == 0 else n, list(picked)) for n, picked in enumerate(groups)]


SENTENCES = [
    "A man who stalked his former partner has been jailed.",  # 0: overview
    "John Smith, 40, sent her hundreds of messages.",  # 1
    "He set up fake profiles to reach her.",  # 2
    "He was also seen outside her house.",  # 3
    "Smith was jailed for 12 weeks at Leeds Crown Court.",  # 4
    "He was also banned from contacting her.",  # 5
    "Judge Mary Jones said: 'You made her life a misery.'",  # 6
    "'You used every means you had to reach her.'",  # 7
    "'This court will not tolerate it.'",  # 8
    "'It stops today.'",  # 9
    "Smith's lawyer said he would appeal.",  # 10
]


def test_a_pair_joins_the_new_voice_speaking_on_it_right_after() -> None:
    drafts = _drafts([0], [1, 2, 3], [4, 5], [6, 7, 8])
    assert join_forward(SENTENCES, drafts)
    assert [d.picked for d in drafts] == [[0], [1, 2, 3], [4, 5, 6, 7, 8]]


def test_a_pair_takes_the_end_of_the_words_it_left_open_only() -> None:
    sentences = [*SENTENCES[:6], "Judge Mary Jones said: 'You made her life a misery.", "You will not do so again.'"]
    sentences += ["The judge added: 'This court will not tolerate it.'", "'It stops today.'", "He was led away."]
    drafts = _drafts([0], [1, 2, 3], [5, 6], [7, 8, 9, 10])  # six together: too big to join
    assert join_forward(sentences, drafts)
    assert [d.picked for d in drafts] == [[0], [1, 2, 3], [5, 6, 7], [8, 9, 10]]
    closed = [*sentences[:6], "Judge Mary Jones said: 'You made her life a misery.'", *sentences[7:]]
    assert not join_forward(closed, _drafts([0], [1, 2, 3], [5, 6], [7, 8, 9, 10]))  # the words end before
    assert not join_forward(sentences, _drafts([0], [1, 2, 3], [5, 6], [7, 8]))  # within five: no new voice


def test_a_pair_stays_where_the_words_are_its_own_persons_not_next_or_not_one_voice() -> None:
    own = [*SENTENCES[:6], "Smith said: 'I am sorry for what I did.'", *SENTENCES[7:]]
    assert not join_forward(own, _drafts([0], [1, 2, 3], [4, 5], [6, 7, 8]))  # Smith's own words
    assert not join_forward(SENTENCES, _drafts([0], [1, 2, 3], [4, 5], [6, 7, 10]))  # a lawyer after the quotes
    assert not join_forward(SENTENCES, _drafts([0], [1, 2], [3, 4], [6, 7, 8]))  # not the very next sentence
    assert not join_forward(SENTENCES, _drafts([0], [1, 2], [3, 4, 5], [6, 7, 8]))  # a group of three is no pair
    assert not join_forward(SENTENCES, _drafts([0], [4, 5], [6, 7, 8]))  # one theme group would be left
    assert not join_forward(SENTENCES, _drafts([0], [1, 2, 3], [4, 5], [6, 7, 8, 9]))  # six: five at most
    turning = [*SENTENCES[:6], "Meanwhile, Judge Mary Jones said: 'You made her life a misery.'", *SENTENCES[7:]]
    assert not join_forward(turning, _drafts([0], [1, 2, 3], [4, 5], [6, 7, 8]))
