"""A Chinese news overview on the case its lead says was cracked, tried or made public
(`zh_overview_case.lead_case`): "非法采砂案", not "抽吸河砂"; "沈德咏受贿一案", not "司法公信力"."""

from __future__ import annotations

from citebrief.text.zh_overview_case import lead_case
from conftest import shared_group_titles

SAND = "湖南省公安厅召开新闻通气会，对外披露了湘江株洲段古桑洲水域系列非法采砂案的详细案情。"
BRIBE = (
    "宁波市中级人民法院公开宣判十三届全国政协原常委、社会和法制委员会原主任沈德咏受贿一案，"
    "以受贿罪判处被告人沈德咏有期徒刑十五年。"
)


def test_the_case_is_named_back_to_its_series_or_through_its_person() -> None:
    used = {"抽吸河砂"}
    assert lead_case("抽吸河砂", ["在湘江水域，作案团伙擅自抽吸河砂。", SAND], [SAND], used) == "非法采砂案"
    assert used == {"抽吸河砂"}  # the case's words stay free for the groups
    assert lead_case("司法公信力", [BRIBE], [BRIBE], set()) == "沈德咏受贿一案"


def test_a_bare_kind_a_cut_name_or_a_case_holding_the_subject_leaves_the_subject() -> None:
    murder = "上海警方成功侦破一起命案。"
    assert lead_case("物证新技术", [murder], [murder], set()) == ""
    long_case = "北京首起大气领域重点排污单位篡改自动监测数据污染环境案破获。"
    assert lead_case("监测数据", [long_case], [long_case], set()) == ""
    fraud = "上海警方侦破的上海市首例“职业骗薪”诈骗案又有下文。"
    assert lead_case("职业骗薪", [fraud], [fraud], set()) == ""


def test_no_case_where_no_bullet_says_it_or_the_lead_has_no_case() -> None:
    assert lead_case("抽吸河砂", [SAND], ["株洲市公安局出动警力86人。"], set()) == ""
    assert lead_case("案件数量", ["法院审结各类案件3000件。"], ["法院审结各类案件3000件。"], set()) == ""


def test_a_shared_news_piece_on_a_sentence_is_titled_by_its_case() -> None:
    # the group below shows what he is: `zh_name_deed`, read better in paired read 40d
    assert shared_group_titles("zh-news.jsonl", 106)[:2] == ["核心要点：沈德咏受贿一案", "沈德咏：被开除党籍和公职"]


def test_a_bare_kind_dated_by_how_long_ago_it_happened_is_a_cold_case() -> None:
    cold = "上海警方成功侦破一起发生在21年前的命案，两名犯罪嫌疑人全部落网。"
    assert lead_case("物证新技术", [cold], [cold], set()) == "21年前的命案"
    assert lead_case("物证新技术", ["警方侦破一起二十多年前的命案。"], ["警方侦破一起二十多年前的命案。"], set()) == (
        "二十多年前的命案"
    )
    assert lead_case("物证新技术", [cold], ["两名犯罪嫌疑人全部落网。"], set()) == ""  # no bullet says it
    assert lead_case("物证新技术", ["警方侦破一起发生在去年的命案。"], ["警方侦破一起发生在去年的命案。"], set()) == ""


def test_a_shared_news_piece_on_a_cold_case_is_titled_by_it() -> None:
    assert shared_group_titles("zh-news.jsonl", 15)[0] == "核心要点：21年前的命案"
