"""A small English theme group that the next group goes straight on from joins that group
(engines/en_forward_joins.py), read on en-cnndm articles and short texts."""

from __future__ import annotations

from citebrief.engines.en_forward_joins import join_forward
from citebrief.engines.scored import Draft, Unit
from conftest import cnndm_groups, group_opening


def test_the_judges_words_join_the_jailing() -> None:
    # the jailing (two bullets) and the judge's words at the sentencing were two groups
    groups = cnndm_groups(69)
    jailing = group_opening(groups, "Cotterill, of Oldbury, was jailed")
    assert any(text.startswith("District Judge David Robinson said") for text in jailing), groups
    assert len(jailing) == 5 and len(groups) == 3, groups


TEXTS = [
    "A man who harassed his former partner has been jailed.",  # 0: overview
    "John Smith, 40, sent her abusive messages for months.",  # 1
    "He set up dozens of profiles to reach her.",  # 2
    "Smith was jailed for 12 weeks at Leeds Crown Court.",  # 3
    "He was also banned from contacting her.",  # 4
    "Judge Mary Jones said: 'You used your power over her.'",  # 5
    "'You left her afraid to go out.'",  # 6
    "Meanwhile, police said the case was one of many.",  # 7
    "The charity Refuge runs a helpline.",  # 8
    "Its workers answer calls at night.",  # 9
]


def _units(texts: list[str]) -> list[Unit]:
    return [Unit(i, 1 + i // 3, text, [], i / len(texts), False, None) for i, text in enumerate(texts)]


def _drafts(*groups: list[int]) -> list[Draft]:
    return [Draft(None if n == 0 else n, list(picked)) for n, picked in enumerate(groups)]


def test_a_small_group_the_next_goes_on_from_joins_it() -> None:
    drafts = _drafts([0], [1, 2], [3, 4], [5, 6], [8, 9])
    assert join_forward(_units(TEXTS), TEXTS, drafts)
    assert [d.picked for d in drafts] == [[0], [1, 2], [3, 4, 5, 6], [8, 9]]


def test_a_small_group_stays_where_the_next_turns_skips_is_full_or_too_few_groups_stay() -> None:
    units = _units(TEXTS)
    assert not join_forward(units, TEXTS, _drafts([0], [1, 2], [3, 4], [7, 8, 9]))  # "Meanwhile, ..."
    assert not join_forward(units, TEXTS, _drafts([0], [1, 2], [3], [5, 6], [8, 9]))  # a sentence between
    assert not join_forward(units, TEXTS, _drafts([0], [1, 2], [3, 4], [5, 6, 7, 8]))  # six together
    assert not join_forward(units, TEXTS, _drafts([0], [3, 4], [5, 6]))  # one theme group would be left
    plain = [*TEXTS[:5], "The court sat for two days.", *TEXTS[6:]]  # neither reads on nor reports words
    assert not join_forward(_units(plain), plain, _drafts([0], [1, 2], [3, 4], [5, 6], [8, 9]))
