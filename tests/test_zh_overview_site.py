"""An overview subject that is a site or body alone gives way to the event its lead writes
(`zh_overview_site.event_over_site`): "舒兰洪灾", not "金马镇中心小学" it reached."""

from __future__ import annotations

from citebrief.text.zh_overview_site import event_over_site, site_only
from conftest import shared_group_titles

FLOOD = [
    "张海娜的暑假提前结束，她和同事们返回数日前被洪水漫灌的校舍。",
    "金马镇中心小学是此次舒兰洪灾中唯一受到影响的学校。",
]


def test_a_school_alone_gives_way_to_the_disaster_the_lead_names() -> None:
    assert event_over_site("金马镇中心小学", FLOOD) == "舒兰洪灾"


def test_a_body_alone_gives_way_to_its_meeting() -> None:
    lead = ["政协第十四届全国委员会第六次主席会议18日在北京召开。", "王沪宁主持并讲话。"]
    assert event_over_site("政协", lead) == "主席会议"


def test_a_press_conference_or_a_later_event_is_no_subject() -> None:
    told = ["山西省公安厅将优化营商环境列为重点任务。", "在山西省政府新闻办8日举办的新闻发布会上，山西公安介绍。"]
    assert event_over_site("山西公安", told) == "山西公安"
    # only the lead's first sentences: a meeting the third one names is another matter
    later = ["严先生祠再次开启。", "严先生祠始建于唐代。", "次日举办文化论坛大会。"]
    assert event_over_site("严先生祠", later[:2]) == "严先生祠"


def test_a_subject_that_is_no_site_stands() -> None:
    assert not site_only("舒兰洪灾")
    assert site_only("怀宁县清河乡") and site_only("山西公安")
    assert event_over_site("电信网络诈骗", FLOOD) == "电信网络诈骗"


def test_a_shared_article_on_a_flooded_school_is_titled_by_the_flood() -> None:
    # zh-news record 44: the one school the Shulan flood reached, readying to reopen
    assert shared_group_titles("zh-news.jsonl", 44)[0] == "核心要点：舒兰洪灾"
