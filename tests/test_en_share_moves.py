"""A bullet telling how the company's shares moved, at the edge of a group about something else,
goes up to the key points telling the company's result (engines/en_share_moves.py), read on a
shared article and short texts."""

from __future__ import annotations

from citebrief.engines.en_share_moves import share_moves_raised
from citebrief.engines.scored import Draft, Unit
from citebrief.text.tokenize import en_terms
from conftest import cnndm_groups

# (text, paragraph): a bank's loss, then its former boss, opened by the market's answer
_STORY = [
    ("The bank made a loss of 400 million pounds in the first quarter.", 1),
    ("Its fines for rigging markets grew again this year.", 1),
    ("Investors wiped 700 million pounds off the value of the bank as shares fell 3 per cent.", 2),
    ("The former chief executive Tom Brand was courted by two prime ministers.", 2),
    ("Tom Brand was knighted for services to banking in 2004.", 3),
    ("Brand was stripped of his knighthood in 2012.", 3),
]


def _units(story: list[tuple[str, int]]) -> list[Unit]:
    return [Unit(k, p, text, en_terms(text), k / len(story), False, None) for k, (text, p) in enumerate(story)]


def _raised(story: list[tuple[str, int]], *groups: list[int]) -> list[list[int]] | None:
    drafts = [Draft(None if n == 0 else n, list(picked)) for n, picked in enumerate(groups)]
    texts = [text for text, _ in story]
    return [d.picked for d in drafts] if share_moves_raised(_units(story), texts, drafts) else None


def test_the_share_fall_goes_up_beside_the_banks_loss() -> None:
    # en-cnndm 72: RBS's share fall opened the group titled "Fred Goodwin"
    groups = cnndm_groups(72)
    assert any(text.startswith("The latest news wiped more than") for text in groups[0]), groups
    assert not any("wiped" in text for group in groups[1:] for text in group), groups


def test_a_share_move_at_a_groups_edge_goes_after_the_key_point_before_it() -> None:
    assert _raised(_STORY, [0, 1], [2, 3, 4, 5]) == [[0, 1, 2], [3, 4, 5]]
    late = [*_STORY[:2], *_STORY[3:], _STORY[2]]  # it ends the group
    assert _raised(late, [0, 1], [2, 3, 4, 5]) == [[0, 1, 5], [2, 3, 4]]


def test_a_share_move_stays_without_a_result_a_tie_room_or_its_own_words() -> None:
    # the key points tell no result
    no_result = [("The bank named a new chair on Monday.", 1), *_STORY[1:]]
    assert _raised(no_result, [0, 1], [2, 3, 4, 5]) is None
    # it shares a word with its group ("knighted")
    tied = [*_STORY[:2], ("Shares fell 3 per cent after the former boss was knighted.", 2), *_STORY[3:]]
    assert _raised(tied, [0, 1], [2, 3, 4, 5]) is None
    # no figure, or no share move at all
    vague = [*_STORY[:2], ("Shares fell after the news.", 2), *_STORY[3:]]
    assert _raised(vague, [0, 1], [2, 3, 4, 5]) is None
    # it gives someone's words
    said = [*_STORY[:2], ("Analysts said shares fell 3 per cent.", 2), *_STORY[3:]]
    assert _raised(said, [0, 1], [2, 3, 4, 5]) is None
    # it stands inside its group, its group would keep one, or the key points are full
    assert _raised(_STORY, [0, 1], [3, 2, 4, 5]) is None
    assert _raised(_STORY, [0, 1], [2, 3], [4, 5]) is None
    full = [*_STORY, ("The chair will step down next year.", 4)]
    assert _raised(full, [0, 1, 4, 5], [2, 3, 6]) is None
    assert _raised(full, [0, 1, 4], [2, 3, 6]) == [[0, 1, 2, 4], [3, 6]]
