"""A Chinese news overview on the typical cases its lead says were made public
(`zh_overview_typical.typical_cases`): "违纪违法典型案例", not "违纪违法"."""

from __future__ import annotations

from citebrief.text.zh_overview_typical import typical_cases
from conftest import shared_group_titles

EXPOSED = "近日，山东省纪委监委公开曝光4起黄河流域生态保护和高质量发展领域违纪违法典型案例。"
NOTIFIED = "8日，山西省自然资源厅公开通报3起违法占地典型问题。"


def test_the_kind_the_lead_writes_before_the_head_takes_the_head() -> None:
    assert typical_cases("违纪违法", [EXPOSED], [EXPOSED], {"违纪违法"}) == "违纪违法典型案例"
    assert typical_cases("违法占地", ["旅游公司违法占地……", NOTIFIED], [NOTIFIED], set()) == "违法占地典型问题"


def test_a_subject_not_right_before_the_head_or_no_count_leaves_the_subject() -> None:
    assert typical_cases("黄河流域", [EXPOSED], [EXPOSED], set()) == ""
    court = "天津市高级人民法院通报电信网络诈骗犯罪工作情况，并发布8个典型案例。"
    assert typical_cases("电信网络诈骗", [court], [court], set()) == ""
    assert typical_cases("违纪违法", ["山东省纪委监委查处违纪违法问题。"], [EXPOSED], set()) == ""


def test_no_title_where_no_bullet_says_it_or_a_given_title_holds_it() -> None:
    assert typical_cases("违法占地", [NOTIFIED], ["山西省自然资源厅要求整改。"], set()) == ""
    assert typical_cases("违法占地", [NOTIFIED], [NOTIFIED], {"违法占地", "典型问题"}) == ""


def test_shared_news_pieces_on_published_cases_are_titled_by_them() -> None:
    assert shared_group_titles("zh-news.jsonl", 94)[0] == "核心要点：违纪违法典型案例"
    assert shared_group_titles("zh-news.jsonl", 144)[0] == "核心要点：违法占地典型问题"
