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


def wire_documents(db: Path) -> set[str]:
    """The documents of the two copies of the wire story."""
    with sqlite3.connect(db) as connection:
        rows = connection.execute("SELECT input, document_id FROM batch_items").fetchall()
    return {document for path, document in rows if "wire" in Path(path).name}


def items(db: Path) -> dict[str, tuple[str, str | None]]:
    with sqlite3.connect(db) as connection:
        rows = connection.execute("SELECT input, status, error FROM batch_items").fetchall()
    return {Path(path).name: (status, error) for path, status, error in rows}


def test_ray_backend_gives_the_same_briefs_as_the_default(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    write_articles(folder, 8)
    # one story twice, far apart in the input: one copy is briefed, the other linked to it. Which
    # one is the first to finish, whatever the backend: on a loaded machine the second copy can
    # overtake the first, so the two runs are compared up to that swap.
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
    wire = {"a-wire.html", "z-wire.html"}
    for db in (local, on_ray):
        assert sorted(status for name, (status, _) in items(db).items() if name in wire) == ["done", "duplicate"]
    assert {k: v for k, v in items(on_ray).items() if k not in wire} == {
        k: v for k, v in items(local).items() if k not in wire
    }
    briefed = [briefs_by_document(db) for db in (local, on_ray)]
    assert len(briefed[0]) == len(briefed[1]) == 9
    copies = wire_documents(local)
    assert len(copies) == 2 and wire_documents(on_ray) == copies
    if copies & briefed[0].keys() == copies & briefed[1].keys():  # the same copy briefed: the same brief
        assert briefed[1] == briefed[0]
    else:  # the other copy briefed: every other brief the same
        assert {k: v for k, v in briefed[1].items() if k not in copies} == {
            k: v for k, v in briefed[0].items() if k not in copies
        }

    again = run_cli("batch", folder, "--db", on_ray, "-j", "2", "--backend", "ray", timeout=300)
    assert summary(again.stdout)["skipped"] == 10  # the rerun skips what Ray finished; the empty file fails again
