"""The SQLite store: documents, briefs, batch runs and the LLM response cache, in one file.

Habits from llm's `migrations.py`: numbered migration functions applied on open and recorded in
a table, so an old file is upgraded in place. WAL mode lets a web server read while a batch
writes; every write is its own short transaction, so a finished item is on disk the moment it
finishes and a killed process loses at most the item it was working on.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from citebrief.errors import NotFound, StoreError
from citebrief.model import Brief, Document

Migration = Callable[[sqlite3.Connection], None]


def _run_script(db: sqlite3.Connection, script: str) -> None:
    """Statement by statement: executescript() would COMMIT the migration's transaction."""
    for statement in script.split(";"):
        if statement.strip():
            db.execute(statement)


def m001_initial(db: sqlite3.Connection) -> None:
    _run_script(
        db,
        """
        CREATE TABLE documents (
            id TEXT PRIMARY KEY,
            origin TEXT NOT NULL,
            url TEXT,
            title TEXT,
            site TEXT,
            published_at TEXT,
            lang TEXT NOT NULL,
            ingested_at TEXT NOT NULL,
            body TEXT NOT NULL               -- the Document as JSON
        );
        CREATE INDEX documents_published ON documents(published_at);
        CREATE INDEX documents_ingested ON documents(ingested_at);
        CREATE TABLE briefs (
            id INTEGER PRIMARY KEY,
            document_id TEXT NOT NULL REFERENCES documents(id),
            engine TEXT NOT NULL,
            settings TEXT NOT NULL,          -- canonical JSON of the options that shape the brief
            created_at TEXT NOT NULL,
            body TEXT NOT NULL,              -- the Brief as JSON
            UNIQUE (document_id, engine, settings)
        );
        CREATE TABLE batches (
            id INTEGER PRIMARY KEY,
            key TEXT NOT NULL UNIQUE,        -- hash of the inputs and settings: a rerun resumes
            settings TEXT NOT NULL,
            created_at TEXT NOT NULL,
            finished_at TEXT
        );
        CREATE TABLE batch_items (
            batch_id INTEGER NOT NULL REFERENCES batches(id),
            input TEXT NOT NULL,
            status TEXT NOT NULL,            -- done | failed | duplicate
            document_id TEXT,
            brief_id INTEGER,
            error TEXT,
            updated_at TEXT NOT NULL,
            PRIMARY KEY (batch_id, input)
        );
        CREATE TABLE llm_responses (
            request_hash TEXT PRIMARY KEY,
            model TEXT NOT NULL,
            request TEXT NOT NULL,
            response TEXT NOT NULL,
            prompt_tokens INTEGER,
            completion_tokens INTEGER,
            latency_s REAL,
            created_at TEXT NOT NULL
        );
        """,
    )


MIGRATIONS: tuple[Migration, ...] = (m001_initial,)


def default_path() -> Path:
    """CITEBRIEF_DB, else citebrief.db in the user's data directory."""
    configured = os.environ.get("CITEBRIEF_DB")
    if configured:
        return Path(configured)
    from platformdirs import user_data_path

    return user_data_path("citebrief") / "citebrief.db"


def _now() -> str:
    return datetime.now().astimezone().isoformat(timespec="seconds")


def settings_key(**settings: Any) -> str:
    """Canonical JSON of brief-shaping options: equal settings, equal key."""
    return json.dumps(settings, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def request_hash(payload: dict[str, Any]) -> str:
    return hashlib.sha256(settings_key(**payload).encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class BriefRow:
    """A stored brief as the history lists it."""

    id: int
    document_id: str
    engine: str
    created_at: str
    title: str | None
    site: str | None
    published_at: str | None
    url: str | None
    origin: str


@dataclass(frozen=True)
class CachedResponse:
    response: str
    model: str
    prompt_tokens: int | None
    completion_tokens: int | None
    latency_s: float | None


@dataclass(frozen=True)
class BatchItem:
    input: str
    status: str
    document_id: str | None
    brief_id: int | None
    error: str | None


class Store:
    """One SQLite file; open with `Store.open()`; safe to share between threads of one process."""

    def __init__(self, path: Path, *, timeout: float = 30.0) -> None:
        self.path = path
        try:
            if str(path) != ":memory:":
                path.parent.mkdir(parents=True, exist_ok=True)
            self._db = sqlite3.connect(str(path), timeout=timeout, check_same_thread=False, isolation_level=None)
            self._db.row_factory = sqlite3.Row
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA foreign_keys=ON")
            self._db.execute("PRAGMA busy_timeout=30000")
            self._migrate()
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"cannot open the store ({exc})", source=str(path)) from exc
        except OSError as exc:
            raise StoreError(f"cannot create the store ({exc.strerror or exc})", source=str(path)) from exc

    @classmethod
    def open(cls, path: Path | str | None = None) -> Store:
        return cls(Path(path) if path is not None else default_path())

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        try:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                yield self._db
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
            self._db.execute("COMMIT")
        except sqlite3.DatabaseError as exc:  # includes a full disk and a read-only file
            raise StoreError(f"cannot write to the store ({exc})", source=str(self.path)) from exc

    def _migrate(self) -> None:
        self._db.execute("CREATE TABLE IF NOT EXISTS _migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)")
        applied = {row["name"] for row in self._db.execute("SELECT name FROM _migrations")}
        for migration in MIGRATIONS:
            if migration.__name__ in applied:
                continue
            with self._transaction() as db:
                migration(db)
                db.execute("INSERT INTO _migrations VALUES (?, ?)", (migration.__name__, _now()))

    @property
    def schema_version(self) -> int:
        return int(self._db.execute("SELECT count(*) FROM _migrations").fetchone()[0])

    # documents -----------------------------------------------------------------------------

    def save_document(self, document: Document) -> None:
        """Insert the document, or keep the stored one: the id is a hash of its text."""
        published = document.published_at.isoformat() if document.published_at else None
        with self._transaction() as db:
            db.execute(
                "INSERT OR IGNORE INTO documents VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    document.id,
                    document.origin,
                    document.url,
                    document.title,
                    document.source,
                    published,
                    document.lang,
                    _now(),
                    document.model_dump_json(),
                ),
            )

    def get_document(self, document_id: str) -> Document:
        row = self._read("SELECT body FROM documents WHERE id = ?", (document_id,))
        if row is None:
            raise NotFound(f"no document {document_id!r} in the store", source=str(self.path))
        return Document.model_validate_json(row["body"])

    # briefs --------------------------------------------------------------------------------

    def save_brief(self, brief: Brief, settings: str) -> int:
        """Store (or replace) the brief of a document under these settings; returns its id."""
        with self._transaction() as db:
            db.execute(
                """INSERT INTO briefs (document_id, engine, settings, created_at, body) VALUES (?, ?, ?, ?, ?)
                   ON CONFLICT (document_id, engine, settings)
                   DO UPDATE SET body = excluded.body, created_at = excluded.created_at""",
                (brief.document_id, brief.engine, settings, _now(), brief.model_dump_json()),
            )
            row = db.execute(
                "SELECT id FROM briefs WHERE document_id = ? AND engine = ? AND settings = ?",
                (brief.document_id, brief.engine, settings),
            ).fetchone()
        return int(row["id"])

    def find_brief(self, document_id: str, engine: str, settings: str) -> tuple[int, Brief] | None:
        """The stored brief for these settings, if one was made before."""
        row = self._read(
            "SELECT id, body FROM briefs WHERE document_id = ? AND engine = ? AND settings = ?",
            (document_id, engine, settings),
        )
        return (int(row["id"]), Brief.model_validate_json(row["body"])) if row else None

    def get_brief(self, brief_id: int) -> Brief:
        row = self._read("SELECT body FROM briefs WHERE id = ?", (brief_id,))
        if row is None:
            raise NotFound(f"no brief {brief_id} in the store", source=str(self.path))
        return Brief.model_validate_json(row["body"])

    def list_briefs(
        self,
        *,
        since: datetime | None = None,
        site: str | None = None,
        query: str | None = None,
        limit: int = 50,
        offset: int = 0,
    ) -> list[BriefRow]:
        """Briefs newest first, filtered by creation time, site and a title/site search."""
        clauses, params = [], []
        if since is not None:
            clauses.append("b.created_at >= ?")
            params.append(since.astimezone().isoformat(timespec="seconds"))
        if site:
            clauses.append("d.site LIKE ?")
            params.append(f"%{site}%")
        if query:
            clauses.append("(d.title LIKE ? OR d.site LIKE ? OR d.origin LIKE ?)")
            params += [f"%{query}%"] * 3
        where = f"WHERE {' AND '.join(clauses)}" if clauses else ""
        sql = f"""SELECT b.id, b.document_id, b.engine, b.created_at, d.title, d.site, d.published_at, d.url, d.origin
                  FROM briefs b JOIN documents d ON d.id = b.document_id {where}
                  ORDER BY b.created_at DESC, b.id DESC LIMIT ? OFFSET ?"""
        rows = self._read_all(sql, (*params, limit, offset))
        return [BriefRow(**dict(row)) for row in rows]

    # batches -------------------------------------------------------------------------------

    def start_batch(self, key: str, settings: str) -> int:
        """The batch with this key (a rerun resumes it), or a new one."""
        with self._transaction() as db:
            db.execute(
                "INSERT OR IGNORE INTO batches (key, settings, created_at) VALUES (?, ?, ?)", (key, settings, _now())
            )
            row = db.execute("SELECT id FROM batches WHERE key = ?", (key,)).fetchone()
        return int(row["id"])

    def finish_batch(self, batch_id: int) -> None:
        with self._transaction() as db:
            db.execute("UPDATE batches SET finished_at = ? WHERE id = ?", (_now(), batch_id))

    def record_item(
        self,
        batch_id: int,
        input_spec: str,
        status: str,
        *,
        document_id: str | None = None,
        brief_id: int | None = None,
        error: str | None = None,
    ) -> None:
        with self._transaction() as db:
            db.execute(
                """INSERT INTO batch_items VALUES (?, ?, ?, ?, ?, ?, ?)
                   ON CONFLICT (batch_id, input) DO UPDATE SET status = excluded.status,
                   document_id = excluded.document_id, brief_id = excluded.brief_id,
                   error = excluded.error, updated_at = excluded.updated_at""",
                (batch_id, input_spec, status, document_id, brief_id, error, _now()),
            )

    def batch_items(self, batch_id: int) -> dict[str, BatchItem]:
        rows = self._read_all(
            "SELECT input, status, document_id, brief_id, error FROM batch_items WHERE batch_id = ?", (batch_id,)
        )
        return {row["input"]: BatchItem(**dict(row)) for row in rows}

    # LLM response cache --------------------------------------------------------------------

    def cached_response(self, key: str) -> CachedResponse | None:
        row = self._read(
            "SELECT response, model, prompt_tokens, completion_tokens, latency_s"
            " FROM llm_responses WHERE request_hash = ?",
            (key,),
        )
        return CachedResponse(**dict(row)) if row else None

    def cache_response(
        self,
        key: str,
        *,
        model: str,
        request: str,
        response: str,
        prompt_tokens: int | None,
        completion_tokens: int | None,
        latency_s: float | None,
    ) -> None:
        with self._transaction() as db:
            db.execute(
                "INSERT OR REPLACE INTO llm_responses VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (key, model, request, response, prompt_tokens, completion_tokens, latency_s, _now()),
            )

    # reading -------------------------------------------------------------------------------

    def _read(self, sql: str, params: tuple[Any, ...]) -> sqlite3.Row | None:
        try:
            row: sqlite3.Row | None = self._db.execute(sql, params).fetchone()
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"cannot read the store ({exc})", source=str(self.path)) from exc
        return row

    def _read_all(self, sql: str, params: tuple[Any, ...]) -> list[sqlite3.Row]:
        try:
            return list(self._db.execute(sql, params).fetchall())
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"cannot read the store ({exc})", source=str(self.path)) from exc


def timed() -> Callable[[], float]:
    """A stopwatch: call the result to get seconds since this call."""
    start = time.perf_counter()
    return lambda: time.perf_counter() - start
