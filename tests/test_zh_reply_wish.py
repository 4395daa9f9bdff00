"""A reply's restating of what the province hopes for ("你省……，希望国家将其纳入《规划》，并给予资金
支持。") is context, like "你省请求，……" (`lines.tsv`, background `wish-zh`): it gives way to the
answer of its paragraph (zh-policy 38: the bullet of [22] gave Sichuan's wish, not the reply)."""

from __future__ import annotations

from citebrief.engines.extractive import draft_extractive
from citebrief.ingest import document_from_text
from citebrief.text.patterns import is_background
from conftest import shared_article


def test_a_restated_wish_is_background() -> None:
    assert is_background("你省近日也制订了治理方案，新增了228个项目，希望国家将其纳入规划，并给予资金支持。")
    assert is_background("贵市已完成前期工作，希望中央加大投资力度。")


def test_the_answer_or_the_writer_s_own_hope_is_not() -> None:
    assert not is_background("你省的水污染防治工作已纳入《三峡库区及其上游水污染防治规划》。")
    assert not is_background("希望你省认真做好项目前期工作，加快建设进度。")
    assert not is_background("你省要抓紧编制规划，希望国家支持的项目要按程序上报。")


def test_the_sichuan_reply_answers_the_pollution_request() -> None:
    """zh-policy 38 (国办函〔2004〕71号): the [22] bullet says the reply (已纳入《三峡库区及其上游水污染
    防治规划》), not '……希望国家将其纳入《规划》，并给予资金支持。'."""
    document = document_from_text(shared_article("zh-policy.jsonl", 38), origin="policy-38", kind="text")
    points = [p for g in draft_extractive(document).groups for p in g.points if 22 in p.citations]
    assert points and not any("希望国家" in p.text for p in points)
    assert any("已纳入《三峡库区及其上游水污染防治规划》" in p.text for p in points)
