"""engines/zh_fact_repeats.py: a Chinese news theme bullet that says a fact of an earlier bullet
again (108人 = 108名, a response level) gives way; one that adds a figure of its own stays."""

from __future__ import annotations

import numpy as np

from citebrief.engines.extractive import draft_extractive
from citebrief.engines.scored import Draft
from citebrief.engines.themes import Themes
from citebrief.engines.zh_fact_repeats import fact_keys, repeats_replaced, restates
from citebrief.ingest import document_from_text
from citebrief.model import Brief
from conftest import load_records, shared_article
from scored_builder import zh_scored


def _brief(index: int) -> Brief:
    return draft_extractive(
        document_from_text(shared_article("zh-news.jsonl", index), origin=f"zh-news-{index}", kind="text")
    )


def _bullets(record_id: str) -> list[str]:
    index = next(i for i, r in enumerate(load_records("zh-news.jsonl")) if str(r["id"]).endswith(record_id))
    return [point.text for group in _brief(index).groups for point in group.points]


def test_a_person_count_reads_the_same_in_any_measure_word() -> None:
    assert fact_keys("抓获108人") == fact_keys("抓获108名犯罪嫌疑人") == {"number:108:人"}
    assert fact_keys("启动防汛防台风四级应急响应") == fact_keys("启动Ⅳ级应急响应") == {"level:4"}
    assert not fact_keys("沿海有5～6级大风，气温37℃")  # bands of a scale: no fact of the story


def test_a_bullet_adding_a_figure_of_its_own_is_no_repeat() -> None:
    lead = "上海警方抓获犯罪嫌疑人19名，涉案金额1000余万元。"
    haul = "7月16日，警方开展集中收网行动，抓获犯罪嫌疑人19名，捣毁犯罪窝点6处。"
    assert not restates(haul, lead, fact_keys(lead))
    retold = "警方在多地集中收网，抓获19名犯罪嫌疑人，涉案金额达1000余万元。"
    assert restates(retold, lead, fact_keys(lead))


def test_one_shared_figure_needs_half_the_words() -> None:
    lead = "8月12日，大型招聘服务活动在北京市7个区同步举办。"
    other = "活动当天，7个会场均设置公共就业服务专区。"
    assert not restates(other, lead, fact_keys(lead))


def test_the_swindle_arrests_are_said_once() -> None:
    bullets = _bullets("_L708")
    assert sum("8000余万元" in text for text in bullets) == 1
    assert any("抓获108人，案值8000余万元" in text for text in bullets)  # the overview's stays
    assert any("采取刑事强制措施" in text for text in bullets)  # 108 beside a new fact stays


def test_the_level_four_response_is_said_once() -> None:
    bullets = _bullets("_L730")
    assert sum("四级应急响应" in text for text in bullets) == 1
    assert any("防汛三级应急响应" in text for text in bullets)  # another level: another fact


def test_the_hiring_fair_counts_are_said_once() -> None:
    bullets = _bullets("_L1226")
    assert sum("2800余个" in text for text in bullets) == 1
    assert any("7个会场均设置" in text for text in bullets)


def _groups(paragraphs: list[list[str]], picks: list[list[int]]) -> tuple[list[list[int]], int]:
    """`repeats_replaced` over sentences written here: each paragraph its own theme, the overview
    and theme groups picking the sentences `picks` names; the groups after, and how many changed."""
    scored = zh_scored(paragraphs)
    themes = Themes(labels=np.arange(len(paragraphs)), titles={})
    drafts = [Draft(None if n == 0 else n, list(p)) for n, p in enumerate(picks)]
    chosen = [i for p in picks for i in p]
    changed = repeats_replaced(scored, drafts, themes, chosen)
    assert sorted(chosen) == sorted(i for d in drafts for i in d.picked)
    return [d.picked for d in drafts], changed


LEAD = ["浦东警方再破“职业骗薪”案，抓获108人，案值8000余万元。", "被侵害的公司从金融行业延伸至广告、体检等各行业。"]
RAID = [
    "7月19日凌晨，警方在多地集中收网，抓获王某等108名犯罪嫌疑人，涉案金额达8000余万元。",
    "专案组此前走访了周边150余家单位。",
    "警方表示，后续案件调查仍在进行中。",
]


def test_a_repeat_gives_way_to_a_new_figure_of_its_passage() -> None:
    groups, changed = _groups([LEAD, RAID], [[0, 1], [2, 4]])
    assert changed == 1
    assert groups[1] == [3, 4]  # the raid's 150余家 in place of the arrests said again


def test_a_repeat_leaves_a_group_of_three_where_nothing_new_is_near() -> None:
    raid = [RAID[0], RAID[2], "警方提醒，求职者应如实填写履历。", "企业应加强背景调查。"]
    groups, changed = _groups([LEAD, raid], [[0, 1], [2, 4, 5]])
    assert changed == 1
    assert groups[1] == [4, 5]


def test_a_repeat_stays_where_its_group_would_be_left_alone() -> None:
    raid = [RAID[0], RAID[2]]
    groups, changed = _groups([LEAD, raid], [[0, 1], [2, 3]])
    assert changed == 0
    assert groups[1] == [2, 3]
