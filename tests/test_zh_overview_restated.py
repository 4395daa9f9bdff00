"""engines/zh_overview_restated.py: an overview point the body says again with more figures gives
its place to the fuller sentence; a lead point that says more than the body's stays."""

from __future__ import annotations

from citebrief.engines.extractive import draft_extractive
from citebrief.engines.zh_overview_restated import restated
from citebrief.ingest import document_from_text
from conftest import load_records, shared_article


def _index(record_id: str) -> int:
    return next(i for i, r in enumerate(load_records("zh-news.jsonl")) if str(r["id"]).endswith(record_id))


def test_the_social_financing_figure_is_said_once_in_the_overview() -> None:
    index = _index("_L424")
    brief = draft_extractive(document_from_text(shared_article("zh-news.jsonl", index), origin="33", kind="text"))
    bullets = [point.text for group in brief.groups for point in group.points]
    assert sum("830亿元" in text for text in bullets) == 1
    assert any("830亿元，同比多增287亿元" in text for text in (p.text for p in brief.groups[0].points))
    assert all(len(group.points) >= 2 for group in brief.groups[1:])  # no group of one is left


def test_a_lead_that_the_body_says_again_with_more_is_restated() -> None:
    assert restated(
        "副行长邹颖在发布会上介绍，2023年上半年，海南全省社会融资规模增量为830亿元。",
        "邹颖介绍，今年上半年，海南全省社会融资规模增量为830亿元，同比多增287亿元。",
    )


def test_a_lead_with_a_figure_of_its_own_is_not_restated() -> None:
    assert not restated(
        "记者11日从上海警方获悉，近日，警方捣毁一制售假劣辅酶Q10功能性食品犯罪链条，抓获犯罪嫌疑人19名，涉案金额1000余万元。",
        "7月16日，警方开展集中收网行动，抓获犯罪嫌疑人19名，捣毁犯罪窝点6处，查获涉案辅酶Q10功能性食品120余万粒。",
    )


def test_a_lead_with_a_point_of_its_own_is_not_restated() -> None:
    assert not restated(
        "本次活动以扩大就业为目标，汇聚250余家参会企业为求职群体提供2800余个工作岗位，开创首都“招聘夜市”就业服务样板。",
        "7个辖区民营企业代表共250余家企业，提供工程师、销售经理等2800余个岗位。",
    )
