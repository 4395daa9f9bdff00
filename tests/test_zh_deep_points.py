"""A Chinese news overview point from deep in the story goes to the theme group that shares
clearly most of its words, the lead's news staying (engines/zh_deep_points.py, called from
engines/final_groups.py), read on zh-news articles."""

from __future__ import annotations

from citebrief.engines.zh_deep_points import CLEAR, CLEARLY, DEEP_PASSAGE, MAX_GROUP
from conftest import group_opening, shared_groups


def _groups(index: int) -> list[list[str]]:
    return shared_groups("zh-news.jsonl", index)


def test_a_trial_result_goes_to_the_trial_and_the_lead_gives_its_next_sentence() -> None:
    # "所有患者均表现出显著的症状改善" (passage 4) sat above the lead's points; it belongs
    # after "结果发现，47例患者……", and the lead's definition of the disease takes its place
    groups = _groups(12)
    trial = group_opening(groups, "结果发现，47例患者")
    assert any(text.startswith("所有患者均表现出显著的症状改善") for text in trial), groups
    assert not any(text.startswith("所有患者") for text in groups[0]), groups
    assert any(text.startswith("肥厚型梗阻性心肌病(下称“肥心病”)") for text in groups[0]), groups
    assert all(len(group) <= MAX_GROUP for group in groups), groups


def test_the_list_of_musts_joins_the_speakers_who_said_it() -> None:
    # the exchange meeting's "要……" list stays one group; its first "要夯实……" carries the speakers'
    # sentence (s80b, `zh_modal_leans`: no order from no one), and a "要……" after another is no bullet
    groups = _groups(18)
    listed = group_opening(groups, "侨商侨企、外资企业及侨界代表表示")
    assert "。要夯实企业发展基础" in listed[0], groups
    assert any(text.startswith("要充分发挥社会责任") for text in listed), groups
    # zh_edge_subjects (s48) takes the guests line ("参会人员既有……") up to the overview, its third point
    assert groups[0][2].startswith("参会人员既有"), groups


def test_no_stand_in_says_the_overview_figure_again() -> None:
    # the air-quality measure goes to the air-quality group; the lead's "……达到89.6%" would
    # say the first bullet's figure again, so the overview keeps its three others
    groups = _groups(10)
    air = group_opening(groups, "广东省空气质量总体优良")
    assert any(text.startswith("在促进广东省空气质量持续改善的后续举措方面") for text in air), groups
    assert sum("89.6%" in text for text in groups[0]) == 1 and len(groups[0]) == 3, groups


def test_the_lead_news_and_a_point_shared_as_much_stay() -> None:
    # the approval (passage 2, after a quotation) is the news; the endorsement (passage 4)
    # shares about as much with the overview as with the mechanism group, so it stays
    groups = _groups(39)
    assert any(text.startswith("8月16日，全人源抗PCSK9单抗") for text in groups[0]), groups
    assert any(text.startswith("北京大学第一医院心血管内科原主任霍勇表示") for text in groups[0]), groups


def test_a_point_does_not_jump_a_later_group() -> None:
    # "下一步，兴山县将……" (passage 4) would land under the second passage's rescue, the
    # group on the third passage's restored roads after it: it stays
    groups = _groups(45)
    assert any(text.startswith("下一步，兴山县将全力开展抢险救援") for text in groups[0]), groups
    assert 0 < CLEAR < 1 and CLEARLY > 1 and DEEP_PASSAGE > 1


def test_the_forum_theme_joins_its_date_and_an_anecdote_stays() -> None:
    # the 2023 forum's theme (passage 4) sat in the overview apart from its date in a group
    groups = _groups(162)
    forum = group_opening(groups, "2023中国—东盟应急管理国际合作论坛将于12月4日至6日")
    assert any(text.startswith("今年将以安全生产为主题") for text in forum), groups
    # the tourist's graduation trip comes before the boats' group: an anecdote of the intro
    groups = _groups(180)
    assert any(text.startswith("来自甘肃的“00后”宋杰") for text in groups[0]), groups


def test_a_forward_look_stays_in_the_overview() -> None:
    # "下一步，河北将……" shares "项目" with the industrial projects group but closes the story
    groups = _groups(152)
    assert any(text.startswith("下一步，河北将从强化运行监测调度") for text in groups[0]), groups


def test_a_point_that_reads_on_from_a_bullet_joins_its_group() -> None:
    # "当时民警立即顶着烈日……" goes on from "陈某提供的线索为老家的地名——清河乡郑家嘴。",
    # though it shares few words with it: it joins the search for the place name
    groups = _groups(11)
    search = group_opening(groups, "陈某提供的线索为老家的地名")
    assert any(text.startswith("当时民警立即顶着烈日") for text in search), groups
    assert not any(text.startswith("当时民警") for text in groups[0]), groups


def test_a_deep_point_goes_down_once_a_lead_stray_leaves_its_group_room() -> None:
    # zh-news 166: the first torchbearer ("体操奥运冠军邹敬园是……首棒火炬手", passage 4) sat in the overview
    # while its group, the relay's run, held five bullets; `zh_lead_strays` then took the group's lead
    # sentence up, and the deep points are read again: the first runner reads with the relay's start
    overview, *themes = _groups(166)
    assert not any("邹敬园" in text for text in overview)
    (relay,) = [group for group in themes if any("邹敬园" in text for text in group)]
    assert any("火炬传递活动在北京启动" in text for text in relay)
