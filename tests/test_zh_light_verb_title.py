"""zh_light_verb_title: a group's title that is a light verb before the noun every bullet says
("完成投资") gives way to the noun; a verb every bullet says, another group's noun and a noun
taken stay."""

from __future__ import annotations

import json
from pathlib import Path

from citebrief.ingest import document_from_text
from citebrief.pipeline import draft
from citebrief.text.zh_light_verb_title import light_verb_titles

DATA = Path("/work/shared/data/zh-news.jsonl")

_INVESTMENT = [
    "上半年，电力企业完成投资500亿元。",
    "电网企业完成投资200亿元，同比增长。",
    "风电、水电投资分别增长三成和一成。",
]
_OUTPUT = ["上半年全国发电量同比增长。", "火电发电量占比过半。"]


def test_the_noun_every_bullet_says_titles_the_group() -> None:
    used: set[str] = {"发电量", "完成投资"}
    titles = light_verb_titles(["发电量", "完成投资"], [(_OUTPUT, _OUTPUT), (_INVESTMENT, _INVESTMENT)], used)
    assert titles == ["发电量", "投资"]
    assert "投资" in used and "完成投资" not in used


def test_a_verb_every_bullet_says_stays() -> None:
    bullets = ["献血前要检测病毒。", "检测结果阴性才可以献血，病毒检测不可少。"]
    assert light_verb_titles(["检测病毒"], [(bullets, bullets)], set()) == ["检测病毒"]


def test_a_noun_another_group_says_stays() -> None:
    other = [*_OUTPUT, "火电投资回落。"]
    titles = light_verb_titles(["发电量", "完成投资"], [(other, other), (_INVESTMENT, _INVESTMENT)], set())
    assert titles[1] == "完成投资"


def test_a_noun_one_bullet_leaves_out_stays() -> None:
    bullets = [*_INVESTMENT[:2], "新增装机占比过半。"]
    assert light_verb_titles(["完成投资"], [(bullets, bullets)], set()) == ["完成投资"]


def test_a_noun_taken_stays() -> None:
    titles = light_verb_titles(["完成投资"], [(_INVESTMENT, _INVESTMENT)], {"电力投资"})
    assert titles == ["完成投资"]


def test_a_heading_group_keeps_its_title() -> None:
    assert light_verb_titles(["完成投资"], [None], set()) == ["完成投资"]


def test_the_power_investment_group_is_titled_by_its_investment() -> None:
    record = json.loads(DATA.read_text(encoding="utf-8").splitlines()[6])  # 2023 H1 power supply and demand
    brief = draft(document_from_text(record["article"], origin="article.txt", kind="text"))
    titles = [group.title for group in brief.groups]
    # the light verb gone; the bare noun then takes the modifier its bullets dwell on (`zh_bare_noun_modifier`)
    assert "电源投资" in titles[1:]
    assert "完成投资" not in titles
