"""A Chinese news item's own headline after its dateline ("……电 题：…… 作者 …") as the brief's
title (text/zh_story_title.py, read by text/header.py), and not as the overview's subject
(engines/overview_titles.py): the text holds the headline, so its wordplay would pass for the
text's own words."""

from __future__ import annotations

import re

import pytest

from citebrief.ingest import document_from_text
from citebrief.pipeline import draft, render
from citebrief.text.header import read_header
from citebrief.text.zh_story_title import states_headline, story_title
from conftest import shared_article

# the zh-news items that state their headline after the dateline, each byline's kind
STATED = {1: "新华社记者", 9: "作者", 25: "作者", 37: "作者", 97: "中新财经记者", 182: "记者", 196: "作者"}


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("题：山村小学迎来新校舍作者 张明 李华今年秋季，……", "山村小学迎来新校舍"),
        ("题：山村小学迎来新校舍新华社记者王明、李华今年秋季，……", "山村小学迎来新校舍"),
        ("题：银行上半年发放贷款支持制造业中新财经记者 王明记者25日获悉，……", "银行上半年发放贷款支持制造业"),
        ("题：夏日炎炎  城里添了新去处记者  王明尽管已过立秋，……", "夏日炎炎 城里添了新去处"),
        ("题：记者手记：山村里的新学校记者 王明今年秋季，……", "记者手记：山村里的新学校"),
    ],
)
def test_the_headline_runs_to_the_byline(text: str, title: str) -> None:
    assert story_title(text) == title


@pytest.mark.parametrize(
    "text",
    [
        "题：山村小学迎来新校舍今年秋季，全村的孩子搬进了新教室。",  # no byline: where it ends is not known
        "山村小学迎来新校舍作者 张明今年秋季，……",  # no "题："
        "据了解，今年以来该行加强与各部委沟通对接。",
    ],
)
def test_no_headline_without_its_mark_and_byline(text: str) -> None:
    assert story_title(text) is None


def test_the_dateline_keeps_its_source_line_and_gains_the_title() -> None:
    opening = "中新网北京7月25日电 题：山村小学迎来新校舍作者 张明今年秋季，全村的孩子搬进了新教室。"
    header = read_header(None, [opening, "第二段。"])
    assert header.title == "山村小学迎来新校舍"
    assert header.source == "中新网·北京·7月25日"
    assert header.paragraphs[0] == opening  # the paragraph stays whole: its citations still locate it
    assert read_header("另一个标题", [opening]).title == "另一个标题"  # a title line above stands
    assert read_header(None, ["中新网北京7月25日电 记者25日从国家开发银行获悉，……"]).title is None


def test_states_headline_only_for_the_opening_that_holds_it() -> None:
    opening = "中新网北京7月25日电 题：山村小学迎来新校舍作者 张明今年秋季，……"
    assert states_headline("山村小学迎来新校舍", opening)
    assert not states_headline("山村小学", opening)
    assert not states_headline(None, opening)
    assert not states_headline("山村小学迎来新校舍", "山村小学迎来新校舍。今年秋季，……")


@pytest.mark.parametrize("index", sorted(STATED))
def test_a_shared_item_is_titled_by_its_headline(index: int) -> None:
    article = shared_article("zh-news.jsonl", index)
    document = document_from_text(article, origin="x", kind="text")
    title = document.title or ""
    # the headline exactly as stated, up to its byline, its spaces made one
    said = re.sub(r"\s+", " ", article).split(f"题：{title}", 1)
    assert title and len(said) == 2 and said[1].lstrip().startswith(STATED[index])
    assert "作者" not in title and not title.endswith("记者")
    brief = draft(document)
    assert render(brief, document, "text").splitlines()[0] == title  # the header's first line
    bullets = [point.text for group in brief.groups for point in group.points]
    assert not any("题：" in text or title in text for text in bullets)  # nor its byline, glued to it


@pytest.mark.parametrize(("index", "wordplay"), [(1, "青春新篇"), (9, "市口学校总校区")])
def test_the_overview_is_not_titled_by_the_headline(index: int, wordplay: str) -> None:
    document = document_from_text(shared_article("zh-news.jsonl", index), origin="x", kind="text")
    assert document.title
    assert wordplay not in draft(document).groups[0].title
