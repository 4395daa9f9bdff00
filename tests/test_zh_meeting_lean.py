"""A "会议指出，……" sentence carries the sentence before it that says which meeting was held
(`text.zh_meeting_lean`): zh-news 110's bullet says whose meeting spoke."""

from __future__ import annotations

import pytest

from citebrief.engines.extractive import draft_extractive
from citebrief.ingest import document_from_text
from citebrief.text.zh_meeting_lean import meeting_before


@pytest.mark.parametrize(
    ("text", "before"),
    [
        ("会议指出，要稳步推进城市更新。", "市委常委会近日召开会议。"),
        ("会议强调，要抓好防汛救灾工作。", "省政府8日举行第十二次常务会议，研究部署有关工作。"),
        ("会议分析认为，当前经济运行总体平稳。", "国务院总理主持召开国务院常务会议。"),
        ("会议决定，成立专项工作组。", "某某公司上午召开董事会会议。"),
    ],
)
def test_what_a_meeting_said_after_the_meeting_held(text: str, before: str) -> None:
    assert meeting_before(text, before)


@pytest.mark.parametrize(
    ("text", "before"),
    [
        ("会议指出，要稳步推进城市更新。", "会议传达学习了上级工作会议精神。"),  # the meeting is named before it
        ("会议指出，要稳步推进城市更新。", "今年全市新开工改造项目120个。"),  # no meeting held
        ("与会专家指出，要稳步推进城市更新。", "市委常委会近日召开会议。"),  # not the meeting's words
        ("会议期间，代表们参观了展览。", "市委常委会近日召开会议。"),  # not what it said
        ("会议指出，要稳步推进城市更新。", "召开前，各方征求了意见，会议材料已印发。"),  # no meeting held in one clause
    ],
)
def test_a_sentence_that_stands_on_its_own(text: str, before: str) -> None:
    assert not meeting_before(text, before)


ARTICLE = (
    "本报讯 全市房地产市场上半年保持平稳。新建商品住宅成交面积同比增长百分之五，二手房成交量明显回升。"
    "多个板块成交活跃，市场信心有所恢复。市委常委会近日召开会议。会议指出，要因城施策用好政策工具箱，"
    "更好满足居民刚性和改善性住房需求，促进房地产市场平稳健康发展。业内人士表示，政策优化调整有望继续推出，"
    "利好行业发展。下半年市场有望延续回升态势，成交量将逐步企稳。"
)


def test_the_meeting_goes_with_what_it_said() -> None:
    document = document_from_text(ARTICLE, origin="test", kind="text")
    bullets = [p.text for g in draft_extractive(document).groups for p in g.points]
    said = next(b for b in bullets if "会议指出" in b)
    assert said.startswith("市委常委会近日召开会议。"), said
