"""`citebrief run` holds the cycle collector off through its imports and first brief, then
resumes it with what was made frozen, and never leaves it off, however the command ends."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from citebrief.cli import app
from conftest import shared_article


@pytest.fixture
def collector() -> Iterator[None]:
    gc.unfreeze()
    yield
    gc.unfreeze()  # what a run froze is collected again by the tests after this one
    gc.enable()


def test_a_run_resumes_the_collector_with_its_start_frozen(collector: None, tmp_path: Path) -> None:
    article = tmp_path / "zh.txt"
    article.write_text(shared_article("zh-policy.jsonl", 0), encoding="utf-8")
    result = CliRunner().invoke(app, ["run", str(article)])
    assert result.exit_code == 0, result.output
    assert "Group 1" in result.output
    assert gc.isenabled()
    assert gc.get_freeze_count() > 0  # the modules and objects of the start, frozen


def test_a_run_that_fails_at_once_leaves_the_collector_on(collector: None) -> None:
    result = CliRunner().invoke(app, ["run", "--format", "pdf", "x.txt"])
    assert result.exit_code != 0
    assert gc.isenabled()
    assert gc.get_freeze_count() > 0
