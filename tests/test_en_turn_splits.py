"""An English group's last aside that turns to someone new stands as a group of its own
(engines/en_turn_splits.py), read on en-cnndm articles and short texts."""

from __future__ import annotations

from citebrief.engines.en_turn_splits import turns_parted
from citebrief.engines.scored import Draft
from conftest import cnndm_groups, group_opening, shared_group_titles

_PREVIEW = [
    "Carlo Ancelotti hailed Diego Simeone as one of the best coaches before the Champions League clash.",
    "Real Madrid travel to the Vicente Calderon for the first leg on Tuesday.",
    "Welsh attacker Gareth Bale is set to return to the first team.",
    "'But Bale is at 100 per cent.'",
    "'Bale had a fantastic season last time and scored in both finals,' he added.",
    "Meanwhile, Atletico's Croatia forward Mario Mandzukic has recovered from an ankle problem and is set to play.",
]


def _drafts(*groups: list[int]) -> list[Draft]:
    return [Draft(None if n == 0 else n, list(picked)) for n, picked in enumerate(groups)]


def test_mandzukic_after_bale_is_a_group_of_his_own() -> None:
    # "Meanwhile, Atletico's ... Mandzukic ..." closed the group of Bale's return (readers: misfiled)
    groups = cnndm_groups(39)
    bale = group_opening(groups, "'But Bale is at 100 per cent")
    assert not any("Mandzukic" in text for text in bale), groups
    # s50h: the turn heading its group is dropped (en_turn_words.without_thread_turn); the test still guards the group
    assert groups[-1] == [next(t for g in groups for t in g if t.startswith("Atletico’s Croatia forward"))], groups


def test_the_aside_leaves_its_group() -> None:
    drafts = _drafts([0, 1], [2, 3, 4, 5])
    assert turns_parted(_PREVIEW, _PREVIEW, drafts) == 1
    assert [d.picked for d in drafts] == [[0, 1], [2, 3, 4], [5]]


def test_an_aside_stays_where_it_goes_on_with_its_group_or_the_next() -> None:
    # a place, not a person: the comparison goes on ("residents of North Lanarkshire ...")
    texts = [*_PREVIEW[:5], "Meanwhile, residents of North Lanarkshire were the most likely to report wasps."]
    assert not turns_parted(texts, texts, _drafts([0, 1], [2, 3, 4, 5]))
    # it names whom its group names
    texts = [*_PREVIEW[:5], "Meanwhile, Atletico's Mario Mandzukic said Bale would be a threat."]
    assert not turns_parted(texts, texts, _drafts([0, 1], [2, 3, 4, 5]))
    # the next group goes on with the person ("She told the Independent ...")
    texts = [*_PREVIEW, "He said he was ready."]
    drafts = _drafts([0, 1], [2, 3, 4, 5], [6])
    assert not turns_parted(texts, texts, drafts)
    # no turn word, or a group that would keep one bullet, or four theme groups already
    texts = [*_PREVIEW[:5], _PREVIEW[5].removeprefix("Meanwhile, ")]
    assert not turns_parted(texts, texts, _drafts([0, 1], [2, 3, 4, 5]))
    assert not turns_parted(_PREVIEW, _PREVIEW, _drafts([0, 1, 2, 3], [4, 5]))
    texts = [*_PREVIEW, "A.", "B.", "C."]
    assert not turns_parted(texts, texts, _drafts([0], [1], [2, 3, 4, 5], [6], [7, 8]))


_ROUNDUP = [
    "Aritz Aduriz denied his old team victory with a last-gasp equaliser for Athletic Bilbao.",
    "Aduriz pounced in the 90th minute to secure a 1-1 draw.",
    "Getafe moved 10 points clear of the bottom three by edging to a 1-0 win at struggling Elche.",
    "Fredy Hinestroza scored the only goal of the game in a rare attack for Getafe.",
    "Elsewhere, Espanyol extended Villarreal's winless streak as Felipe Caicedo handed the Catalans a 3-0 win.",
    "Asenjo had a night to forget as he spilled Sergio Garcia's cross to complete Villarreal's misery.",
]


def test_a_round_up_turning_mid_group_is_two_groups() -> None:
    # Getafe's win, then "Elsewhere, Espanyol ..." and Asenjo's error, were all under "Getafe"
    groups = cnndm_groups(61)
    getafe = group_opening(groups, "Getafe bolstered their hopes")
    assert len(getafe) == 2, groups
    # s50h: the turn heading its group is dropped (en_turn_words.without_thread_turn); the test still guards the group
    espanyol = group_opening(groups, "Espanyol extended")
    assert espanyol[-1].startswith("Asenjo had a night to forget"), groups
    assert shared_group_titles("en-cnndm.jsonl", 61)[1:] == ["Getafe", "Espanyol"]


def test_a_mid_group_turn_cuts_where_it_tells_another_thread_whole() -> None:
    drafts = _drafts([0, 1], [2, 3, 4, 5])
    assert turns_parted(_ROUNDUP, _ROUNDUP, drafts) == 1
    assert [(d.picked, d.title) for d in drafts[1:]] == [([2, 3], "Getafe"), ([4, 5], "Espanyol")]
    # the part after the turn names whom the part before names: one thread
    texts = [*_ROUNDUP[:5], "Asenjo's error came as Getafe's fans looked on."]
    assert not turns_parted(texts, texts, _drafts([0, 1], [2, 3, 4, 5]))
    # the group keeps one bullet before the turn, or the turn opens on no name of its own
    assert not turns_parted(_ROUNDUP, _ROUNDUP, _drafts([0, 1, 2], [3, 4, 5]))
    texts = [*_ROUNDUP[:4], "Elsewhere, the visitors extended the winless streak to six games.", _ROUNDUP[5]]
    assert not turns_parted(texts, texts, _drafts([0, 1], [2, 3, 4, 5]))
