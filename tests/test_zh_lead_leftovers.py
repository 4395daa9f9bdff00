"""A Chinese news theme group that opens on a leftover line of the lead passage, its other bullets
from the next passage on and sharing none of that line's words but the subject's name, gives the
line up, taking a sentence of its own passages in its place where two bullets would be left
(engines/zh_lead_leftovers.py, called from engines/final_groups.py), on text written for these tests
and read on zh-news articles."""

from __future__ import annotations

from citebrief.engines.scored import Draft
from citebrief.engines.zh_lead_leftovers import _names_again, _own_words, lead_leftovers_given_up
from conftest import group_opening, shared_groups
from scored_builder import zh_scored

# a festival's lead passage, then the county's fruit industry: the owner's line about his dish (the
# lead's last) opens the industry's group, sharing only the lead's visitors
_LEAD = ["常山县举办胡柚文化节，吸引大批游客前来观光。", "文化节期间，常山县推出多条旅游线路方便游客。"]
_INDUSTRY = [
    "常山县出台政策扶持胡柚产业发展。",
    "胡柚产业带动农民增收，种植面积持续扩大。",
    "胡柚产业已成为当地农民致富的主要途径。",
]


def _given_up(line: str) -> tuple[list[list[int]], list[int]]:
    scored = zh_scored([[*_LEAD, line], _INDUSTRY])
    chosen = [0, 1, 2, 3, 4, 5]
    drafts = lead_leftovers_given_up(scored, [Draft(None, [0, 1]), Draft(1, [2, 3, 4, 5])], chosen)
    return [draft.picked for draft in drafts], chosen


def test_a_leftover_lead_line_leaves_the_group_and_chosen() -> None:
    groups, chosen = _given_up("这道菜是我们店里的招牌菜，游客都很喜欢。")
    assert groups == [[0, 1], [3, 4, 5]]
    assert chosen == [0, 1, 3, 4, 5]  # kept in step: a later step may pick the line again


def test_a_line_sharing_the_groups_own_words_stays() -> None:
    groups, chosen = _given_up("胡柚产业带动当地农民增收致富。")  # the group's topic, not the lead's
    assert groups == [[0, 1], [2, 3, 4, 5]] and chosen == [0, 1, 2, 3, 4, 5]


def _groups(index: int) -> list[list[str]]:
    return shared_groups("zh-news.jsonl", index)


def test_the_restaurant_owners_quote_leaves_the_countys_support_group() -> None:
    # "“农家小溪鱼……是我们的招牌菜……”" (passage 1) opened the group of the county's policy, its
    # chambers of commerce and the industry's output: three bullets are left, the title kept
    groups = _groups(64)
    support = group_opening(groups, "常山县委统战部相关负责人说")
    assert not any(text.startswith("“农家小溪鱼") for group in groups[1:] for text in group), groups
    assert len(support) == 3, groups


def test_the_reports_praise_of_robots_gives_way_to_its_finding() -> None:
    groups = _groups(34)
    industry = group_opening(groups, "报告显示，当前，中国机器人产业总体发展水平稳步提升")
    assert not any(text.startswith("报告指出，机器人作为科技创新的璀璨明珠") for text in industry), groups
    assert any(text.startswith("针对机器人产业未来发展趋势") for text in industry), groups


def test_a_line_the_next_sentence_answers_stays() -> None:
    # "但同时，医药领域腐败问题依然存在" answers "……医药领域行业风气持续向好": without it the turn
    # would open on nothing
    groups = _groups(111)
    assert any(any(text.startswith("国家卫生健康委表示，伴随全面从严治党") for text in group) for group in groups)


def test_a_stand_in_that_leaves_a_one_bullet_title_is_not_taken() -> None:
    # the professor's quote on the Polish sculpture would leave the group titled "波兰雕塑艺术家"
    groups = _groups(157)
    works = group_opening(groups, "“友谊之环”是第一件落地成都的国际友城雕塑")
    assert any(text.startswith("走进位于龙泉驿赛区的东安湖体育公园时") for text in works), groups


def test_the_overviews_words_are_no_topic_of_the_group() -> None:
    texts = ["周俊回家了。", "周俊的父亲说，他从未放弃寻找。", "吴氏兄弟在砖瓦厂拐走了周俊。"]
    words = _own_words(texts, [0], [2])
    assert "周俊" not in words and "砖瓦厂" in words


def test_a_line_sharing_the_groups_story_stays() -> None:
    # "成都大运会涉赛人员入境高峰又恰逢旅游高峰……" shares 成都, 大运会, 入境, 涉赛, 人员 with the
    # customs team's speed-ups: the crowding they answer
    groups = _groups(155)
    speedups = group_opening(groups, "成都海关大运会工作专班谢楚涵介绍")
    assert any(text.startswith("成都大运会涉赛人员入境高峰又恰逢旅游高峰") for text in speedups), groups


def test_the_provinces_place_beside_asean_stays_with_its_cooperation() -> None:
    # "作为中国唯一与东盟陆海相连的省区……推动中国—东盟应急合作交流" says the group's story
    groups = _groups(162)
    assert any(text.startswith("作为中国唯一与东盟陆海相连的省区") for group in groups[1:] for text in group), groups


def test_a_repeated_name_is_a_long_shared_run() -> None:
    assert _names_again("举办中国—东盟安全生产合作论坛。", ["今年将举办中国—东盟安全生产合作论坛。"])
    assert not _names_again("机器人产业持续扩展。", ["中国机器人产业显著增长。"])
