"""A Chinese news roundup's items open on their regions: each item is a theme of its own."""

from __future__ import annotations

from citebrief.text.data_files import data_lines
from citebrief.text.zh_news_items import MIN_REGIONS, item_openers, opening_region
from conftest import shared_groups

ROUNDUP = [
    "连日来，各地和有关部门积极组织力量开展灾后恢复重建工作。",
    "河北多地灾后重建工作加快进行。",
    "截至8月16日10时，河北省接到保险报案超13万件。",
    "北京受灾地区生产生活秩序有序恢复。",
    "在门头沟区，永定河山峡段河道清理工作全面展开。",
    "今天，天津武清区永定河泛区最后一批转移安置群众返回家中。",
    "在东北，黑龙江组织帮扶工作队为受灾的村屯制定恢复重建方案。",
    "近日，国家疾控局先后组织专家组分别赴北京、河北、天津、黑龙江等省份受灾地区。",
]


def test_a_sentence_opening_on_a_region_past_a_short_lead_clause_names_it() -> None:
    assert opening_region("河北多地灾后重建工作加快进行。") == "河北"
    assert opening_region("今天，天津武清区永定河泛区最后一批转移安置群众返回家中。") == "天津"
    assert opening_region("在东北，黑龙江组织帮扶工作队……") == "黑龙江"  # the nearer of the two
    assert opening_region("在东北，多地组织帮扶工作队……") == "东北"
    assert opening_region("河北省接到报案，近4万件获得赔付。") == "河北"  # the lead clause's own
    assert opening_region("截至8月16日10时，河北省接到保险报案超13万件。") == "河北"


def test_a_body_a_district_or_a_place_inside_the_sentence_opens_no_item() -> None:
    assert opening_region("西南财经大学发布报告。") == ""  # a body named after a region
    assert opening_region("在门头沟区，永定河山峡段河道清理工作全面展开。") == ""
    assert opening_region("近日，国家疾控局先后组织专家组分别赴北京、河北等省份受灾地区。") == ""


def test_a_clause_that_lists_places_is_a_forecasts_not_an_items() -> None:
    assert opening_region("新疆沿天山地区、安徽南部、上海东部等地部分地区有大雨。") == ""
    assert opening_region("新疆沿天山地区和南疆盆地等地部分地区有4～6级风。") == ""


def test_each_new_region_opens_an_item_where_four_regions_do() -> None:
    assert item_openers(ROUNDUP) == [False, True, False, True, False, True, True, False]


def test_three_regions_are_one_regions_story_not_a_roundup() -> None:
    assert MIN_REGIONS == 4
    assert not any(item_openers(ROUNDUP[:6]))  # 河北, 北京, 天津


def test_the_region_table_holds_the_provinces_and_the_regions() -> None:
    regions = data_lines("zh_regions.tsv")
    assert {"河北", "北京", "天津", "黑龙江", "辽宁", "东北"} <= set(regions)
    assert len(regions) == len(set(regions))


def test_zh_news_42s_groups_are_its_regions_items() -> None:
    """The 新闻联播 roundup of flood recovery (zh-news 42): Hebei's insurance claims, Beijing's river
    clearing and Tianjin's return home each a group of their own, never two regions in one group."""
    groups = shared_groups("zh-news.jsonl", 42)
    themes = groups[1:]

    def holding(word: str) -> list[int]:
        return [k for k, group in enumerate(themes) if any(word in text for text in group)]

    insurance, river, return_home = holding("保险报案"), holding("主要河道"), holding("返回家中")
    assert len(insurance) == len(river) == len(return_home) == 1
    assert len({insurance[0], river[0], return_home[0]}) == 3
    assert len(groups) >= 5


def test_zh_news_42s_overview_leaves_the_first_items_lines_to_its_group() -> None:
    """The one-line intro is the overview's: Hebei's restored lines stand with its insurance claims,
    not one in the overview and one in Hebei's group."""
    groups = shared_groups("zh-news.jsonl", 42)
    assert groups[0][0].startswith("连日来，各地和有关部门")
    assert not any("涞源县" in text or "河北" in text[:4] for text in groups[0])
    hebei = next(group for group in groups[1:] if any("保险报案" in text for text in group))
    assert any("涞源县" in text for text in hebei)
