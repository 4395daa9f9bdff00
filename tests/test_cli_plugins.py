"""The CLI's stand-in for pydantic's plugin loader: with every plugin off (the CLI's default), a
run never imports importlib.metadata; asked for plugins, pydantic's own loader looks for them."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import shared_article

SRC = Path(__file__).resolve().parents[1] / "src"
CODE = (
    "import sys\n"
    "from citebrief.cli import app\n"
    "sys.argv = ['citebrief', 'run', sys.argv[1]]\n"
    "try:\n"
    "    app()\n"
    "except SystemExit:\n"
    "    pass\n"
    "print(str(sys.modules['pydantic.plugin._loader'].__doc__).split(':')[0], 'importlib.metadata' in sys.modules)\n"
)


@pytest.mark.parametrize(
    ("setting", "loader"),
    [(None, "Stands in for pydantic's plugin loader False"), ("", "None True")],
)
def test_a_chinese_run_loads_pydantics_plugin_loader_only_when_plugins_are_wanted(
    setting: str | None, loader: str, tmp_path: Path
) -> None:
    article = tmp_path / "zh.txt"
    article.write_text(shared_article("zh-policy.jsonl", 0), encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k != "PYDANTIC_DISABLE_PLUGINS"}
    if setting is not None:
        env["PYDANTIC_DISABLE_PLUGINS"] = setting
    done = subprocess.run(
        [sys.executable, "-c", CODE, str(article)],
        capture_output=True,
        text=True,
        check=True,
        env={**env, "PYTHONPATH": str(SRC)},
    )
    assert "Group 1" in done.stdout
    assert done.stdout.splitlines()[-1] == loader
