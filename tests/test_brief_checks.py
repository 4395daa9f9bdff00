"""Issue 9's automatic checks on a sample of every shared set (bench/brief_checks.py runs them all)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
from brief_checks import DATA, SETS, run_set


@pytest.mark.parametrize("name", SETS)
def test_briefs_pass_the_readers_checks(name: str) -> None:
    if not (DATA / f"{name}.jsonl").exists():
        pytest.fail(f"{DATA / name}.jsonl is missing: CI lays ../shared beside the checkout")
    found = run_set(name, limit=10)
    assert found.ellipsis == []
    assert found.structure == []
    assert found.duplicates == []
    assert found.passages == []
    assert found.alarms == []
