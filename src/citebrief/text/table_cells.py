"""Which pasted paragraphs are the cells of a table laid out one cell per line.

A table copied from a page or PDF arrives one cell per paragraph ("浙江", "45", "45", "90"); its
repeated cells are part of the table, and a reader who drops them as repeats leaves rows that no
longer line up with their header (zh-policy 39). Written here: no library reads a table back
from cells already cut into lines.
"""

from __future__ import annotations

import itertools

from citebrief.text.lazy_re import LazyPattern

__all__ = ["TABLE_CELL_CHARS", "TABLE_MIN_CELLS", "table_cells"]

# a table cell on its own line: short, with no sentence or clause stop ("1445", "是", "1996年");
# a run of this many such lines is a table, whose repeated cells are kept
TABLE_CELL_CHARS = 16
TABLE_MIN_CELLS = 6
_CLAUSE_STOP = LazyPattern(r"[。；！？，：:;,!?]")


def table_cells(paragraphs: list[str]) -> list[bool]:
    """Which paragraphs are cells of a table: each short and without a clause stop, in a run of
    TABLE_MIN_CELLS or more such lines. A lone short line ("点击查看", a repeated slogan) is no
    table."""
    short = [len(p) <= TABLE_CELL_CHARS and not _CLAUSE_STOP.search(p) for p in paragraphs]
    cells = [False] * len(paragraphs)
    for is_short, run in itertools.groupby(enumerate(short), key=lambda item: item[1]):
        members = [index for index, _ in run]
        if is_short and len(members) >= TABLE_MIN_CELLS:
            for index in members:
                cells[index] = True
    return cells
