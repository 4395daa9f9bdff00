"""A Chinese news overview on what its lead says a place or a body did (`zh_lead_deed`):
"洪水防御应急响应", not "海河流域"; "全民健身系列活动", not "中国体育彩票" that organised it;
"法治化营商环境", not "山西公安" that made it a task."""

from __future__ import annotations

from citebrief.text.zh_lead_deed import lead_deed
from conftest import shared_group_titles

RESPONSE = "水利部于7月30日12时将针对北京、天津、河北的洪水防御应急响应提升至Ⅱ级，并发出通知。"
CLEAN_UP = "接下来，该省将完成珠江口海域入海排污口排查，多举措推进珠江口海域综合治理。"
ORGANISED = "由中国体育彩票发起的主题为“迈开步 动出彩”全民健身系列活动正在全国各地展开。"


def test_a_place_or_a_body_gives_way_to_the_deed_the_lead_reports() -> None:
    assert lead_deed("海河流域", ["本报北京7月30日电（记者陈晨）", RESPONSE], [RESPONSE], set()) == "洪水防御应急响应"
    # past the governing verb and the words before it ("多举措推进|")
    assert lead_deed("珠江口海域", [CLEAN_UP], [CLEAN_UP], set()) == "珠江口海域综合治理"
    reform = "山西公安聚焦提升服务，深化公安行政管理改革，着力解决一批问题。"
    assert lead_deed("山西公安", [reform], [reform], set()) == "公安行政管理改革"


def test_what_a_body_lists_as_its_task_is_its_deed() -> None:
    listed = "山西省公安厅将优化法治化营商环境列为2023年公安工作六项重点任务之一。"
    assert lead_deed("山西公安", [listed], [listed], set()) == "法治化营商环境"  # past the verb (优化)
    assert lead_deed("重点任务", [listed], [listed], set()) == ""  # no place, no body
    ranked = "“杜苏芮”与1980年登陆福建的台风Percy并列为1949年以来登陆福建的第二强台风。"
    assert lead_deed("福建地区", [ranked], [ranked], set()) == ""  # "并列为" lists no task


def test_the_organiser_gives_way_to_what_it_organised() -> None:
    assert lead_deed("中国体育彩票", [ORGANISED], [ORGANISED], set()) == "全民健身系列活动"
    # no organiser, no place, no body: a topic stands ("全民健身" is what the campaign is about)
    assert lead_deed("全民健身", [ORGANISED], [ORGANISED], set()) == ""


def test_the_subject_stands_where_no_deed_fits() -> None:
    assert lead_deed("海河流域", [RESPONSE], ["受降雨影响，海河流域出现强降雨。"], set()) == ""  # no bullet says it
    assert lead_deed("海河流域", [RESPONSE], [RESPONSE], {"洪水防御应急响应"}) == ""  # a group has it
    assert lead_deed("专项行动", [RESPONSE], [RESPONSE], set()) == ""  # an event already
    raised = "国家防总决定将针对福建、广东两省的防汛防台风三级应急响应提升至二级。"
    assert lead_deed("广东地区", [raised], [raised], set()) == ""  # the level it was raised from is stale
    long_name = "该省将推进粤港澳大湾区珠江口海域入海排污口综合治理。"
    assert lead_deed("珠江口海域", [long_name], [long_name], set()) == ""  # past 12 characters: no cut
    assert lead_deed("怀宁县清河乡", [RESPONSE], [RESPONSE], set()) == ""  # a hometown is no place of the table


def test_shared_news_overviews_name_the_deed() -> None:
    assert shared_group_titles("zh-news.jsonl", 7)[0] == "核心要点：法治化营商环境"
    assert shared_group_titles("zh-news.jsonl", 10)[0] == "核心要点：珠江口海域综合治理"
    assert shared_group_titles("zh-news.jsonl", 31)[0] == "核心要点：全民健身系列活动"
    assert shared_group_titles("zh-news.jsonl", 172)[0] == "核心要点：洪水防御应急响应"
    # a subject the lead never says stands: the deed is no better than the kind ("应急救援")
    assert shared_group_titles("zh-news.jsonl", 117)[0] == "核心要点：应急救援"


def test_the_one_a_lead_clause_opens_on_acting_gives_way_to_the_deed() -> None:
    acted = "15日，王师傅带着几名员工来到村里开展爱心义诊活动，为老人看病。"
    assert lead_deed("王师傅", [acted], [acted], set()) == "爱心义诊活动"
    # the clause does not open on the one named: the deed is no one's of theirs
    told = "15日，村民们看到王师傅后开展爱心义诊活动。"
    assert lead_deed("王师傅", [told], [told], set()) == ""
    # the name opens the clause as a noun's front, not acting ("王师傅团队"): it stands
    team = "15日，王师傅团队开展爱心义诊活动。"
    assert lead_deed("王师傅", [team], [team], set()) == ""


def test_a_shared_profile_overview_names_the_persons_deed() -> None:
    # zh-news 194: the barber's free haircuts, not his bare name (the tagger reads no person)
    assert shared_group_titles("zh-news.jsonl", 194)[0] == "核心要点：爱心义剪活动"
