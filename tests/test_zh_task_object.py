"""zh_task_object: a Chinese group titled by a task clause ("全力推进金融改革重大任务") takes the
thing the task is about ("金融改革重大任务") where the group's text writes it; a clause whose
object needs its preposition, a verb that makes a compound with its noun, or an object the
bullets never touch stays."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from citebrief.ingest import document_from_text
from citebrief.pipeline import draft
from citebrief.text.zh_task_object import task_object, task_object_titles

DATA = Path("/work/shared/data/zh-news.jsonl")

# zh-news 199's foreign-investment group: the aspect lead writes the task whole
_INVESTMENT = [
    "在强化外资招引服务方面，其开展“投资浙里”全球大招商行动，以超常规力度和措施招引重大外资项目特别是制造业外资项目。",
    "上半年，浙江实际使用外资129.4亿美元，其中制造业外资占比达29.1%。",
]


def test_the_object_after_a_manner_and_a_task_verb() -> None:
    assert task_object("全力推进金融改革重大任务") == "金融改革重大任务"
    assert task_object("强化外资招引服务") == "外资招引服务"
    assert task_object("寻求救援服务") == "救援服务"


def test_no_task_clause_or_no_noun_phrase_after_it() -> None:
    assert task_object("加大对行贿犯罪的惩治力度") == ""  # needs its "对……的"
    assert task_object("稳住传统市场、开拓新兴市场") == ""  # two tasks, no table verb
    assert task_object("提升项目") == ""  # a compound name, no row of the table
    assert task_object("优化服务") == ""  # a bare "服务" names no theme
    assert task_object("金融稳定安全") == ""


def test_the_group_takes_the_object_its_text_writes() -> None:
    used = {"强化外资招引服务"}
    assert task_object_titles(["强化外资招引服务"], [(_INVESTMENT, _INVESTMENT)], used) == ["外资招引服务"]
    assert "外资招引服务" in used and "强化外资招引服务" not in used


def test_an_object_no_bullet_touches_stays() -> None:
    bullets = ["浙江推动信贷、财政、土地、能耗指标向高新技术产业倾斜。"]
    assert task_object_titles(["强化外资招引服务"], [(bullets, _INVESTMENT)], set()) == ["强化外资招引服务"]


def test_a_taken_object_stays() -> None:
    assert task_object_titles(["强化外资招引服务"], [(_INVESTMENT, _INVESTMENT)], {"外资招引服务"}) == [
        "强化外资招引服务"
    ]


@pytest.mark.skipif(not DATA.exists(), reason="shared zh-news data absent")
def test_zh_news_38_section_heading_names_its_theme() -> None:
    line = DATA.read_text(encoding="utf-8").splitlines()[38]
    document = document_from_text(json.loads(line)["article"], origin="zh-news-38", kind="text")
    titles = [group.title for group in draft(document).groups]
    assert "金融改革重大任务" in titles and "全力推进金融改革重大任务" not in titles
