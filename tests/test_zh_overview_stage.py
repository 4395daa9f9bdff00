"""A Chinese news overview on the stage its lead says the work turned to
(`zh_overview_stage.lead_stage`): "灾后恢复重建", not "农业生产", one field of it."""

from __future__ import annotations

from citebrief.text.zh_overview_stage import lead_stage
from conftest import shared_group_titles

TURNED = "目前，东北地区遭遇洪涝灾害的地区工作重点也已转向灾后恢复重建阶段。"


def test_the_stage_the_first_sentence_says_the_work_turned_to() -> None:
    assert lead_stage("农业生产", [TURNED, "8月正是农业生产的关键期。"], [TURNED], set()) == "灾后恢复重建"


def test_a_new_stage_a_stage_holding_the_subject_or_one_no_bullet_says_leaves_the_subject() -> None:
    new = "我国经济已进入新的发展阶段。"
    assert lead_stage("高质量发展", [new], [new], set()) == ""
    assert lead_stage("恢复重建", [TURNED], [TURNED], set()) == ""
    assert lead_stage("农业生产", [TURNED], ["8月正是农业生产的关键期。"], set()) == ""
    assert lead_stage("农业生产", ["8月正是农业生产的关键期。", TURNED], [TURNED], set()) == ""  # not the lead's own
    assert lead_stage("农业生产", [TURNED], [TURNED], {"灾后恢复重建"}) == ""


def test_a_shared_news_piece_on_recovery_after_floods_is_titled_by_its_stage() -> None:
    assert shared_group_titles("zh-news.jsonl", 145)[0] == "核心要点：灾后恢复重建"
