"""A Chinese news sentence opening on frames and then an action with no subject ("以……为重点，对接……")
carries the sentence before it that names who acts and when (`engines/zh_frame_leans.py`,
`text/zh_frame_subject.py`); a heading glued before "根据" never holds "由" (`segment`)."""

from __future__ import annotations

import pytest

from citebrief.engines.zh_frame_leans import frame_leans
from citebrief.segment import sentence_spans
from citebrief.text.data_files import rows_by_kind
from citebrief.text.zh_frame_subject import framed_subjectless
from conftest import shared_groups

PLAN = "下半年，该省将以路径创新为重点，持续打好组合拳，稳住外贸基本盘。"
FRAMED = "以制度创新为重点，以开放平台为主战场，对接国际高标准经贸规则，提高制度创新水平。"


def test_frames_then_an_action_have_no_subject() -> None:
    assert framed_subjectless(FRAMED)
    assert framed_subjectless("同时以产业链招商为重点，千方百计招引一批外资大项目，确保实际使用外资突破200亿美元。")
    assert framed_subjectless("聚焦生命健康等民生领域，起诉侵犯知识产权犯罪401人。")


def test_frames_then_a_subject_stand_alone() -> None:
    assert not framed_subjectless("根据最新数据，全区人均体育场地面积已达到2.61平方米。")
    assert not framed_subjectless("围绕打好三大保卫战目标任务，公安机关紧盯污染犯罪活动。")
    assert not framed_subjectless("根据台电官网信息，截至27日上午9时，全岛停电户数46342户。")  # a time frame, then 全岛
    assert not framed_subjectless(PLAN)  # no frame at its start


def test_openers_table_has_its_kinds() -> None:
    table = rows_by_kind("zh_frame_openers.tsv")
    assert set(table) == {"frame", "lead", "opening", "not_action"}
    assert "根据" in table["frame"] and "同时" in table["lead"] and "v" in table["opening"]


_ACTION = "聚焦民生领域，起诉侵犯知识产权犯罪。"  # frames, then an action: subjectless


@pytest.mark.parametrize("word", rows_by_kind("zh_frame_openers.tsv")["not_action"])
def test_each_not_action_word_after_the_frames_is_no_subjectless_action(word: str) -> None:
    assert framed_subjectless(_ACTION)
    assert not framed_subjectless(_ACTION.replace("，", f"，{word}"))


def test_a_framed_sentence_carries_the_setting_before_it() -> None:
    texts = [PLAN, FRAMED, "另起一段的话。", FRAMED]
    trimmed = list(texts)
    left = frame_leans(texts, [1, 1, 2, 3], trimmed, [0, 1, 2, 3], set())
    assert trimmed[1] == PLAN + FRAMED  # who acts and when, before what is to be done
    assert left == {3}  # first in its paragraph: nothing to carry, it weighs as a dangling bullet


def test_a_held_or_overlong_pair_is_left() -> None:
    texts = [PLAN * 4, FRAMED]  # the sentence before is no short setting, and the two overrun a bullet
    trimmed = list(texts)
    assert frame_leans(texts, [1, 1], trimmed, [0, 1], set()) == {1}
    assert trimmed[1] == FRAMED
    assert frame_leans([PLAN, FRAMED], [1, 1], [PLAN, FRAMED], [0, 1], {1}) == set()  # lean_on_previous's


def test_second_half_plan_says_who_and_when() -> None:
    """zh-news 199: a blind reader read the framed plan, alone among first-half results, as a result."""
    bullets = [text for group in shared_groups("zh-news.jsonl", 199) for text in group]
    assert not any(text.startswith("以制度创新") for text in bullets)
    assert any(text.startswith("下半年，浙江将以路径创新") and "以制度创新" in text for text in bullets)


def test_an_agent_before_genju_is_no_glued_heading() -> None:
    text = "《聆听某某》由作曲家张三根据某某《良宵》《空山鸟语》等器乐作品创作，饱含对中国音乐发展来路的敬意。"
    assert [text[a:b] for a, b in sentence_spans(text, "zh")] == [text]


def test_work_and_composer_stay_in_one_bullet() -> None:
    """zh-news 128: "根据……创作，饱含……" alone named neither the work nor its composer."""
    bullets = [text for group in shared_groups("zh-news.jsonl", 128) for text in group]
    assert not any(text.startswith("根据刘天华") for text in bullets)
    assert any(text.startswith("《聆听刘天华》由作曲家邹野根据") for text in bullets)


def test_a_short_setting_is_carried_past_a_whole_sentence_length() -> None:
    """zh-news 199's pair runs to 158 characters: a setting of 60 or fewer lets it run to 200."""
    long_framed = FRAMED[:-1] + "，" + FRAMED[:-1] + "，" + FRAMED
    assert 150 < len(PLAN + long_framed) <= 200
    trimmed = [PLAN, long_framed]
    assert frame_leans([PLAN, long_framed], [1, 1], trimmed, [0, 1], set()) == set()
    assert trimmed[1] == PLAN + long_framed
