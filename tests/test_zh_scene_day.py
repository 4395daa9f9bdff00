"""A Chinese bullet opening on "那天，……" goes on the story the sentence before set (its people, its
place), even across a paragraph break: that sentence comes in as the bullet before (s223a: a blind
reader of zh-clts 4 met "那天，窗户开着，……南安……跌落" with no day and no 南安 before it)."""

from __future__ import annotations

from citebrief.engines.scored import Draft
from citebrief.engines.scoring import score
from citebrief.engines.zh_leaning_picks import leaning_placed
from citebrief.ingest import document_from_text
from citebrief.text.zh_leaning import TIME, leaning_kind
from citebrief.text.zh_time_anaphor import SCENE, opens_scene, sets_time_for, time_anaphor

_TEXT = (
    "阳台是家中最容易被忽视的地方。很多家长觉得孩子不会爬上去。其实孩子的攀爬能力远超想象。\n\n"
    "6岁女孩小雨住在8楼，家里阳台没有护栏。\n\n"
    "那天，妈妈在厨房做饭，小雨搬来凳子爬上阳台，险些从8楼摔下。邻居及时发现并拉住了她。"
    "专家提醒，家长应为阳台加装护栏。"
)


def test_that_day_is_a_scene_word() -> None:
    assert time_anaphor("那天，妈妈在厨房做饭。") == SCENE and opens_scene("那天，妈妈在厨房做饭。")
    assert leaning_kind("那天，妈妈在厨房做饭，小雨爬上阳台。") == TIME
    assert sets_time_for("那天，妈妈在厨房做饭。", "6岁女孩小雨住在8楼，家里阳台没有护栏。")  # no day named
    assert not opens_scene("当天，妈妈在厨房做饭。") and not opens_scene("这天的阳光很好。")


def test_the_story_before_comes_in_across_the_paragraph_break() -> None:
    scored = score(document_from_text(_TEXT, origin="t", kind="text"), {}, False)[0]
    day = next(i for i, u in enumerate(scored.units) if u.text.startswith("那天"))
    assert scored.units[day - 1].paragraph == scored.units[day].paragraph - 1 and not scored.passages
    drafts = leaning_placed(scored, [Draft(None, [0]), Draft(1, [day, day + 2])], [0, day, day + 2])
    assert drafts[1].picked == [day - 1, day, day + 2]
    assert scored.units[day - 1].text.startswith("6岁女孩小雨")
