"""A Chinese work's own title and byline as the document's header (text/zh_byline.py, its labels in
text/data/zh_byline_labels.tsv, read by text/header.py): zh-clts 1, a child's essay pasted whole."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from citebrief.ingest import document_from_text
from citebrief.text.data_files import rows_by_kind
from citebrief.text.header import read_header
from citebrief.text.zh_byline import LABELS, is_work_title, work_byline

DATA = Path("/work/shared/data")


def test_the_table_has_each_label_once() -> None:
    kinds = rows_by_kind(LABELS)
    assert kinds == {"colon": ("作者",), "slash": ("文",), "space": ("记者",)}


@pytest.mark.parametrize(
    "byline",
    ["作者：王小明，某某小学五（6）班", "作者: 王小明", "文/王小明", "文／王小明", "记者 王小明"],
)
def test_each_label_opens_a_byline_after_a_title(byline: str) -> None:
    found = work_byline(None, [f"编者按：作品将陆续刊登。《我的妈妈》{byline}。妈妈每天很早起床。", "第二段。"])
    assert found is not None
    assert (found.title, found.byline) == ("《我的妈妈》", byline)
    assert found.paragraphs == ["编者按：作品将陆续刊登。妈妈每天很早起床。", "第二段。"]


def test_a_title_line_and_a_byline_line() -> None:
    header = read_header("《我的妈妈》", ["作者：王小明", "妈妈每天很早起床。", "她很辛苦。"])
    assert (header.title, header.source) == ("《我的妈妈》", "作者：王小明")
    assert header.paragraphs == ["妈妈每天很早起床。", "她很辛苦。"]


@pytest.mark.parametrize(
    "paragraphs",
    [
        ["他读了《我的妈妈》作者：王小明的书。"],  # inside a sentence, not after a closed one
        ["我喜欢《我的妈妈》这本书。作者王小明很有名。", "第二段。"],  # no label
        ["《我的妈妈》作者：王小明。"],  # nothing left as body
        ["很" * 130 + "。《我的妈妈》作者：王小明。正文。"],  # too far in for an editor's note
    ],
)
def test_a_work_named_in_the_body_is_no_header(paragraphs: list[str]) -> None:
    assert work_byline(None, paragraphs) is None


def test_a_title_without_marks_is_left_alone() -> None:
    assert work_byline("我的妈妈", ["作者：王小明", "正文。"]) is None
    assert is_work_title("《我的妈妈》") and not is_work_title("我的妈妈") and not is_work_title("《甲》和《乙》")


def test_zh_clts_1_the_essay_names_its_title_and_author() -> None:
    article = json.loads((DATA / "zh-clts.jsonl").read_text(encoding="utf-8").splitlines()[1])["article"]
    document = document_from_text(article, origin="x", kind="text")
    assert document.title == "《爸爸妈妈，我想对你们说》"
    assert document.source is not None and document.source.startswith("作者：嵇秉容")
    assert "作者：" not in document.segments[0].text and "《" not in document.segments[0].text


def test_zh_clts_1_the_brief_names_the_work_whole() -> None:
    from citebrief.pipeline import draft, render

    article = json.loads((DATA / "zh-clts.jsonl").read_text(encoding="utf-8").splitlines()[1])["article"]
    document = document_from_text(article, origin="x", kind="text")
    shown = render(draft(document), document, "text").splitlines()
    assert shown[:2] == ["《爸爸妈妈，我想对你们说》", "作者：嵇秉容，福山花园外国语小学五（6）班"]
    assert "Group 1: 核心要点：《爸爸妈妈，我想对你们说》" in shown  # not "核心要点：爸爸妈妈"
