"""The user cache tidies itself (user_cache.prune, regex_cache.kept_programs): writing a copy
removes the older copies of its kind but the newest few, and the regex programs kept are those
last used, so neither the folder nor the file grows with every install; the CLI holds BLAS to
one thread unless the user chose."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pytest

from citebrief import user_cache
from citebrief.text import idf, regex_cache


def copies(folder: Path, names: list[str], age_s: float) -> list[Path]:
    """Files named `names`, the first the oldest, the last `age_s` seconds old."""
    now = time.time()
    made = []
    for n, name in enumerate(names):
        path = folder / name
        path.write_bytes(b"x")
        mtime = now - age_s - 60 * (len(names) - 1 - n)
        os.utime(path, (mtime, mtime))
        made.append(path)
    return made


def test_a_new_copy_removes_older_ones_of_its_kind_but_the_newest_few(tmp_path: Path) -> None:
    old = copies(tmp_path, [f"idf-3-{n}.bin" for n in range(6)], age_s=600)
    other_kind = copies(tmp_path, ["jieba-dict-2-1.bin", "regex-1.marshal"], age_s=7200)
    leftover, fresh_tmp = copies(tmp_path, ["idf-3-0.bin.41.tmp", "idf-3-9.bin.42.tmp"], age_s=5)
    os.utime(leftover, (time.time() - 7200, time.time() - 7200))  # a killed writer's, long ago
    written = tmp_path / "idf-3-9.bin"
    written.write_bytes(b"new")
    removed = user_cache.prune(written, "idf-*.bin")
    assert sorted(removed) == sorted([*old[: -user_cache.KEEP], leftover])
    left = sorted(path.name for path in tmp_path.iterdir())
    kept = [path.name for path in old[-user_cache.KEEP :]]
    assert left == sorted([*kept, written.name, fresh_tmp.name, *(path.name for path in other_kind)])


def test_a_copy_newer_than_the_one_written_is_left(tmp_path: Path) -> None:
    """Another process wrote it after this one: it is the newer install's, maybe being read."""
    written, newer = copies(tmp_path, ["idf-3-1.bin", "idf-3-2.bin"], age_s=0)
    assert user_cache.prune(written, "idf-*.bin", keep=0) == []
    assert newer.exists()


def test_writing_the_idf_table_prunes_its_old_copies(tmp_path: Path) -> None:
    old = copies(tmp_path, [f"idf-3-{n}.bin" for n in range(4)], age_s=600)
    idf._write(tmp_path / "idf-3-9.bin", np.array([1], dtype=np.uint64), np.array([2.0], dtype=np.float32), 2.0)
    assert [path.exists() for path in old] == [False, False, True, True]


def test_a_save_keeps_the_programs_last_used_and_prunes_other_builds(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(regex_cache, "_MAX_PROGRAMS", 3)
    monkeypatch.setattr(regex_cache, "cache_file", lambda: tmp_path / "regex-new.marshal")
    monkeypatch.setattr(regex_cache, "_KEPT", regex_cache._Kept())
    old_builds = copies(tmp_path, [f"regex-old{n}.marshal" for n in range(3)], age_s=600)
    stale = [f"stale{n}" for n in range(4)]
    regex_cache._KEPT.programs = {(pattern, 0): b"" for pattern in stale}  # as read from the file
    regex_cache.compiled("stale2")  # asked again this run
    regex_cache.compiled("new[ab]")  # compiled this run
    regex_cache.save()
    regex_cache._KEPT = regex_cache._Kept()  # as a new process
    assert list(regex_cache._load()) == [("stale3", 0), ("stale2", 0), ("new[ab]", 0)]
    assert [path.exists() for path in old_builds] == [False, True, True]


def test_the_programs_of_this_run_come_last_and_the_oldest_go_first() -> None:
    programs = {(name, 0): name.encode() for name in ("a", "b", "c", "d")}
    used = dict.fromkeys([("b", 0), ("gone", 0), ("a", 0)])
    kept = regex_cache.kept_programs(programs, used)
    assert list(kept) == [("c", 0), ("d", 0), ("b", 0), ("a", 0)]
    assert kept[("b", 0)] == b"b"


_ENV_PROBE = (
    "import json, os, sys; import citebrief.cli; "
    "print(json.dumps({n: os.environ.get(n) for n in citebrief.cli.BLAS_THREADS} | {'numpy': 'numpy' in sys.modules}))"
)


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ({}, {"OPENBLAS_NUM_THREADS": "1", "OMP_NUM_THREADS": "1", "MKL_NUM_THREADS": "1"}),
        ({"OMP_NUM_THREADS": "4"}, {"OPENBLAS_NUM_THREADS": None, "OMP_NUM_THREADS": "4", "MKL_NUM_THREADS": None}),
    ],
)
def test_the_cli_holds_blas_to_one_thread_unless_the_user_chose(
    given: dict[str, str], expected: dict[str, str | None]
) -> None:
    env = {k: v for k, v in os.environ.items() if k not in expected} | given
    out = subprocess.run([sys.executable, "-c", _ENV_PROBE], env=env, capture_output=True, text=True, check=True)
    assert json.loads(out.stdout) == {**expected, "numpy": False}  # set before numpy loads
