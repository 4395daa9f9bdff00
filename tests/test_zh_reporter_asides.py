"""zh_reporter_asides: the reporter inside a Chinese news sentence goes; the sentence reads whole."""

from __future__ import annotations

import pytest

from citebrief.engines.zh_reporter_drops import reporter_leads_dropped
from citebrief.model import Point
from citebrief.text.data_files import rows_by_kind
from citebrief.text.zh_reporter_asides import without_reporter_asides


@pytest.mark.parametrize(
    ("said", "plain"),
    [
        (  # seeing, after a place (zh-news 22)
            "在北京南分洪重要设施，北京凉水河分洪道闸现场，记者看到分洪河道水流湍急，但并未达到标识的警戒线。",
            "在北京南分洪重要设施，北京凉水河分洪道闸现场，分洪河道水流湍急，但并未达到标识的警戒线。",
        ),
        (  # seeing, after the source (zh-news 22)
            "北京市交通委介绍，记者看到当前道路交通分指各单位各部门防汛力量全部在岗在位。",
            "北京市交通委介绍，当前道路交通分指各单位各部门防汛力量全部在岗在位。",
        ),
        (  # knowing (zh-news 22)
            "根据记者的了解，当前北京雨势总体平稳，但预计降雨持续时间将超过70小时。",
            "当前北京雨势总体平稳，但预计降雨持续时间将超过70小时。",
        ),
        (  # being told, after a quotation (zh-news 47)
            "“该机组并网发电运行近一个月来，各项指标都符合预期。”电力运行部经理王建波向记者介绍。",
            "“该机组并网发电运行近一个月来，各项指标都符合预期。”电力运行部经理王建波介绍。",
        ),
        (  # being told, before what was said (zh-news 91)
            "刘明告诉记者，曾有位大爷带着哭腔来到卫生院。",
            "刘明说，曾有位大爷带着哭腔来到卫生院。",
        ),
    ],
)
def test_the_aside_goes(said: str, plain: str) -> None:
    assert without_reporter_asides(said) == plain


@pytest.mark.parametrize(
    "said",
    [
        "近日，记者来到三峡集团福建海上风电场，看到了这引人瞩目的海上“擎天柱”。",  # the visit is the sentence
        "记者看到，“小小非遗传承人课堂”吸引了10组家庭参加。",  # opens the sentence: not an aside after a comma
        "王爱立当日在就该修正案草案回答记者提问时表示，需要进一步发挥刑法的重要作用。",  # the occasion, not the telling
        "全市平均雨量可能达到250毫米。",  # no reporter
    ],
)
def test_the_sentence_stays(said: str) -> None:
    assert without_reporter_asides(said) == said


def test_every_row_says_what_the_aside_becomes() -> None:
    kinds = rows_by_kind("zh_reporter_asides.tsv")
    assert set(kinds) == {"-", "说"}  # dropped, or the speaker "说"
    for patterns in kinds.values():
        for pattern in patterns:
            assert "记者" in pattern, pattern


def test_the_finished_bullets_lose_the_aside() -> None:
    seen = "在揭幕仪式现场，记者看到国家级非物质文化遗产蔡李佛拳在西关荔枝湾上演，吸引了不少市民游客驻足观看。"
    points = [[Point(text=seen, citations=[1])]]
    reporter_leads_dropped(points)
    assert points[0][0].text == seen.replace("记者看到", "")
    assert points[0][0].citations == [1]
