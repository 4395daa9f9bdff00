"""The store's SQLite connection: the file opened with the settings every process shares."""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

WAL_RETRY = 0.05  # seconds between tries of the switch to WAL


def connect(path: Path, timeout: float) -> sqlite3.Connection:
    """The file at `path` opened for the store: autocommit (the store's own transactions), rows
    by name, WAL (readers never wait on a writer), foreign keys on, `timeout` seconds of waiting
    on another process's lock."""
    db = sqlite3.connect(str(path), timeout=timeout, check_same_thread=False, isolation_level=None)
    db.row_factory = sqlite3.Row
    _journal_wal(db, timeout)  # a file system without WAL keeps its journal: slower, as safe
    db.execute("PRAGMA synchronous=NORMAL")
    db.execute("PRAGMA foreign_keys=ON")
    db.execute(f"PRAGMA busy_timeout={int(timeout * 1000)}")
    return db


def _journal_wal(db: sqlite3.Connection, timeout: float) -> None:
    """Switch the file to WAL. The switch needs the file to itself, and SQLite answers "database is
    locked" at once, without waiting out the busy timeout, while another process is opening or
    switching the same new file; so it is tried again until `timeout` (four processes opening
    one new store at once failed one time in a full test run on a loaded machine)."""
    deadline = time.monotonic() + timeout
    while True:
        try:
            db.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() >= deadline:
                raise
            time.sleep(WAL_RETRY)
