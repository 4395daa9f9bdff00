"""The package as it was at a git revision, for benches that compare two versions side by side."""

from __future__ import annotations

import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def export_src(ref: str, folder: Path) -> Path:
    """Write `src/` of git revision `ref` under `folder` (`git archive`, no checkout touched) and
    return the folder to put on PYTHONPATH."""
    archive = subprocess.run(["git", "archive", ref, "src"], cwd=ROOT, capture_output=True, check=True)
    subprocess.run(["tar", "-x", "-C", str(folder)], input=archive.stdout, check=True)
    return Path(folder) / "src"
