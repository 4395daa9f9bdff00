"""The README cannot go stale: its demo brief is what `make demo` prints today."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from citebrief import ingest
from citebrief.pipeline import draft, render

README = Path(__file__).resolve().parent.parent / "README.md"


def test_readme_opens_with_the_two_commands() -> None:
    first_block = README.read_text(encoding="utf-8").split("```")[1]
    assert re.search(r"^make demo\b", first_block, re.MULTILINE)
    assert re.search(r"^make test\b", first_block, re.MULTILINE)


def test_readme_demo_block_is_the_current_brief(examples_dir: Path) -> None:
    text = README.read_text(encoding="utf-8")
    section = text.split("## What `make demo` prints", 1)[1]
    shown = section.split("```\n", 2)[1]
    document = ingest(str(examples_dir / "zh-tech-policy.html"))
    assert shown == render(draft(document), document, "text")


def _python_blocks(text: str) -> list[str]:
    return re.findall(r"^```python\n(.*?)^```", text, re.MULTILINE | re.DOTALL)


def test_readme_library_example_runs(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    blocks = _python_blocks(README.read_text(encoding="utf-8"))
    assert blocks, "the README shows how to use citebrief as a library"
    monkeypatch.chdir(README.parent)  # the example names examples/ relative to the repository
    for block in blocks:
        exec(compile(block, str(README), "exec"), {"__name__": "readme_example"})  # our own README
    printed = capsys.readouterr().out
    assert printed.startswith("# 让数字技术为制造业")  # the markdown brief of the bundled example
    assert len(re.findall(r"^## ", printed, re.MULTILINE)) == 5  # groups=5, as the example asks
