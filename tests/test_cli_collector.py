"""`citebrief run` holds the cycle collector off through its imports and first brief, then
resumes it with what was made frozen, and never leaves it off, however the command ends."""

from __future__ import annotations

import gc
import json
import subprocess
import sys
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


_CALLED_AS_THE_SCRIPT = r"""
import gc, json, sys
from citebrief import cli
command = sys.argv[1:]
seen = []
enter = cli._CollectorPaused.__enter__
def entered(self):
    seen.append("run")
    return enter(self)
cli._CollectorPaused.__enter__ = entered
import citebrief.model
dumps = citebrief.model.dumps_schema
def schema():
    seen.append("schema, collector on" if gc.isenabled() else "schema, collector off")
    return dumps()
citebrief.model.dumps_schema = schema
gc.callbacks.append(lambda phase, info: seen.append("collection") if phase == "start" else None)
try:
    cli.app(command)
except SystemExit as exit:
    code = exit.code
seen = seen[:3] + [s for s in seen if "schema" in s]
print(json.dumps({"code": code, "seen": seen, "enabled": gc.isenabled(), "frozen": gc.get_freeze_count() > 0}))
"""


def _called_as_the_script(*command: str) -> dict[str, object]:
    done = subprocess.run(
        [sys.executable, "-c", _CALLED_AS_THE_SCRIPT, *command], capture_output=True, text=True, check=True
    )
    result: dict[str, object] = json.loads(done.stdout.splitlines()[-1])
    return result


def test_called_as_the_script_a_run_collects_nothing_before_its_own_start(tmp_path: Path) -> None:
    """From `app()` on, typer's reading of the commands and its parse of the arguments (pydantic
    imported for them) make no collection; the run takes the pause over and resumes it as above."""
    article = tmp_path / "zh.txt"
    article.write_text(shared_article("zh-policy.jsonl", 0), encoding="utf-8")
    result = _called_as_the_script("run", str(article))
    assert result["code"] == 0
    assert result["seen"][0] == "run", result  # type: ignore[index]
    assert result["enabled"] is True and result["frozen"] is True


def test_called_as_the_script_another_command_runs_with_the_collector_on() -> None:
    result = _called_as_the_script("schema")
    assert result["code"] == 0
    assert "schema, collector on" in result["seen"], result  # type: ignore[operator]
    assert result["enabled"] is True
