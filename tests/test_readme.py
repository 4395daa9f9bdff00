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


# Modules the Layout map names by what they do but not by file name, as of session 51: a module
# not in this list is found in the map by its file name, so a new one cannot go unlisted.
_UNNAMED_IN_MAP = frozenset(
    {
        "backends/base.py",
        "backends/ray_backend.py",
        "backends/warm.py",
        "commands/batch.py",
        "commands/serve.py",
        "commands/verify.py",
        "engines/en_event_repeats.py",
        "engines/en_overview.py",
        "engines/en_section_groups.py",
        "engines/llm/answers.py",
        "engines/llm/budget.py",
        "engines/llm/engine.py",
        "engines/llm/prompts.py",
        "engines/policy_parts.py",
        "engines/scoring.py",
        "engines/zh_count_announcers.py",
        "engines/zh_overview_moves.py",
        "engines/zh_reporter_drops.py",
        "render/html.py",
        "render/json.py",
        "render/markdown.py",
        "render/source_line.py",
        "text/bidi.py",
        "text/caption_seams2.py",
        "text/en_glued_quotes.py",
        "text/en_lead_name.py",
        "text/en_thread_turns.py",
        "text/firstchars.py",
        "text/headings.py",
        "text/idf.py",
        "text/lang.py",
        "text/measure_names.py",
        "text/numbers.py",
        "text/official_subject.py",
        "text/report_kinds.py",
        "text/romanize.py",
        "text/tokenize.py",
        "text/zh_bodies.py",
        "text/zh_fragments.py",
        "text/zh_label_echoes.py",
        "text/zh_widen.py",
        "web/api.py",
        "web/app.py",
        "web/jobs.py",
        "web/pages.py",
        "web/service.py",
        "web/state.py",
    }
)


def _layout() -> str:
    text = README.read_text(encoding="utf-8")
    section = text.split("## Layout", 1)[1]
    return section.split("\n## ", 1)[0]


def test_every_module_is_named_in_the_layout_map() -> None:
    layout, source = _layout(), README.parent / "src" / "citebrief"
    modules = [p for p in sorted(source.rglob("*.py")) if p.name != "__init__.py"]
    unnamed = {p.relative_to(source).as_posix() for p in modules if p.name not in layout}
    assert unnamed <= _UNNAMED_IN_MAP, sorted(unnamed - _UNNAMED_IN_MAP)
