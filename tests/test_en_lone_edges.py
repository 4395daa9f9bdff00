"""The last bullet of an English brief's last theme group that shares no word with its group but
two with a key point goes up to the key points (engines/en_lone_edges.py), read on shared
articles and short texts."""

from __future__ import annotations

from citebrief.engines.en_lone_edges import lone_edge_raised
from citebrief.engines.scored import Draft, Unit
from citebrief.text.tokenize import en_terms
from conftest import cnndm_groups, shared_groups

# (text, paragraph): a crash and its driver, then the victim's stall
_STORY = [
    ("A trader died when a silver car hit his motorbike at a junction in Dezhou.", 1),
    ("The vehicle sped away from the junction without stopping.", 2),
    ("The trader sold vegetables at the market every morning.", 3),
    ("Leftover vegetables lay in his trailer beside the market road.", 3),
    ("Neighbours remember him handing out vegetables to children.", 4),
    ("The driver of the silver car is under investigation by police.", 5),
]


def _units(story: list[tuple[str, int]]) -> list[Unit]:
    return [Unit(k, p, text, en_terms(text), k / len(story), False, None) for k, (text, p) in enumerate(story)]


def _raised(story: list[tuple[str, int]], *groups: list[int]) -> list[list[int]] | None:
    drafts = [Draft(None if n == 0 else n, list(picked)) for n, picked in enumerate(groups)]
    texts = [text for text, _ in story]
    return [d.picked for d in drafts] if lone_edge_raised(_units(story), texts, drafts) else None


def test_the_last_bullet_of_a_key_points_thread_goes_up_to_them() -> None:
    # en-cnndm 8: the match he will miss and the ban he faces ended the group titled "Stewards"
    groups = cnndm_groups(8)
    assert any(text.startswith("Spahic is expected to miss") for text in groups[0]), groups
    assert all(any("steward" in text for text in group) for group in groups[1:]), groups
    # en-cnndm 40: the silver car's driver ended the group of the victim's vegetable stall
    groups = cnndm_groups(40)
    assert any(text.startswith("The driver in the silver car") for text in groups[0]), groups
    # en-xsum 86: the Gallipoli campaign ended the group of the Westminster Abbey service
    groups = shared_groups("en-xsum.jsonl", 86)
    assert any(text.startswith("The eight-month campaign on the Gallipoli") for text in groups[0]), groups


def test_a_lone_last_bullet_goes_after_the_key_point_before_it() -> None:
    assert _raised(_STORY, [0, 1], [2, 3, 5]) == [[0, 1, 5], [2, 3]]


def test_a_last_bullet_stays_that_shares_a_word_leans_gives_words_or_has_too_few_ties() -> None:
    # it shares a word with its group ("trailer")
    shared = [*_STORY[:5], ("The driver of the silver car with a trailer is under investigation.", 5)]
    assert _raised(shared, [0, 1], [2, 3, 5]) is None
    # it reads on from the sentence before, or gives someone's words
    leaning = [*_STORY[:5], ("He is under investigation for the silver car.", 5)]
    assert _raised(leaning, [0, 1], [2, 3, 5]) is None
    quoted = [*_STORY[:5], ("'The silver car driver is under investigation,' police said.", 5)]
    assert _raised(quoted, [0, 1], [2, 3, 5]) is None
    reported = [*_STORY[:5], ("Police said the driver of the silver car is under investigation.", 5)]
    assert _raised(reported, [0, 1], [2, 3, 5]) is None
    # en-cnndm 68: the shelter director's words of the cat's nursing stay with its nursing
    assert any(text.startswith("The director of the animal shelter said") for text in cnndm_groups(68)[1])
    # one shared word ties by chance
    one_tie = [*_STORY[:5], ("The driver of the red car is under investigation by police.", 5)]
    assert _raised(one_tie, [0, 1], [2, 3, 5]) is None


def test_a_last_bullet_stays_where_its_group_or_the_key_points_have_no_room() -> None:
    assert _raised(_STORY, [0, 1], [3, 5], [2]) is None  # its group would keep one bullet
    assert _raised(_STORY, [0, 1], [2, 3, 4, 5]) is None  # a group of four keeps its thread
    # en-cnndm 37: the parental-rights hearing stays under the group it titles; 38: Toure's goal by the match's
    assert any(text.startswith("The hearing over the potential termination") for text in cnndm_groups(37)[-1])
    assert not any(text.startswith("Another expensive City player") for text in cnndm_groups(38)[0])
    assert _raised(_STORY, [0, 1, 2, 4], [3, 5]) is None
    stalls = [*_STORY[:5], ("Stalls lined the road near his home.", 4), _STORY[5]]
    assert _raised(stalls, [0, 1, 4], [2, 3, 6]) == [[0, 1, 4, 6], [2, 3]]
    assert _raised(stalls, [0, 1, 2, 3], [4, 5, 6]) is None  # four key points already
    # it ends a group before the last one: the group beside it after may take it (`en_edge_ties`)
    vigil = [*_STORY, ("Traders will hold a vigil on Sunday.", 6), ("The vigil starts at noon.", 6)]
    assert _raised(vigil, [0, 1], [2, 3, 5], [6, 7]) is None
