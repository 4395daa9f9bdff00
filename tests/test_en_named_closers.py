"""The last theme group's closing bullet that the brief ties to nothing but the name its key points
introduce goes up to the key points (engines/en_named_closers.py), read on shared articles and
short texts."""

from __future__ import annotations

from citebrief.engines.en_named_closers import named_closer_raised
from citebrief.engines.scored import Draft, Unit
from citebrief.text.tokenize import en_terms
from conftest import cnndm_groups, group_opening, shared_groups

# (text, paragraph): a golfer's return, his past appearances (no bullet of them naming him), then
# where he warms up
_STORY = [
    ("The golfer said he was relieved, and Paul Casey will play the Masters next week.", 1),
    ("He kept his place in the top fifty of the world rankings on Sunday evening.", 1),
    ("He made eight Masters appearances before missing the tournament in recent years.", 2),
    ("The golfer finished sixth on his Masters debut and led the tournament for a while.", 3),
    ("His putter caused him trouble on the sixth green of that round at Augusta.", 3),
    ("Casey will wrap up his preparation at the Houston Open in Texas.", 4),
]


def _units(story: list[tuple[str, int]]) -> list[Unit]:
    return [Unit(k, p, text, en_terms(text), k / len(story), False, None) for k, (text, p) in enumerate(story)]


def _raised(story: list[tuple[str, int]], *groups: list[int]) -> list[list[int]] | None:
    drafts = [Draft(None if n == 0 else n, list(picked)) for n, picked in enumerate(groups)]
    texts = [text for text, _ in story]
    return [d.picked for d in drafts] if named_closer_raised(_units(story), texts, drafts) else None


def test_a_closer_tied_by_its_person_alone_goes_up_to_the_key_points() -> None:
    # en-xsum 121: the verdict ended the group of the victim's parents' words
    groups = shared_groups("en-xsum.jsonl", 121)
    assert any(text.startswith("Dhillon, 26, denied murder") for text in groups[0]), groups


def test_the_closer_goes_after_the_key_point_before_it() -> None:
    assert _raised(_STORY, [0, 1], [2, 3, 5]) == [[0, 1, 5], [2, 3]]


def test_a_closer_stays_that_shares_more_than_the_name_or_names_no_one_the_key_points_introduce() -> None:
    # it shares a word with its group beside the name ("debut")
    shared = [*_STORY[:5], ("Casey will wrap up his preparation for a debut in Texas.", 4)]
    assert _raised(shared, [0, 1], [2, 3, 5]) is None
    # or with a key point ("rankings")
    ranked = [*_STORY[:5], ("Casey will wrap up his preparation with the rankings in Texas.", 4)]
    assert _raised(ranked, [0, 1], [2, 3, 5]) is None
    # its opening words name no one a key point names past its first word ("Paul Casey")
    other = [*_STORY[:5], ("Organisers will wrap up the preparation at the Houston Open.", 4)]
    assert _raised(other, [0, 1], [2, 3, 5]) is None
    # en-cnndm 88: the Houston Open stays where its group's relief quote names Casey too (its
    # second "Casey" gives the group its title, "Casey's Masters Appearances")
    other_named = [*_STORY[:2], ("Casey said he was relieved after eight Masters appearances.", 2), *_STORY[3:]]
    assert _raised(other_named, [0, 1], [2, 3, 5]) is None


def test_a_closer_saying_it_stays_with_what_it_answers() -> None:
    """en-cnndm 199: "At least Britt McHenry owns up to it" answers its group's closing argument;
    among the key points its "it" points at nothing (a blind reader's verdict)."""
    assert "At least Britt McHenry owns up to it." in cnndm_groups(199)[-1]
    pointing = [*_STORY[:5], ("Casey will wrap it up at the Houston Open.", 4)]
    assert _raised(pointing, [0, 1], [2, 3, 5]) is None
    masters = group_opening(cnndm_groups(88), "‘I was very relieved")
    assert masters[-1].startswith("Casey will wrap up his preparation"), masters
    # en-cnndm 2: Adeli's prevention order shares "sexual" with a key point and stays with his jailing
    assert any(
        text.startswith("Adeli, who has lodged an appeal") for text in group_opening(cnndm_groups(2), "On Wednesday")
    )


def test_a_closer_stays_that_goes_on_with_its_paragraph_leans_or_gives_words() -> None:
    # the same paragraph as the bullet before it: it goes on with that bullet's thread
    same = [*_STORY[:5], (_STORY[5][0], 3)]
    assert _raised(same, [0, 1], [2, 3, 5]) is None
    # en-cnndm 196: Fowler's praise after the girlfriend's reply, both of one paragraph
    assert any(text.startswith("Fowler received") for text in group_opening(cnndm_groups(196), "It wasn't long"))
    leaning = [*_STORY[:5], ("He will wrap up his preparation at the Houston Open, Casey said.", 4)]
    assert _raised(leaning, [0, 1], [2, 3, 5]) is None
    quoted = [*_STORY[:5], ("Casey: 'I will wrap up my preparation at the Houston Open.'", 4)]
    assert _raised(quoted, [0, 1], [2, 3, 5]) is None


def test_a_closer_stays_where_its_group_or_the_key_points_have_no_room() -> None:
    assert _raised(_STORY, [0, 1], [3, 5], [2, 4]) is None  # its group would keep one bullet
    longer = [*_STORY[:5], ("The greens at Augusta were quick that year.", 3), (_STORY[5][0], 4)]
    assert _raised(longer, [0, 1, 2], [3, 4, 6], [5]) == [[0, 1, 2, 6], [3, 4], [5]]
    assert _raised(longer, [0, 1, 2, 3], [4, 5, 6]) is None  # four key points already
    assert _raised(_STORY, [0], [1, 2, 3, 4], [5]) is None  # the last group holds it alone
    # it ends a group before the last one
    later = [*_STORY, ("The weather forecast for the week looks dry.", 5)]
    assert _raised(later, [0, 1], [2, 3, 5], [4, 6]) is None
