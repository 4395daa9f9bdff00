"""bench/en_group_sizes.py: a group of five is followed back to its theme group and the step
that gave it the rest (issue #9's catch-all groups)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
import en_group_sizes as bench
from citebrief.ingest import document_from_text
from citebrief.pipeline import draft


def test_sources_name_the_theme_groups_size_and_each_step_that_added() -> None:
    snapshots = [
        ("_theme_groups", [frozenset({1, 2, 3}), frozenset({7, 8})]),
        ("cover_steps", [frozenset({1, 2, 3}), frozenset({7, 8})]),
        ("fold_unrelated", [frozenset({1, 2, 3, 7, 8})]),
    ]
    assert bench.sources(frozenset({1, 2, 3, 7, 8}), snapshots) == ["picked:3", "fold_unrelated:+2"]
    assert bench.sources(frozenset({7, 8}), snapshots[:2]) == ["picked:2"]
    assert bench.sources(frozenset({1}), []) == []


def test_a_real_brief_s_group_of_five_came_from_a_fold() -> None:
    # en-xsum 163's last group: three picks of its run, and a group of two unrelated bullets folded in
    line = (bench.DATA / "en-xsum.jsonl").read_text(encoding="utf-8").splitlines()[163]
    snapshots: list[tuple[str, bench.Groups]] = []
    unwrap = bench.watched(snapshots)
    try:
        draft(document_from_text(json.loads(line)["article"], origin="163", kind="text"))
    finally:
        unwrap()
    fives = [g for g in snapshots[-1][1] if len(g) == 5]
    assert len(fives) == 1
    assert bench.sources(fives[0], snapshots) == ["picked:3", "fold_unrelated:+2"]
    assert bench.extractive.cover_steps.__name__ == "cover_steps"  # unwrapped again
