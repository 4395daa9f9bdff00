"""A Chinese news overview on the meeting or campaign its lead says an organ held
(`zh_overview_held`): "上半年发展改革形势通报会", not "发展改革"; "夏季交通安全整治行动", not
"交通违法"."""

from __future__ import annotations

from citebrief.text.zh_overview_held import held_event
from conftest import shared_group_titles

BRIEFING = "国家发展改革委昨天（7月30日）举行上半年发展改革形势通报会。"
SITTING = "政协第十四届全国委员会第六次主席会议18日在北京召开。"
CAMPAIGN = "市交管局与周边各省区市交管部门近日联合开展夏季交通安全整治行动区域会战，共查处交通违法5000余起。"


def test_the_host_the_kind_or_a_word_of_the_name_gives_way_to_the_event() -> None:
    assert held_event("发展改革", [BRIEFING], [BRIEFING], set()) == "上半年发展改革形势通报会"
    assert held_event("国家发展改革委", [BRIEFING], [BRIEFING], set()) == "上半年发展改革形势通报会"
    assert held_event("交通违法", [CAMPAIGN], [CAMPAIGN], set()) == "夏季交通安全整治行动"
    work = "8月3日，中国人民银行上海总部召开2023年下半年工作会议（以下简称“会议”）。"
    assert held_event("工作会议", [work], [work], set()) == "2023年下半年工作会议"
    response = "记者10日从中国应急管理部获悉，国家防总针对辽宁、山东启动防汛防台风四级应急响应。"
    assert held_event("防汛防台风", [response], [response], set()) == "防汛防台风四级应急响应"


def test_a_sitting_named_first_is_shown_but_a_long_name_is_not_cut() -> None:
    flood = "全省防汛工作会议8日在石家庄召开。"
    assert held_event("防汛工作", [flood], [flood], set()) == "全省防汛工作会议"
    assert held_event("全国政协", [SITTING], [SITTING], set()) == ""  # 18 characters; no organ spliced on
    long_forum = "中国社会工作联合会在北京召开应急与灾害社会工作委员会成立大会。"
    assert held_event("中国社会工作联合会", [long_forum], [long_forum], set()) == ""  # 14 characters, no ordinal


def test_a_press_conference_a_source_or_an_unrelated_subject_leaves_the_subject() -> None:
    press = "天津市高级人民法院召开新闻发布会，通报天津法院打击治理电信网络诈骗犯罪工作情况。"
    assert held_event("天津市高级人民法院", [press], [press], set()) == ""
    heard = "记者27日从司法部召开的律师行业对口帮扶推进会获悉，司法部将建立健全帮扶机制。"
    assert held_event("司法部", [heard], [heard], set()) == ""
    assert held_event("暴雨预警", [BRIEFING], [BRIEFING], set()) == ""
    assert held_event("发展改革", [BRIEFING], ["会议提出了六方面任务。"], set()) == ""  # no bullet says it
    assert held_event("发展改革", [BRIEFING], [BRIEFING], {"上半年发展改革形势通报会"}) == ""
    bare = "中共中央政治局7月24日召开会议，分析研究当前经济形势。"
    assert held_event("中共中央政治局", [bare], [bare], set()) == ""


def test_shared_news_pieces_are_titled_by_the_meeting_their_organ_held() -> None:
    assert shared_group_titles("zh-news.jsonl", 38)[0] == "核心要点：2023年下半年工作会议"
    assert shared_group_titles("zh-news.jsonl", 186)[0] == "核心要点：上半年发展改革形势通报会"
