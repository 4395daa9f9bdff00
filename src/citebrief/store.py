"""The SQLite store: documents, briefs, batch runs and the LLM response cache, in one file.

Habits from llm's `migrations.py`: numbered migration functions applied on open and recorded in
a table, so an old file is upgraded in place. WAL mode lets a web server read while a batch
writes; every write is its own short transaction, so a finished item is on disk the moment it
finishes and a killed process loses at most the item it was working on.

`synchronous=NORMAL` in WAL mode: a commit survives the process being killed (SIGKILL, OOM);
only a power cut can lose the last few commits, and those items are simply redone by a rerun,
never half-written. A full fsync per item would cost more than briefing it.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from citebrief.errors import NotFound, StoreError
from citebrief.migrations import MIGRATIONS
from citebrief.model import Brief, Document
from citebrief.store_connection import connect


def default_path() -> Path:
    """CITEBRIEF_DB, else citebrief.db in the user's data directory."""
    configured = os.environ.get("CITEBRIEF_DB")
    if configured:
        return Path(configured)
    from platformdirs import user_data_path

    return user_data_path("citebrief") / "citebrief.db"


def _reason(exc: sqlite3.Error) -> str:
    """SQLite's message, with the likely cause where its words do not say it."""
    code = getattr(exc, "sqlite_errorcode", 0) & 0xFF
    if code in (sqlite3.SQLITE_FULL, sqlite3.SQLITE_IOERR):
        return f"{exc}: is the disk full?"
    if code == sqlite3.SQLITE_READONLY:
        return f"{exc}: the file or its folder is read-only"
    return str(exc)


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
class SerializedDocument:
    """A document as the store writes it, serialized where the document was made (a batch
    worker), so the process that writes it only writes."""

    id: str
    origin: str
    url: str | None
    title: str | None
    site: str | None
    published_at: str | None
    lang: str
    body: str  # the Document as JSON

    @classmethod
    def of(cls, document: Document) -> SerializedDocument:
        published = document.published_at.isoformat() if document.published_at else None
        return cls(
            document.id,
            document.origin,
            document.url,
            document.title,
            document.source,
            published,
            document.lang,
            document.model_dump_json(),
        )


@dataclass(frozen=True)
class SerializedBrief:
    """A brief as the store writes it (see SerializedDocument)."""

    document_id: str
    engine: str
    body: str  # the Brief as JSON
    warnings: tuple[str, ...] = ()

    @classmethod
    def of(cls, brief: Brief) -> SerializedBrief:
        return cls(brief.document_id, brief.engine, brief.model_dump_json(), tuple(brief.warnings))


@dataclass(frozen=True)
class BatchRow:
    id: int
    key: str
    settings: str
    created_at: str
    finished_at: str | None


@dataclass(frozen=True)
class BatchItem:
    input: str
    status: str
    document_id: str | None
    brief_id: int | None
    error: str | None


class Store:
    """One SQLite file; open with `Store.open()`; safe to share between threads of one process
    (one connection, used under a lock) and to open from several processes at once (WAL)."""

    def __init__(self, path: Path, *, timeout: float = 30.0) -> None:
        self.path = path
        self._lock = threading.RLock()
        try:
            if str(path) != ":memory:":
                path.parent.mkdir(parents=True, exist_ok=True)
            self._db = connect(path, timeout)
            self._migrate()
            self._fts = (
                self._db.execute("SELECT 1 FROM sqlite_master WHERE name = 'documents_fts'").fetchone() is not None
            )
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
        """BEGIN IMMEDIATE … COMMIT under the lock: threads sharing the connection never interleave."""
        try:
            with self._lock:
                self._db.execute("BEGIN IMMEDIATE")
                try:
                    yield self._db
                    self._db.execute("COMMIT")
                except BaseException:
                    if self._db.in_transaction:  # a failed COMMIT (full disk) leaves it open
                        self._db.execute("ROLLBACK")
                    raise
        except sqlite3.DatabaseError as exc:  # includes a full disk and a read-only file
            raise StoreError(f"cannot write to the store ({_reason(exc)})", source=str(self.path)) from exc

    def _migrate(self) -> None:
        self._db.execute("CREATE TABLE IF NOT EXISTS _migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)")
        applied = {row["name"] for row in self._db.execute("SELECT name FROM _migrations")}
        for migration in MIGRATIONS:
            if migration.__name__ in applied:
                continue
            with self._transaction() as db:
                # checked again inside the write lock: another process may have just applied it
                if db.execute("SELECT 1 FROM _migrations WHERE name = ?", (migration.__name__,)).fetchone():
                    continue
                migration(db)
                db.execute("INSERT INTO _migrations VALUES (?, ?)", (migration.__name__, _now()))

    @property
    def schema_version(self) -> int:
        return int(self._db.execute("SELECT count(*) FROM _migrations").fetchone()[0])

    # documents -----------------------------------------------------------------------------

    def save_document(self, document: Document) -> None:
        """Insert the document, or keep the stored one: the id is a hash of its text."""
        with self._transaction() as db:
            self._insert_document(db, document)

    @staticmethod
    def _insert_document(db: sqlite3.Connection, document: Document | SerializedDocument) -> None:
        if not db.execute("SELECT 1 FROM documents WHERE id = ?", (document.id,)).fetchone():
            row = document if isinstance(document, SerializedDocument) else SerializedDocument.of(document)
            db.execute(
                "INSERT INTO documents VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (row.id, row.origin, row.url, row.title, row.site, row.published_at, row.lang, _now(), row.body),
            )
        if document.url:  # a second address of the same article is remembered too
            db.execute("INSERT OR IGNORE INTO document_urls VALUES (?, ?, ?)", (document.id, document.url, _now()))

    def document_ids(self, prefix: str, limit: int = 2) -> list[str]:
        """Ids of stored documents that start with `prefix` (hex digits), at most `limit`."""
        if not prefix or any(ch not in "0123456789abcdef" for ch in prefix.lower()):
            return []
        rows = self._read_all(
            "SELECT id FROM documents WHERE id LIKE ? ORDER BY id LIMIT ?", (prefix.lower() + "%", limit)
        )
        return [row["id"] for row in rows]

    def has_document(self, document_id: str) -> bool:
        return self._read("SELECT 1 FROM documents WHERE id = ?", (document_id,)) is not None

    # near-duplicates -----------------------------------------------------------------------

    def save_signature(
        self, document: Document, minhash: bytes, *, duplicate_of: str | None = None, similarity: float | None = None
    ) -> None:
        """The document and its MinHash in one transaction; a near-duplicate names the document
        it was linked to. The first verdict on a document stands, so links never move."""
        with self._transaction() as db:
            self._insert_document(db, document)
            self._insert_signature(db, document.id, minhash, duplicate_of, similarity)

    @staticmethod
    def _insert_signature(
        db: sqlite3.Connection, document_id: str, minhash: bytes, duplicate_of: str | None, similarity: float | None
    ) -> None:
        db.execute(
            "INSERT INTO signatures VALUES (?, ?, ?, ?, ?) ON CONFLICT (document_id) DO NOTHING",
            (document_id, minhash, duplicate_of, similarity, _now()),
        )

    def signatures(self, since: datetime | None = None) -> list[tuple[str, bytes]]:
        """(document id, MinHash) of every document that is not itself a near-duplicate,
        signed since `since` if given."""
        moment = (since or datetime.fromtimestamp(0)).astimezone().isoformat(timespec="seconds")
        rows = self._read_all(
            "SELECT document_id, minhash FROM signatures WHERE duplicate_of IS NULL AND created_at >= ?", (moment,)
        )
        return [(row["document_id"], bytes(row["minhash"])) for row in rows]

    def duplicate_of(self, document_id: str) -> tuple[str, float] | None:
        """The document this one was linked to as a near-duplicate, and their similarity."""
        row = self._read(
            "SELECT duplicate_of, similarity FROM signatures WHERE document_id = ? AND duplicate_of IS NOT NULL",
            (document_id,),
        )
        return (row["duplicate_of"], float(row["similarity"] or 0.0)) if row else None

    def duplicates(self, document_id: str) -> list[str]:
        """The documents linked to this one as its near-duplicates."""
        rows = self._read_all(
            "SELECT document_id FROM signatures WHERE duplicate_of = ? ORDER BY created_at, document_id", (document_id,)
        )
        return [row["document_id"] for row in rows]

    def document_urls(self, document_id: str) -> list[str]:
        """The URLs this document was read from, first seen first."""
        rows = self._read_all(
            "SELECT url FROM document_urls WHERE document_id = ? ORDER BY seen_at, rowid", (document_id,)
        )
        return [row["url"] for row in rows]

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

    def brief_id(self, document_id: str, engine: str, settings: str) -> int | None:
        """The id of the stored brief for these settings, without reading the brief."""
        row = self._read(
            "SELECT id FROM briefs WHERE document_id = ? AND engine = ? AND settings = ?",
            (document_id, engine, settings),
        )
        return int(row["id"]) if row else None

    def latest_brief(self, document_id: str) -> tuple[int, Brief] | None:
        """The newest brief of a document, whatever its settings."""
        row = self._read("SELECT id, body FROM briefs WHERE document_id = ? ORDER BY id DESC LIMIT 1", (document_id,))
        return (int(row["id"]), Brief.model_validate_json(row["body"])) if row else None

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
        """Briefs newest first, filtered by creation time, site and a search of title, site,
        origin and text (every word of `query` must occur)."""
        clauses: list[str] = []
        params: list[Any] = []
        if since is not None:
            clauses.append("b.created_at >= ?")
            params.append(since.astimezone().isoformat(timespec="seconds"))
        if site:
            clauses.append("d.site LIKE ?")
            params.append(f"%{site}%")
        words = (query or "").split()
        indexed = bool(words) and self._fts and self._index_for_search()
        for word in words:
            clause, values = self._search_clause(word, indexed)
            clauses.append(clause)
            params += values
        where = f"WHERE {' AND '.join(clauses)}" if clauses else ""
        sql = f"""SELECT b.id, b.document_id, b.engine, b.created_at, d.title, d.site, d.published_at, d.url, d.origin
                  FROM briefs b JOIN documents d ON d.id = b.document_id {where}
                  ORDER BY b.created_at DESC, b.id DESC LIMIT ? OFFSET ?"""
        rows = self._read_all(sql, (*params, limit, offset))
        return [BriefRow(**dict(row)) for row in rows]

    def _index_for_search(self) -> bool:
        """Add the documents stored since the last search to the search index (its rowids are
        the documents'), in one transaction; False when the store cannot be written."""
        try:
            with self._transaction() as db:
                db.execute(
                    """INSERT INTO documents_fts (rowid, title, site, text)
                       SELECT rowid, coalesce(title, ''), coalesce(site, ''), json_extract(body, '$.text')
                       FROM documents WHERE rowid > (SELECT coalesce(max(rowid), 0) FROM documents_fts)"""
                )
        except StoreError:
            return False  # a read-only store is searched by a scan
        return True

    @staticmethod
    def _search_clause(word: str, indexed: bool) -> tuple[str, list[Any]]:
        """One search word as an SQL condition on `d` (documents).

        The trigram index answers words of three characters or more; shorter ones (most
        Chinese words are two characters) are a scan, of the index's text where there is one.
        """
        in_origin = "instr(lower(d.origin), lower(?)) > 0"
        if not indexed:
            everything = "coalesce(d.title, '') || ' ' || coalesce(d.site, '') || ' ' || json_extract(d.body, '$.text')"
            return f"(instr(lower({everything}), lower(?)) > 0 OR {in_origin})", [word, word]
        if len(word) >= 3:
            phrase = '"' + word.replace('"', '""') + '"'
            matched = "SELECT rowid FROM documents_fts WHERE documents_fts MATCH ?"
            return f"(d.rowid IN ({matched}) OR {in_origin})", [phrase, word]
        scan = "SELECT rowid FROM documents_fts WHERE instr(lower(title || ' ' || site || ' ' || text), lower(?)) > 0"
        return f"(d.rowid IN ({scan}) OR {in_origin})", [word, word]

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

    def finish_item(
        self,
        batch_id: int,
        input_spec: str,
        status: str,
        *,
        document: Document | SerializedDocument | None = None,
        signature: bytes | None = None,
        duplicate_of: str | None = None,
        similarity: float | None = None,
        document_id: str | None = None,
        brief: Brief | SerializedBrief | None = None,
        settings: str | None = None,
        brief_id: int | None = None,
        error: str | None = None,
    ) -> int | None:
        """Record an item's outcome with all it produced — its document, MinHash (and the link
        of a near-duplicate), brief — in one transaction: all of it is on disk, or none of it.
        A document or brief stored before (by a worker, or an earlier run) is kept, never
        duplicated. Returns the brief's id."""
        with self._transaction() as db:
            if document is not None:
                self._insert_document(db, document)
                document_id = document.id
                if signature is not None:
                    self._insert_signature(db, document.id, signature, duplicate_of, similarity)
            if brief is not None and settings is not None:
                record = brief if isinstance(brief, SerializedBrief) else SerializedBrief.of(brief)
                db.execute(
                    """INSERT INTO briefs (document_id, engine, settings, created_at, body) VALUES (?, ?, ?, ?, ?)
                       ON CONFLICT (document_id, engine, settings) DO NOTHING""",
                    (record.document_id, record.engine, settings, _now(), record.body),
                )
                row = db.execute(
                    "SELECT id FROM briefs WHERE document_id = ? AND engine = ? AND settings = ?",
                    (brief.document_id, brief.engine, settings),
                ).fetchone()
                brief_id = int(row["id"])
            db.execute(
                """INSERT INTO batch_items VALUES (?, ?, ?, ?, ?, ?, ?)
                   ON CONFLICT (batch_id, input) DO UPDATE SET status = excluded.status,
                   document_id = excluded.document_id, brief_id = excluded.brief_id,
                   error = excluded.error, updated_at = excluded.updated_at""",
                (batch_id, input_spec, status, document_id, brief_id, error, _now()),
            )
        return brief_id

    def batch_items(self, batch_id: int) -> dict[str, BatchItem]:
        rows = self._read_all(
            "SELECT input, status, document_id, brief_id, error FROM batch_items WHERE batch_id = ?", (batch_id,)
        )
        return {row["input"]: BatchItem(**dict(row)) for row in rows}

    def batch_counts(self, batch_id: int) -> dict[str, int]:
        """Items per status (done, duplicate, failed) in a batch."""
        rows = self._read_all(
            "SELECT status, count(*) AS n FROM batch_items WHERE batch_id = ? GROUP BY status", (batch_id,)
        )
        return {row["status"]: int(row["n"]) for row in rows}

    def batches(self, limit: int = 20) -> list[BatchRow]:
        """Batch runs, newest first."""
        rows = self._read_all(
            "SELECT id, key, settings, created_at, finished_at FROM batches ORDER BY id DESC LIMIT ?", (limit,)
        )
        return [BatchRow(**dict(row)) for row in rows]

    def digest_sources(
        self, *, since: datetime | None = None, batch_id: int | None = None, limit: int = 2000
    ) -> list[tuple[BriefRow, Brief]]:
        """The briefs a digest gathers: one per document (its newest), made since `since` or
        by batch `batch_id` (a near-duplicate item brings the brief of its original), oldest
        article first. Documents linked as near-duplicates are left out: their original stands
        for them."""
        if batch_id is not None:
            chosen = (
                "SELECT max(id) FROM briefs WHERE id IN (SELECT brief_id FROM batch_items"
                " WHERE batch_id = ? AND brief_id IS NOT NULL AND status IN ('done', 'duplicate')) GROUP BY document_id"
            )
            params: list[Any] = [batch_id]
        else:
            moment = (since or datetime.fromtimestamp(0)).astimezone().isoformat(timespec="seconds")
            chosen = "SELECT max(id) FROM briefs WHERE created_at >= ? GROUP BY document_id"
            params = [moment]
        sql = f"""SELECT b.id, b.document_id, b.engine, b.created_at, d.title, d.site, d.published_at, d.url, d.origin,
                         b.body
                  FROM briefs b JOIN documents d ON d.id = b.document_id
                  WHERE b.id IN ({chosen})
                    AND b.document_id NOT IN (SELECT document_id FROM signatures WHERE duplicate_of IS NOT NULL)
                  ORDER BY coalesce(d.published_at, b.created_at), b.id LIMIT ?"""
        rows = self._read_all(sql, (*params, limit))
        result = []
        for row in rows:
            fields = dict(row)
            body = fields.pop("body")
            result.append((BriefRow(**fields), Brief.model_validate_json(body)))
        return result

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
            with self._lock:
                row: sqlite3.Row | None = self._db.execute(sql, params).fetchone()
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"cannot read the store ({exc})", source=str(self.path)) from exc
        return row

    def _read_all(self, sql: str, params: tuple[Any, ...]) -> list[sqlite3.Row]:
        try:
            with self._lock:
                return list(self._db.execute(sql, params).fetchall())
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"cannot read the store ({exc})", source=str(self.path)) from exc
