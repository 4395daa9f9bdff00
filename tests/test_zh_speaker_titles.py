"""A Chinese news group is titled by what its speaker says, not by who speaks (`zh_asides.speaker_only`
after an interview, a post's front in `zh_poor_titles`), nor by a clause cut at its degree adverb
(`zh_degree_tail`)."""

from __future__ import annotations

import pytest

from citebrief.text.zh_asides import speaker_only
from citebrief.text.zh_degree_tail import degree_tail
from citebrief.text.zh_poor_titles import poor_zh_title
from conftest import zh_news_brief

ANALYST = [
    "兴证国际财富管理部策略分析师田勇接受中新社记者采访时表示，港股迎来久违的暴涨行情。",
    "田勇分析称，此重大利好刺激对港股市场形成提振作用。",
    "田勇表示，恒生指数若能克服春节的下降压力线，将有机会上望20200点位。",
]


def test_a_speaker_quoted_after_his_interview_is_only_the_speaker() -> None:
    assert speaker_only("田勇", ANALYST)
    assert not speaker_only("港股", ANALYST)
    donor = ["贺宏达接受采访时是北华大学的一名大三学生。", "贺宏达也说，这很有意义。"]
    assert not speaker_only("贺宏达", donor)  # no verb of saying after the interview's frame


def test_the_front_of_a_post_is_no_title() -> None:
    assert poor_zh_title("国际财富管理部", ANALYST)
    assert poor_zh_title("财富管理部策略", ANALYST)
    assert not poor_zh_title("港股市场", ANALYST)


def test_a_clause_cut_at_its_degree_adverb_is_no_title_but_a_height_is() -> None:
    assert degree_tail("渍涝灾害地区高度", ["“卡努”的风雨影响区域与前期受渍涝灾害地区高度重叠，将加重渍涝"])
    assert not degree_tail("海拔高度", ["青藏高原海拔高度达4000米以上"])
    assert not degree_tail("高度", ["高度重叠"])  # the word alone is another rule's


def _titles(record_id: str) -> list[str]:
    """A zh-news article's group titles as the blind readers read them (raw text)."""
    brief = zh_news_brief(record_id)
    return [g.title for g in brief.groups]


@pytest.mark.parametrize(
    ("record_id", "poor"),
    [
        ("_L441", "田勇"),  # the analyst's three readings of the market
        ("_L731", "渍涝灾害地区高度"),  # of 高度重叠
        ("_L734", "兴山县电信部门"),  # the front "兴山县电信" closed on 部门
    ],
)
def test_the_group_is_titled_by_what_it_says(record_id: str, poor: str) -> None:
    assert poor not in _titles(record_id)
