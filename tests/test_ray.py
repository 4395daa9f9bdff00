"""The same batch on a local Ray instance gives the same briefs as the default backend."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from helpers import run_cli
from test_batch import summary, write_articles
from test_dedup import wire_story_pages


def briefs_by_document(db: Path) -> dict[str, str]:
    with sqlite3.connect(db) as connection:
        return dict(connection.execute("SELECT document_id, body FROM briefs").fetchall())


def items(db: Path) -> dict[str, tuple[str, str | None]]:
    with sqlite3.connect(db) as connection:
        rows = connection.execute("SELECT input, status, error FROM batch_items").fetchall()
    return {Path(path).name: (status, error) for path, status, error in rows}


def test_ray_backend_gives_the_same_briefs_as_the_default(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    write_articles(folder, 8)
    # one story twice, far apart in the input: the first copy is briefed, the second linked to it
    # (of copies in flight at the same time, the first to finish is briefed, whatever the backend)
    first, second = wire_story_pages(write_articles(tmp_path / "story", 1, start=90)[0].read_text())[:2]
    (folder / "a-wire.html").write_text(first, encoding="utf-8")
    (folder / "z-wire.html").write_text(second, encoding="utf-8")
    (folder / "empty.txt").write_text("\n")  # one item that fails, the same way on both
    local, on_ray = tmp_path / "local.db", tmp_path / "ray.db"

    default = run_cli("batch", folder, "--db", local, "-j", "2", timeout=300)
    # a local Ray instance with two CPUs, started and shut down by the command
    ray = run_cli("batch", folder, "--db", on_ray, "-j", "2", "--backend", "ray", timeout=300)
    assert default.returncode == ray.returncode == 1  # the empty file
    assert summary(ray.stdout) == summary(default.stdout) == {"done": 9, "skipped": 0, "duplicates": 1, "failed": 1}
    # (Ray may add log lines of its own on stderr; ours are the same)
    errors = [[line for line in done.stderr.splitlines() if line.startswith("citebrief:")] for done in (default, ray)]
    assert errors[0] == errors[1] == [f"citebrief: error: {folder / 'empty.txt'}: the input holds only whitespace"]
    assert briefs_by_document(on_ray) == briefs_by_document(local)
    assert len(briefs_by_document(local)) == 9
    assert items(on_ray) == items(local)

    again = run_cli("batch", folder, "--db", on_ray, "-j", "2", "--backend", "ray", timeout=300)
    assert summary(again.stdout)["skipped"] == 10  # the rerun skips what Ray finished; the empty file fails again
