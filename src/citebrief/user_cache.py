"""Old copies in the user cache, removed when a new copy of their kind is written.

Each cache file is named for what it was built from (the IDF table and jieba's dictionary by
their source files' size and time, the regex programs by Python build), so every install of
jieba or citebrief writes a new copy beside the old ones (3-6 MB each) and nothing read or
removed the old ones again: one user's cache held 24 of each kind, 220 MB. Writing a copy now
removes the copies of its kind older than it, but for the newest `KEEP`: another install (a
second virtualenv, another Python) may still be using its own copy, and removing it would have
the two rebuild theirs in turn on every start. Another process may be reading a copy removed:
on POSIX it keeps reading its open file; any error (a file gone already, one held open on
Windows) is ignored, as a cache that cannot be tidied costs only disk.
"""

from __future__ import annotations

import contextlib
import time
from pathlib import Path

KEEP = 2  # older copies of a kind kept beside the new one: two other installs in use rebuild nothing
_LEFTOVER_S = 3600.0  # a writer's temporary file is renamed within a second; one this old lost its writer


def prune(written: Path, pattern: str, keep: int = KEEP) -> list[Path]:
    """Remove the files of `written`'s folder that match the glob `pattern` (its kind) and are
    older than `written`, all but the newest `keep`, and the writers' leftover temporary files of
    that kind (`NAME.PID.tmp`); the files removed."""
    removed: list[Path] = []
    with contextlib.suppress(OSError):
        newest = written.stat().st_mtime
        older: list[tuple[float, Path]] = []
        for path in written.parent.glob(pattern):
            with contextlib.suppress(OSError):
                mtime = path.stat().st_mtime
                if path != written and mtime < newest:
                    older.append((mtime, path))
        older.sort(key=lambda item: item[0], reverse=True)
        doomed = [path for _, path in older[keep:]]
        stale = time.time() - _LEFTOVER_S
        for path in written.parent.glob(f"{pattern}.*.tmp"):
            with contextlib.suppress(OSError):
                if path.stat().st_mtime < stale:
                    doomed.append(path)
        for path in doomed:
            with contextlib.suppress(OSError):
                path.unlink()
                removed.append(path)
    return removed
