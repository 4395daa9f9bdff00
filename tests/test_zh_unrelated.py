"""A Chinese news brief's group of two unrelated bullets goes to its neighbours, and a larger
group's bullet that shares nothing with the others goes where it shares two names or nouns."""

from __future__ import annotations

from citebrief.engines.extractive import draft_extractive
from citebrief.engines.scored import Draft
from citebrief.engines.zh_unrelated import merge_unrelated, tie_words
from citebrief.ingest import document_from_text
from citebrief.model import Brief
from conftest import shared_article


def _brief(index: int) -> Brief:
    """A zh-news article's brief as the blind readers read it (raw text)."""
    return draft_extractive(document_from_text(shared_article("zh-news.jsonl", index), origin="x", kind="text"))


def _group_of(brief: Brief, opening: str) -> int:
    return next(k for k, g in enumerate(brief.groups) if any(p.text.startswith(opening) for p in g.points))


def test_the_days_to_school_and_the_rainstorm_no_longer_make_a_group() -> None:
    # zh-news L1304: "Group 2: 开学" held the three days to school and the flood's rainstorm
    brief = _brief(44)
    assert _group_of(brief, "8月初，舒兰市东北部出现入汛以来最强降雨过程") == 0  # the flood's cause, in the overview
    school = _group_of(brief, "17日，距离开学只剩3天的时间")
    assert school == _group_of(brief, "为了保障学生如期开学")  # with the staff readying the school
    assert len(brief.groups) == 2


def test_a_loner_goes_to_the_group_that_shares_two_of_its_words() -> None:
    # zh-news L780: the rain forecast stood with the port measures; it joins the wind forecast
    brief = _brief(116)
    assert _group_of(brief, "降水预报：") == _group_of(brief, "大风预报：") == 0
    # zh-news L1336: the doctors' day joins the overview's celebration of it, 刘明 keeps his group
    brief = _brief(91)
    assert _group_of(brief, "8月19日是第六个中国医师节") == 0
    # s300q: the 大爷 bullet carries the sentence setting the scene ("刘明说，曾有位大爷……")
    assert _group_of(brief, "今年37岁的刘明") == _group_of(brief, "刘明说，曾有位大爷")


def test_ties_read_inside_words_the_tagger_cuts_apart() -> None:
    assert tie_words("经核查，7名民众突遇山洪，5人失联。") & tie_words("发现4名失联者已无生命体征，另外1人失联。")
    assert tie_words("九大工业主导产业全面增长。") & tie_words("战略性新兴产业同比增长8.5%。")
    assert not tie_words("17日，距离开学只剩3天的时间。") & tie_words("8月初，舒兰市出现最强降雨过程。")
    assert "3天" not in tie_words("距离开学只剩3天的时间。")  # a figure ties nothing


def test_a_pair_is_dissolved_only_where_both_find_a_home_with_room() -> None:
    texts = [
        "金马镇中心小学受到洪水影响。",
        "教职员工返回校舍清点损失。",
        "距离开学只剩三天。",  # 2 and 3 share nothing
        "暴雨冲毁金马镇农田。",  # shares 金马镇 with the overview
        "学校组织教师准备开学。",  # shares 开学 with 2
        "教师清理学校教室。",
        "天气晴好。",
        "道路畅通。",
        "市场稳定。",
        "学校开学典礼准备就绪。",
    ]
    paragraphs = list(range(1, 11))
    drafts = [Draft(None, [0, 1]), Draft(1, [2, 3]), Draft(2, [4, 5])]
    assert merge_unrelated(drafts, None, []) is drafts  # a policy or an English article: unchanged
    moved = merge_unrelated(drafts, (texts, paragraphs), texts)
    assert [d.picked for d in moved] == [[0, 1, 3], [2, 4, 5]]  # the overview takes it last
    full = [Draft(None, [0, 1]), Draft(1, [2, 3]), Draft(2, [4, 5, 8, 9])]
    # the days to school find no room in the group about school: the pair stays
    assert [d.picked for d in merge_unrelated(full, (texts, paragraphs), texts)] == [[0, 1], [2, 3], [4, 5, 8, 9]]


def test_bullets_that_share_a_word_stay_together() -> None:
    texts = ["甲地发生洪水。", "乙地洪水退去。", "洪水冲毁农田。", "农田受灾严重。", "学校开学。", "学校准备开学。"]
    drafts = [Draft(None, [0, 1]), Draft(1, [2, 3]), Draft(2, [4, 5])]
    paragraphs = [texts[0] + texts[1], texts[2] + texts[3], texts[4] + texts[5]]
    assert [d.picked for d in merge_unrelated(drafts, (texts, [1, 1, 2, 2, 3, 3]), paragraphs)] == [
        [0, 1],
        [2, 3],
        [4, 5],
    ]


def test_a_pair_that_both_want_a_full_overview_splits_between_its_neighbours() -> None:
    # zh-news L752: the Pearl River mouth's role and the surface water stood under "广东省陆源污染物"
    brief = _brief(10)
    assert _group_of(brief, "作为广东省陆源污染物的主要入海区域") == 0  # with the river mouth's measures
    water = _group_of(brief, "林文还介绍，今年1-7月，全省地表水总体保持优良")
    assert water == _group_of(brief, "88个地级以上市在用集中式饮用水源") > 0  # with the other quality figures
    # zh-news L1383: the day's largest rainfall joins the overview's rainfall figures
    brief = _brief(95)
    # (said in the sentence the splitter cut at "；": "……城区平均122.7毫米；最大降雨出现在房山北窖，……"
    # is one bullet, zh_item_lists)
    overview = brief.groups[0].points
    assert any("最大降雨出现在房山北窖" in p.text for p in overview)
    assert len(overview) + sum(p.text.count("；") for p in overview) >= 4


def test_a_loner_moves_only_on_two_shared_names_or_nouns() -> None:
    texts = [
        "水库水位持续上涨。",
        "下游群众紧急转移。",
        "气象台发布暴雨预警。",  # 2: a loner in the fire brigade's group
        "消防救援队伍赶赴现场。",
        "消防员搜救被困群众。",
        "消防救援人员转移老人。",
        "气象台预计暴雨持续。",
        "暴雨预警升级。",
        "道路畅通。",
        "市场稳定。",
        "电力供应正常。",
    ]
    paragraphs = list(range(1, 12))
    drafts = [Draft(None, [0, 1]), Draft(1, [2, 3, 4, 5]), Draft(2, [6, 7])]
    moved = merge_unrelated(drafts, (texts, paragraphs), texts)  # shares 气象台 and 暴雨 with the forecast group
    assert [d.picked for d in moved] == [[0, 1], [3, 4, 5], [2, 6, 7]]
    texts[6] = "气象台预计降温。"  # now one word (气象台) only: chance
    texts[7] = "冷空气南下。"
    drafts = [Draft(None, [0, 1]), Draft(1, [2, 3, 4, 5]), Draft(2, [6, 7])]
    assert [d.picked for d in merge_unrelated(drafts, (texts, paragraphs), texts)] == [[0, 1], [2, 3, 4, 5], [6, 7]]
