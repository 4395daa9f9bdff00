"""A news item whose lead reports a briefing is about the matter briefed, not one figure it told
(`zh_briefed_topic.briefed_topic`): "退役军人工作高质量发展" of a press conference, not "农村党组织书记总量"."""

from __future__ import annotations

from citebrief.text.zh_briefed_topic import briefed_topic
from conftest import zh_news_brief

PRESS = (
    "国新办28日就全面推进新时代新征程退役军人工作高质量发展有关情况举行新闻发布会，"
    "副部长马飞雄在会上表示，目前，“兵支书”已占农村党组织书记总量的10.5%。"
)
TEXTS = [PRESS, "马飞雄表示，退役军人是党和国家的宝贵财富。"]


def test_a_press_conferences_matter_past_its_push_and_aim() -> None:
    used = {"农村党组织书记总量"}
    assert briefed_topic("农村党组织书记总量", [PRESS], TEXTS, used) == "退役军人工作高质量发展"
    assert used == {"退役军人工作高质量发展"}


def test_released_figures_past_when_and_the_work_under_way() -> None:
    released = "今日最高人民检察院向社会发布2023年1月至6月全国检察机关主要办案数据。"
    assert briefed_topic("民事检察职能", [released], [released], set()) == "全国检察机关主要办案数据"
    work = "连日来，各地和有关部门积极组织力量开展灾后恢复重建工作。"
    assert briefed_topic("防疫消杀", [work], [work], set()) == "灾后恢复重建"


def test_a_subject_inside_the_matter_stands() -> None:
    told = "天津市高级人民法院召开新闻发布会，通报天津法院打击治理电信网络诈骗犯罪工作情况。"
    assert briefed_topic("电信网络诈骗", [told], [told], set()) == ""


def test_no_briefing_a_kind_alone_or_a_taken_matter_leaves_the_subject() -> None:
    assert briefed_topic("道路积水", ["昨天（7月30日），北京遭遇今年以来最大规模降雨。"], TEXTS, set()) == ""
    counted = "据上海海关25日发布的统计数据，今年上半年，上海洋山口岸进口非洲商品总值26.7亿元。"
    assert briefed_topic("通关效率", [counted], [counted], set()) == ""
    assert briefed_topic("农村党组织书记总量", [PRESS], TEXTS, {"退役军人工作高质量发展"}) == ""


def test_work_under_way_is_read_in_the_first_sentence_only() -> None:
    later = "浙江省高级人民法院民四庭庭长表示，该意见引领全省法院高效开展诉调对接工作。"
    assert briefed_topic("涉外商事纠纷", ["记者7日从浙江省高级人民法院获悉。", later], [later], set()) == ""


def test_the_brief_of_a_press_conference_is_titled_by_its_matter() -> None:
    assert zh_news_brief("_L986").groups[0].title == "核心要点：退役军人工作高质量发展"
    assert zh_news_brief("_L945").groups[0].title == "核心要点：全国检察机关主要办案数据"


def test_whose_and_how_many_frame_the_matter_and_a_named_report_is_left() -> None:
    told = "该局8日通报了该市防汛抗旱有关情况。"
    assert briefed_topic("水库", [told], [told], set()) == "防汛抗旱"
    cases = "省纪委监委通报了3起违纪违法典型案例有关情况。"
    assert briefed_topic("公职人员", [cases], [cases], set()) == "违纪违法典型案例"
    named = "中国电力企业联合会发布《2023年全国电力供需形势分析预测报告》。"
    assert briefed_topic("发电装机容量", [named], [named], set()) == ""
