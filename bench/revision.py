"""Two versions of the package side by side: the code of a git revision, and blind A/B pairs of
what each version made, for a reader who is not told which is which."""

from __future__ import annotations

import json
import random
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any, TypeVar

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data"
T = TypeVar("T")


def export_src(ref: str, folder: Path) -> Path:
    """Write `src/` of git revision `ref` under `folder` (`git archive`, no checkout touched) and
    return the folder to put on PYTHONPATH."""
    folder.mkdir(parents=True, exist_ok=True)
    archive = subprocess.run(["git", "archive", ref, "src"], cwd=ROOT, capture_output=True, check=True)
    subprocess.run(["tar", "-x", "-C", str(folder)], input=archive.stdout, check=True)
    return folder / "src"


def run_json(src: Path, script: str, *args: str) -> Any:
    """What `script` prints as JSON, run in a fresh interpreter on the code under `src`."""
    done = subprocess.run(
        [sys.executable, "-c", script, *args], capture_output=True, text=True, check=True, env={"PYTHONPATH": str(src)}
    )
    return json.loads(done.stdout)


def run_both(before_src: Path, script: str, articles: list[str], path: Path) -> tuple[Any, Any]:
    """What `script` prints as JSON of `articles` (written to `path`, its one argument), run by the
    code under `before_src` and by this worktree's, each in a fresh interpreter."""
    path.write_text(json.dumps(articles), encoding="utf-8")
    return run_json(before_src, script, str(path)), run_json(ROOT / "src", script, str(path))


def set_both(ref: str, script: str, name: str, limit: int) -> tuple[int, Any, Any]:
    """`run_both` over the first `limit` articles of the shared data set `name`, BEFORE by the
    code of git `ref`: how many articles were read, and the two outputs."""
    with tempfile.TemporaryDirectory() as folder:
        before_src = export_src(ref, Path(folder) / "before")
        lines = (DATA / f"{name}.jsonl").read_text(encoding="utf-8").splitlines()[:limit]
        articles = [json.loads(line)["article"] for line in lines]
        return len(articles), *run_both(before_src, script, articles, Path(folder) / f"{name}.json")


def blind_order(rng: random.Random, before: T, after: T) -> tuple[T, T, dict[str, str]]:
    """The two versions as A and B in random order, and which is which (for the key only)."""
    swap = rng.random() < 0.5
    sides = {"A": "after" if swap else "before", "B": "before" if swap else "after"}
    return (after, before, sides) if swap else (before, after, sides)


# the lines `citebrief segments` prints of a document `d` (its title, then "[n] text", a passage
# marked), for a script run by `run_json` on either version's code (an old one may lack `passage`)
SEGMENT_LINES = (
    "([d.title] if d.title else [])"
    " + [f\"[{s.n}]{' (passage)' if getattr(s, 'passage', False) else ''} {s.text}\" for s in d.segments]"
)


def numbered_source(first: list[str], second: list[str]) -> str:
    """The source of a pair cut into the numbered paragraphs (or passages) its briefs cite, as
    `citebrief segments` prints them, so a reader can check each [n]: once where both versions
    number it alike, else once as Brief A numbers it and once as Brief B does."""
    if first == second:
        return "## Source\n\n" + "\n\n".join(first)
    return "\n\n".join(
        f"## Source as Brief {side} numbers it\n\n" + "\n\n".join(lines)
        for side, lines in (("A", first), ("B", second))
    )


def write_pairs(out: Path, pairs: list[str], key: dict[str, dict[str, object]]) -> None:
    """pairs.md for the reader, key.json apart."""
    (out / "pairs.md").write_text("\n".join(pairs), encoding="utf-8")
    (out / "key.json").write_text(json.dumps(key, indent=1), encoding="utf-8")
    print(f"{len(pairs)} pairs in {out / 'pairs.md'}; key in {out / 'key.json'}")
