"""Tables whose cells arrive as one paragraph each, and whether the brief says their figures (issue 9).

    .venv/bin/python bench/zh_table_cells.py [--sets zh-policy zh-news] [--limit 200] [--show]

A table pasted from a page or a PDF often comes as one short paragraph per cell: a header row's
cells, then each row's label and values ("省（市）", "1995年招生人数", … "总计", "1445", "555", …).
No sentence then says "label：value", so no bullet can carry those figures. Runs are read on
each record's raw paragraphs (its non-blank lines); ingest keeps a repeated cell ("100", "45")
where it sits in a run of short lines (`segment.clean_paragraphs`), so rows line up there. A
cell is a paragraph of at most 16 characters with no sentence or clause stop (。；！？，：); a
run is `--min-cells` or more consecutive cells of which `--min-figures` or more are a bare
figure ("1445", "120（扩招）", "12.5%"). It prints each run (its raw paragraph numbers, cells,
figures, distinct cells, and how many of its distinct figures some
bullet of the extractive brief says) and the totals: how many articles hold a run. A pointer
for whether a table reading is worth building (three articles or more), not a target.
"""

from __future__ import annotations

import argparse
import re
from dataclasses import dataclass
from pathlib import Path

from citebrief.eval.rouge import read_records
from citebrief.ingest import document_from_text
from citebrief.pipeline import draft

DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
CELL_CHARS = 16
CLAUSE_STOP = re.compile(r"[。；！？，：:;,!?]")
FIGURE = re.compile(r"^[-+]?\d[\d,.．]*\s*(?:%|％|万|亿|元|人|个|名|户|吨|次)?(?:（[^）]{0,8}）)?$")


@dataclass(frozen=True)
class CellRun:
    """Consecutive cell paragraphs: their raw numbers (from 1) and texts, and the bare figures."""

    first: int
    last: int
    cells: tuple[str, ...]
    figures: tuple[str, ...]


def is_cell(text: str) -> bool:
    """A paragraph short and stopless enough to be one table cell, not a sentence or heading."""
    text = text.strip()
    return 0 < len(text) <= CELL_CHARS and not CLAUSE_STOP.search(text)


def raw_paragraphs(article: str) -> list[str]:
    """The article's non-blank lines, whitespace-normalized, repeats kept."""
    return [" ".join(line.split()) for line in article.splitlines() if line.strip()]


def cell_runs(paragraphs: list[str], *, min_cells: int = 6, min_figures: int = 3) -> list[CellRun]:
    """The runs of `min_cells` or more cell paragraphs holding `min_figures` or more bare figures."""
    runs: list[CellRun] = []
    current: list[tuple[int, str]] = []
    for number, paragraph in [*enumerate(paragraphs, start=1), (0, "")]:
        if number and is_cell(paragraph):
            current.append((number, paragraph))
            continue
        figures = tuple(cell for _, cell in current if FIGURE.match(cell))
        if len(current) >= min_cells and len(figures) >= min_figures:
            cells = tuple(cell for _, cell in current)
            runs.append(CellRun(current[0][0], current[-1][0], cells, figures))
        current = []
    return runs


def said_figures(run: CellRun, bullets: list[str]) -> int:
    """How many of the run's distinct figures some bullet says as a whole number (not inside another)."""
    said = 0
    for figure in sorted(set(run.figures)):
        digits = re.match(r"[-+]?\d[\d,.．]*", figure)
        if digits is None:
            continue
        alone = re.compile(rf"(?<![\d.]){re.escape(digits.group())}(?![\d.])")
        said += any(alone.search(bullet) for bullet in bullets)
    return said


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sets", nargs="+", default=["zh-policy", "zh-news"])
    parser.add_argument("--limit", type=int, default=200)
    parser.add_argument("--min-cells", type=int, default=6)
    parser.add_argument("--min-figures", type=int, default=3)
    parser.add_argument("--show", action="store_true", help="print every run's first cells")
    args = parser.parse_args()
    articles = runs_total = 0
    for name in args.sets:
        for index, record in enumerate(read_records(DATA / f"{name}.jsonl", limit=args.limit)):
            runs = cell_runs(raw_paragraphs(record.article), min_cells=args.min_cells, min_figures=args.min_figures)
            if not runs:
                continue
            document = document_from_text(record.article, origin=f"{name}:{index}", kind="text")
            articles += 1
            runs_total += len(runs)
            bullets = [point.text for group in draft(document).groups for point in group.points]
            for run in runs:
                print(
                    f"{name} {index}: paragraphs {run.first}-{run.last}, {len(run.cells)} cells, "
                    f"{len(run.figures)} figures, {len(set(run.cells))} distinct, "
                    f"{said_figures(run, bullets)} of "
                    f"{len(set(run.figures))} distinct figures said by a bullet"
                )
                if args.show:
                    print("   ", " / ".join(run.cells[:16]))
    print(f"{articles} articles hold {runs_total} runs of table cells ({', '.join(args.sets)}, first {args.limit})")


if __name__ == "__main__":
    main()
