"""zh_pair_body: a news group of two bullets titled by a piece of one takes the body both name;
a body another group or a paragraph outside the pair names, a title that is a body or joins two
things, and a group of three stay as they are."""

from __future__ import annotations

import json
from pathlib import Path

from citebrief.ingest import document_from_text
from citebrief.pipeline import draft
from citebrief.text.zh_pair_body import pair_body_titles

DATA = Path("/work/shared/data")
_OVERVIEW = ["北京市气象台30日发布分区域暴雨红色预警信号。"]
_COMMISSION = [
    "北京市交通委介绍，道路交通分指各单位各部门防汛力量全部在岗在位，保障道路交通设施运行安全。",
    "北京市交通委安全监督与应急处 郭晓濛：针对此次降雨过程，全面布控、专人盯守，启动了Ⅰ级响应。",
]


def _titled(
    title: str, bullets: list[str], others: list[str] | None = None, every: list[str] | None = None
) -> tuple[str, set[str]]:
    own: list[tuple[list[str], list[str]] | None] = [None, (bullets, bullets)]
    every_text = [*_OVERVIEW, *bullets] if every is None else every
    used = {"暴雨红色预警信号", title.casefold()}
    titles = pair_body_titles(["暴雨红色预警信号", title], own, [others or _OVERVIEW, bullets], every_text, used)
    return titles[1], used


def test_the_body_both_bullets_name_titles_the_pair() -> None:
    title, used = _titled("北京市交通委安全监督", _COMMISSION)
    assert title == "北京市交通委"
    assert "北京市交通委" in used and "北京市交通委安全监督" not in used


def test_another_groups_body_is_no_title() -> None:
    others = ["北京市交通委发布出行提示。"]
    assert _titled("北京市交通委安全监督", _COMMISSION, others)[0] == "北京市交通委安全监督"


def test_a_body_the_article_names_outside_the_pair_is_no_title() -> None:
    every = [*_OVERVIEW, "北京市交通委提醒市民减少出行。", *_COMMISSION]
    assert _titled("北京市交通委安全监督", _COMMISSION, every=every)[0] == "北京市交通委安全监督"


def test_a_title_both_say_a_body_or_two_things_stays() -> None:
    assert _titled("北京市交通委", _COMMISSION)[0] == "北京市交通委"
    assert _titled("道路交通、Ⅰ级响应", _COMMISSION)[0] == "道路交通、Ⅰ级响应"
    assert _titled("北京市公安局", _COMMISSION)[0] == "北京市公安局"  # a body already


def test_a_group_of_three_is_left_to_zh_named_body() -> None:
    bullets = [*_COMMISSION, "一线投入9700余人，进一步强化落实各项防范应对措施。"]
    assert _titled("道路交通设施", bullets)[0] == "道路交通设施"


def test_zh_news_22_commission_pair_is_titled_by_the_commission() -> None:
    """Before: 北京市交通委安全监督 (the front of one bullet's "安全监督与应急处"); after: the
    commission both bullets name."""
    record = json.loads((DATA / "zh-news.jsonl").read_text(encoding="utf-8").splitlines()[22])
    document = document_from_text(record["article"], origin="zh-news-22", kind="text")
    titles = [group.title for group in draft(document).groups]
    assert titles[1:] == ["北京市交通委", "洪水橙色预警"]
