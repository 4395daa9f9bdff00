"""The first theme group's head that retells the key points' story goes up to the key points
(engines/en_story_heads.py), read on short texts."""

from __future__ import annotations

from citebrief.engines.en_story_heads import story_head_raised
from citebrief.engines.scored import Draft, Unit
from citebrief.text.tokenize import en_terms

_BOX = " AGE: 27 CLUBS Leeds (2013-): 65 apps, 26 goals York (2009-13): 85 apps, 13 goals"
# (text, paragraph): a striker's coming move, a caption run into a fact box, then his past
_STORY = [
    ("Striker Tom Hale faces his old club on Sunday with a transfer to Porto waiting for him in June.", 1),
    ("Hale spent a loan season at Hull, scoring twice in twenty games.", 1),
    ("At Leeds he has had the best season of his life.", 1),
    ("Hale has scored 19 goals for Leeds this season and could soon join Porto" + _BOX, 2),
    ("Hale grew up in York, where coach Ann Cole trained him with the youth team.", 3),
    ("He left York in 2009, signing for Leeds after a trial under Cole.", 4),
    ("Cole will watch on Sunday when Hale faces York again.", 4),
]


def _units(story: list[tuple[str, int]]) -> list[Unit]:
    return [Unit(k, p, text, en_terms(text), k / len(story), False, None) for k, (text, p) in enumerate(story)]


def _raised(story: list[tuple[str, int]], *groups: list[int]) -> list[list[int]] | None:
    drafts = [Draft(None if n == 0 else n, list(picked)) for n, picked in enumerate(groups)]
    texts = [text.removesuffix(_BOX) for text, _ in story]  # the caption said without its box
    return [d.picked for d in drafts] if story_head_raised(_units(story), texts, drafts) else None


def test_a_first_head_telling_the_key_points_story_goes_up_to_them() -> None:
    assert _raised(_STORY, [0, 1, 2], [3, 4, 5, 6]) == [[0, 1, 2, 3], [4, 5, 6]]


def test_a_head_stays_that_its_group_shares_a_thread_with() -> None:
    # the writer's own sentence, said whole: its run's group may be its home
    whole = [*_STORY[:3], ("Hale has scored 19 goals for Leeds this season and could soon join Porto.", 2), *_STORY[4:]]
    assert _raised(whole, [0, 1, 2], [3, 4, 5, 6]) is None
    # its group names the move too
    porto = [*_STORY[:6], ("Cole will watch on Sunday before Hale goes to Porto.", 4)]
    assert _raised(porto, [0, 1, 2], [3, 4, 5, 6]) is None
    # it shares a word with its group that no key point says ("goals")
    goals = [*_STORY[:6], ("Cole counted his goals for York on Sunday.", 4)]
    assert _raised(goals, [0, 1, 2], [3, 4, 5, 6]) is None


def test_a_head_stays_that_leans_gives_words_or_has_no_room() -> None:
    leaning = [
        *_STORY[:3],
        ("He has scored 19 goals for Leeds this season and could soon join Porto" + _BOX, 2),
        *_STORY[4:],
    ]
    assert _raised(leaning, [0, 1, 2], [3, 4, 5, 6]) is None
    said = [
        *_STORY[:3],
        ("Hale said he has scored 19 goals for Leeds and could soon join Porto" + _BOX, 2),
        *_STORY[4:],
    ]
    assert _raised(said, [0, 1, 2], [3, 4, 5, 6]) is None
    assert _raised(_STORY, [0, 1, 2], [3, 4]) is None  # its group would keep one bullet
    assert _raised(_STORY, [0, 1, 2, 5], [3, 4, 6]) is None  # four key points already
    assert _raised(_STORY, [0, 1, 4], [2, 3, 5, 6]) is None  # not the group's head
