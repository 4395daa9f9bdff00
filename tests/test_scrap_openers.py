"""Bullets less the ellipsis they open on ("......记者在现场看到": `text.scrap_openers`)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from citebrief.ingest import document_from_text
from citebrief.pipeline import brief_document
from citebrief.text.data_files import data_lines
from citebrief.text.scrap_openers import without_scrap_opener

DATA = Path("/work/shared/data")

# one sentence a row of `data/scrap_openers.tsv` (the first two the shared sets' own), and what is left of it
ROWS = {
    "…+": (
        "……记者在现场看到，采购商们围绕彼此关心的问题进行现场对接洽谈。",
        "记者在现场看到，采购商们围绕彼此关心的问题进行现场对接洽谈。",
    ),
    r"\.{3,}": (
        '"... A woman is entitled to bring a pregnancy to term even if the man objects.',
        '"A woman is entitled to bring a pregnancy to term even if the man objects.',
    ),
    "。{3,}": ("。。。。。。市政府日前印发了实施方案。", "市政府日前印发了实施方案。"),
}


def test_every_row_has_a_case() -> None:
    assert set(data_lines("scrap_openers.tsv")) == set(ROWS)


@pytest.mark.parametrize("row", sorted(ROWS))
def test_each_opening_mark_goes(row: str) -> None:
    text, left = ROWS[row]
    assert without_scrap_opener(text) == left


def test_marks_elsewhere_or_alone_stay() -> None:
    assert without_scrap_opener("...and the town kept growing.") == "And the town kept growing."
    assert without_scrap_opener("开展品种杂交……") == "开展品种杂交……"  # the source's own trailing ellipsis
    assert without_scrap_opener("……") == "……"  # no word follows
    assert without_scrap_opener("……“您好”") == "……“您好”"
    assert without_scrap_opener("The plan, he said, was ... unusual.") == "The plan, he said, was ... unusual."


def _zh_news_167() -> str:
    return str(json.loads((DATA / "zh-news.jsonl").read_text(encoding="utf-8").splitlines()[167])["article"])


def test_shared_brief_opens_no_bullet_on_an_ellipsis_and_still_checks() -> None:
    # "“产品开发流程是什么？”......记者在现场看到，……": the split leaves the ellipsis on the reporter's sentence
    doc = document_from_text(_zh_news_167(), origin="x", kind="text")
    points = [point for group in brief_document(doc).brief.groups for point in group.points]
    seen = [point for point in points if "记者在现场看到" in point.text]
    assert seen and all(point.text.startswith("记者在现场看到，本届跨采会的采购范围") for point in seen)
    assert not any(point.text.startswith(("…", "...", "。。。")) for point in points)
    assert all(point.support is not None and point.support.label == "supported" for point in seen)
