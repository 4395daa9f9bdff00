"""A section's heading cut to the phrase its group is titled by."""

from __future__ import annotations

import pytest

from citebrief.text.headings import heading_phrase
from conftest import shared_group_titles


@pytest.mark.parametrize(
    ("label", "expected"),
    [
        ("切实做好组织实施", "组织实施"),  # the frame's verb, read as one idiom, is no part of the subject
        ("理顺黄金工业投资渠道", "黄金工业投资渠道"),
        ("全面推行行政执法公示制度", "行政执法公示制度"),
        ("知识产权保护方面", "知识产权保护"),  # "the matter of" left out
        ("加大组织保障力度", "组织保障"),
        ("推动项目过程管理权落实到位", "项目过程管理权"),  # "see it carried out" says what is done with it
        ("加大煤矿安全监管监察工作力度", "煤矿安全监管监察"),  # 工作力度 is one word: left out whole
        ("创建数字智能之城", "数字智能之城"),
        ("牢固树立“安全第一”思想", "安全第一思想"),  # the frame read off the heading without its quotes
        ("多措并举打造“双师型”教师队伍", "双师型教师队伍"),
        ("加强领导，明确职责", "加强领导，明确职责"),  # a short heading's own words stay
        ("逐年扩招，分步实施", "逐年扩招，分步实施"),  # two clauses: no noun phrase to take
        ("打造发展平台", "发展平台"),  # cut to "平台" (发展 read as a lead verb): the frame's object instead
        ("丰富赛事活动", "赛事活动"),  # the tagger reads 丰富 as an adjective
        ("紧扣雄安新区战略定位", "雄安新区战略定位"),
        ("落实各方责任", "各方责任"),  # cut to "责任"
        ("履行政府职能", "政府职能"),
        ("狠抓工作落实", "工作落实"),
        ("保障措施", "保障措施"),
    ],
)
def test_a_heading_is_titled_by_its_subject_without_its_frame(label: str, expected: str) -> None:
    assert heading_phrase(label, "zh") == expected


@pytest.mark.parametrize(
    ("line", "title", "heading"),
    [
        (35, "雄安新区战略定位、北京非首都功能疏解", "紧扣雄安新区战略定位、北京非首都功能疏解"),
        (37, "赛事活动", "丰富赛事活动"),
        (37, "发展平台", "打造发展平台"),
        (7, "各方责任", "落实各方责任"),
        (21, "政府职能", "履行政府职能"),
        (24, "组织实施：国家安全、组织管理、工作落实", "组织实施：维护国家安全、组织管理、狠抓工作落实"),
    ],
)
def test_a_policy_group_is_titled_by_the_noun_its_heading_acts_on(line: int, title: str, heading: str) -> None:
    titles = shared_group_titles("zh-policy.jsonl", line)
    assert title in titles
    assert heading not in titles


def test_a_news_section_is_titled_by_what_it_keeps_safe() -> None:
    # "四是维护金融稳定安全。" opens a report's passage: the theme, not the duty
    titles = shared_group_titles("zh-news.jsonl", 38)
    assert "金融稳定安全" in titles
    assert "维护金融稳定安全" not in titles
