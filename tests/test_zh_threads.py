"""A Chinese news group's bullet that shares no name or rare noun with the rest of its group
gives its place to a sentence of the same run that does (`zh_threads`)."""

from __future__ import annotations

from citebrief.engines.scored import Draft
from citebrief.engines.zh_threads import rethread_groups, thread_words

TEXTS = [
    "暴雨袭击山区，多条道路中断，县里紧急部署救灾。",  # 0, 1: the overview
    "县防汛指挥部启动应急响应，干部全部到岗。",
    "张伟带领救援队在青石镇转移被困群众。",  # 2: run 1
    "当天晚上天气转晴，雨势明显减弱了。",  # 3
    "李娜在县人民医院连夜救治受伤的老人。",  # 4: shares nothing with 2
    "青石镇通往县城的道路已经全部抢通。",  # 5: shares 青石镇 with 2, unpicked
]
# run 2: what else the article says (a name two sentences of six say would be the article's own)
REST = ["气象部门提醒市民减少外出。", "电力公司抢修受损的线路。", "学校推迟了开学时间。", "保险公司开通理赔通道。"]
RUNS = [0, 0, 1, 1, 1, 1, 2, 2, 2, 2]
USABLE = list(range(len(RUNS)))
WEIGHTS = [1.0] * len(RUNS)


def _picked(texts: list[str], groups: list[list[int]]) -> list[list[int]]:
    drafts = [Draft(None if k == 0 else k, list(g)) for k, g in enumerate(groups)]
    return [d.picked for d in rethread_groups([*texts, *REST], USABLE, WEIGHTS, RUNS, drafts)]


def test_thread_words_are_names_and_rare_nouns() -> None:
    assert {"张伟", "青石"} <= thread_words(TEXTS[2])
    assert "干部" not in thread_words(TEXTS[1])  # a common noun ties nothing


def test_a_loner_gives_its_place_to_a_sentence_of_the_run_sharing_a_name() -> None:
    assert _picked(TEXTS, [[0, 1], [2, 4]]) == [[0, 1], [2, 5]]  # the road through 青石镇, not the hospital


def test_a_group_that_shares_a_thread_and_the_overview_stay() -> None:
    assert _picked(TEXTS, [[0, 1], [2, 5]]) == [[0, 1], [2, 5]]
    assert _picked(TEXTS, [[0, 4], [2, 5]]) == [[0, 4], [2, 5]]  # the overview is the lead's, as it is


def test_nothing_to_take_its_place_leaves_the_group() -> None:
    texts = [*TEXTS[:5], "道路两旁的树木被大风吹倒了很多。"]  # the run says nothing more of 青石镇
    assert _picked(texts, [[0, 1], [2, 4]]) == [[0, 1], [2, 4]]


def test_a_figure_goes_only_for_a_figure() -> None:
    texts = [*TEXTS[:4], "李娜在县人民医院连夜救治了12名伤员。", TEXTS[5]]
    assert _picked(texts, [[0, 1], [2, 4]]) == [[0, 1], [2, 4]]  # the 12 injured stay: no figure to take their place
    texts[5] = "青石镇通往县城的道路已经抢通3条。"
    assert _picked(texts, [[0, 1], [2, 4]]) == [[0, 1], [2, 5]]


def test_a_sentence_next_to_another_of_its_group_stays() -> None:
    texts = [*TEXTS[:3], "李娜带队在县人民医院连夜救治受伤的老人。", *TEXTS[4:]]  # 3: right after 张伟's
    assert _picked(texts, [[0, 1], [2, 3]]) == [[0, 1], [2, 3]]  # (a quote, then who said it)
