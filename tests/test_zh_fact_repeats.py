"""engines/zh_fact_repeats.py: a Chinese news theme bullet that says a fact of an earlier bullet
again (108人 = 108名, a response level) gives way; one that adds a figure of its own stays."""

from __future__ import annotations

from citebrief.engines.extractive import draft_extractive
from citebrief.engines.zh_fact_repeats import fact_keys, restates
from citebrief.ingest import document_from_text
from citebrief.model import Brief
from conftest import load_records, shared_article


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
