"""A bare noun overview title the lead writes as the object of a verb of wrongdoing takes the verb
(`zh_acted_object.acted_on`): zh-news 76 reads "篡改监测数据", not the bare "监测数据"."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from citebrief.ingest import document_from_text
from citebrief.model import OVERVIEW_TITLE
from citebrief.pipeline import draft
from citebrief.text.zh_acted_object import WRONG_VERBS, acted_on

DATA = Path("/work/shared/data/zh-news.jsonl")


@pytest.mark.parametrize("verb", WRONG_VERBS)
def test_each_verb_of_wrongdoing_is_taken_before_the_noun(verb: str) -> None:
    assert acted_on("数据", [f"他们{verb}数据。"]) == f"{verb}数据"


def test_one_modifier_between_the_verb_and_the_noun() -> None:
    assert acted_on("监测数据", ["排污单位篡改自动监测数据污染环境案破获。"]) == "篡改自动监测数据"


def test_no_verb_of_wrongdoing_no_change() -> None:
    assert acted_on("监测数据", ["他们发布监测数据。"]) == ""
    assert acted_on("摄影师", ["日前，摄影师称作品被索赔。"]) == ""  # the subject, not an object


def test_not_inside_a_longer_word() -> None:
    assert acted_on("数据", ["他们篡改数据库。"]) == ""


def test_a_name_or_a_long_phrase_is_left() -> None:
    assert acted_on("北京", ["有人伪造北京。"]) == ""
    assert acted_on("重点排污单位监测数据", ["篡改重点排污单位监测数据。"]) == ""


@pytest.mark.skipif(not DATA.exists(), reason="shared data not mounted")
def test_zh_news_76_is_titled_by_the_tampering() -> None:
    row = json.loads(DATA.read_text(encoding="utf-8").splitlines()[76])
    document = document_from_text(row["article"], origin="x", kind="text")
    first = draft(document).groups[0].title
    assert first == f"{OVERVIEW_TITLE['zh']}：篡改监测数据"
