"""bench/zh_table_cells.py: a table pasted one cell per paragraph is found on the raw paragraphs,
repeated cells and all; an item list of text cells with only serial numbers is not."""

from __future__ import annotations

import sys
from pathlib import Path

from conftest import shared_article

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
import zh_table_cells as bench


def test_enrolment_table_is_one_run() -> None:
    runs = bench.cell_runs(bench.raw_paragraphs(shared_article("zh-policy.jsonl", 39)))
    assert len(runs) == 1
    table = runs[0]
    # the header row, then 总计 and 19 provinces of a label and five figures each
    assert table.cells[:8] == (
        "省（市）",
        "1995年招生人数",
        "扩招",
        "分年度招生任务",
        "1996年",
        "1997年",
        "1998年",
        "总计",
    )
    assert table.cells[8:13] == ("1445", "555", "1600", "1800", "2000")
    assert len(table.cells) == 8 + 5 + 19 * 6
    assert "120（扩招）" in table.figures
    assert len(set(table.cells)) < len(table.cells)  # repeats the Document reads once


def test_serial_numbers_alone_make_no_table() -> None:
    assert bench.cell_runs(bench.raw_paragraphs(shared_article("zh-policy.jsonl", 1))) == []


def test_cells_and_said_figures() -> None:
    assert bench.is_cell("1995年招生人数")
    assert not bench.is_cell("单位：人")
    run = bench.CellRun(1, 4, ("总计", "1445", "1600", "16000"), ("1445", "1600", "16000"))
    assert bench.said_figures(run, ["至1998年达到1600人，基数1445名。"]) == 2  # 16000 is in no bullet
