"""A short Chinese news item's pair of bullets that opens the strand the next group goes on with
joins that group; a pair on another strand, or after a larger group, stays a group of its own."""

from __future__ import annotations

import numpy as np

from citebrief.engines.extractive import draft_extractive
from citebrief.engines.scored import Draft
from citebrief.engines.sparse import SparseRows
from citebrief.engines.zh_subject_merge import subjects_joined
from citebrief.ingest import document_from_text
from conftest import shared_article


def _groups(index: int) -> list[list[str]]:
    """A zh-news article's brief (raw text, as the blind readers read it), each group's bullets."""
    document = document_from_text(shared_article("zh-news.jsonl", index), origin="x", kind="text")
    return [[p.text for p in g.points] for g in draft_extractive(document).groups]


def _group_of(groups: list[list[str]], start: str) -> list[str]:
    return next(g for g in groups if any(t.startswith(start) for t in g))


def test_the_mechanics_who_wave_the_planes_off_are_one_group() -> None:
    # zh-news L684: "工作经验" and "航班" both told the line mechanics' work on a short stop
    groups = _groups(99)
    mechanics = _group_of(groups, "“挥手拜拜是飞机出港流程的最后一步")
    assert any(t.startswith("每当一架短停航班靠港") for t in mechanics)
    assert any(t.startswith("为保证过站航班的安全") for t in mechanics)


def test_the_torch_relay_and_its_torchbearers_are_one_group() -> None:
    # zh-news L827: "大运会火炬" (the relay's end and route) and "火炬手" (its 800 bearers);
    # the 800, the relay's headline figure, may lead in the overview (`zh_overview_figure`); the
    # relay's end ("至此，……圆满结束", a lead sentence) goes up to the overview (`zh_lead_strays`)
    groups = _groups(166)
    relay = _group_of(groups, "今年6月10日，成都大运会火炬传递活动在北京启动")
    assert any(t.startswith("成都大运会火炬传递共选拔了800名火炬手") for t in relay + groups[0])
    assert len(groups) == 2, groups  # no group of the bearers apart


def test_the_festival_scene_stays_apart_from_the_catch_figures() -> None:
    # zh-news L1292: the venue and a fisherman's words share "渔船" with the figures in one bullet only
    scene = _group_of(_groups(2), "在泉州石狮祥芝镇主会场")
    assert not any(t.startswith("泉州市在册近海捕捞渔船") for t in scene)


def test_a_next_group_tighter_on_its_own_than_with_the_pair_stays_apart() -> None:
    # zh-news L1316: the brewing calendar's pair and the factories' inoculation both say "酒药"
    calendar = _group_of(_groups(50), "酿绍兴酒，讲究“天时”")
    assert not any(t.startswith("在女儿红酒厂") for t in calendar)
    # zh-news L692: the morning queue for the lotus and the official's account of the harvest
    queue = _group_of(_groups(184), "当天早上8点不到")
    assert not any(t.startswith("西湖景区水域管理处") for t in queue)


def test_a_pair_after_a_larger_group_stays_its_own() -> None:
    # zh-news L456: the day's market close after the profit shares is a strand of its own
    margins = _group_of(_groups(4), "过去两年，大宗商品的价格出现明显上行")
    assert not any(t.startswith("25日，A股走强") for t in margins)


_TEXTS = [
    "记者从市交通局获悉，地铁新线今日开通。",  # 0: the overview
    "首批机顶盒已经送到各家各户。",  # 1
    "工作人员上门调试机顶盒。",  # 2
    "不少居民反映机顶盒画面清晰。",  # 3
    "社区还组织了文艺演出。",  # 4
    "演出持续到晚上九点。",  # 5
    "北京市朝阳区举办活动。",  # 6
    "北京市海淀区也有安排。",  # 7
]


def _drafts(*groups: list[int]) -> list[Draft]:
    return [Draft(None, [0]), *(Draft(k, picked) for k, picked in enumerate(groups))]


def test_a_pair_that_says_the_next_groups_rare_noun_joins_it() -> None:
    drafts = _drafts([1, 2], [3, 4, 5])
    joined = subjects_joined(drafts, _TEXTS, _alike(len(_TEXTS)), news=True)
    assert [d.picked for d in joined] == [[0], [1, 2, 3, 4, 5]]
    assert joined is drafts  # the caller's list, which it titles and renders


def test_no_join_where_the_next_group_hangs_together_apart_from_the_pair() -> None:
    rows = np.zeros((len(_TEXTS), 3))
    rows[[1, 2], 0] = 1.0  # the pair on one axis
    rows[[3, 4, 5], 1] = 1.0  # the next group on another, a little of the pair's in one bullet
    rows[3, 0] = 0.3
    apart = subjects_joined(_drafts([1, 2], [3, 4, 5]), _TEXTS, SparseRows.from_dense(rows), news=True)
    assert [d.picked for d in apart][1:] == [[1, 2], [3, 4, 5]]


def _alike(count: int) -> SparseRows:
    """Sentence vectors all alike: every bullet as close to the pair as to its own group."""
    return SparseRows.from_dense(np.ones((count, 3)))


def _after(drafts: list[Draft], texts: list[str], *, news: bool = True) -> list[list[int]]:
    """Each theme group's sentences once `subjects_joined` has read `drafts`."""
    return [d.picked for d in subjects_joined(drafts, texts, _alike(len(texts)), news=news)[1:]]


def test_no_join_where_the_pair_shares_a_place_or_a_common_word_or_not_news() -> None:
    assert _after(_drafts([6, 7], [4, 5]), _TEXTS) == [[6, 7], [4, 5]]
    assert _after(_drafts([1, 2], [3, 4, 5]), _TEXTS, news=False) == [[1, 2], [3, 4, 5]]


def test_no_join_past_five_bullets_or_where_another_group_says_the_word() -> None:
    texts = [*_TEXTS, "机顶盒还将在郊区推广。", "另有一批机顶盒明年到货。"]
    assert _after(_drafts([1, 2], [3, 4, 5, 8]), texts) == [[1, 2], [3, 4, 5, 8]]
    assert _after(_drafts([1, 2], [3, 4], [8, 9]), texts) == [[1, 2], [3, 4], [8, 9]]


def test_a_criminal_cases_stages_stay_apart() -> None:
    # zh-news L757: the lab test and the filing stay apart from the raid
    test = _group_of(_groups(81), "警方表示，经检测")
    assert not any(t.startswith("7月16日，警方开展集中收网行动") for t in test)
    # zh-news L769: the seller's first box in 2016 stays apart from the arrest in 2022
    first = _group_of(_groups(129), "赵某某是一名弱电工人")
    assert not any(t.startswith("2022年4月，警方根据线索") for t in first)


def test_no_join_where_a_bullet_says_a_case_step() -> None:
    texts = [*_TEXTS, "警方随后将机顶盒卖家抓获。"]
    assert _after(_drafts([1, 2], [3, 4, 8]), texts) == [[1, 2], [3, 4, 8]]
    assert _after(_drafts([1, 2], [3, 4, 5]), texts) == [[1, 2, 3, 4, 5]]
