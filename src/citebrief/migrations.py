"""The store's schema as numbered migrations (llm's habit): `m001_…` functions applied in
order when a store is opened and recorded in a table, so an old file is upgraded in place.
A new table or index is a new function appended to MIGRATIONS, never an edit to an old one."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

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


def _has_fts5(db: sqlite3.Connection) -> bool:
    try:
        db.execute("CREATE VIRTUAL TABLE temp._fts5_probe USING fts5(x, tokenize='trigram')")
    except sqlite3.OperationalError:
        return False
    db.execute("DROP TABLE temp._fts5_probe")
    return True


def m002_batches_dedup_search(db: sqlite3.Connection) -> None:
    """MinHash signatures with near-duplicate links, a brief-time index, and full-text search.

    `signatures.duplicate_of` names the document a near-duplicate was linked to (briefed once,
    under that document). Search is an FTS5 trigram index over title, site and text, which
    finds Chinese substrings without a word segmenter; it is filled when a search needs it,
    many documents in one transaction, because indexing one at a time would cost a batch
    5 ms a document (more than a MinHash). An SQLite built without FTS5 skips it
    and `list --query` scans instead.
    """
    _run_script(
        db,
        """
        CREATE TABLE signatures (
            document_id TEXT PRIMARY KEY REFERENCES documents(id),
            minhash BLOB NOT NULL,           -- datasketch MinHash hash values, uint64 little-endian
            duplicate_of TEXT,               -- no foreign key: a batch links to an original still being briefed
            similarity REAL,                 -- estimated Jaccard similarity to duplicate_of
            created_at TEXT NOT NULL
        );
        CREATE INDEX signatures_duplicate_of ON signatures(duplicate_of);
        CREATE INDEX briefs_created ON briefs(created_at);
        CREATE INDEX batch_items_status ON batch_items(batch_id, status)
        """,
    )
    if _has_fts5(db):
        db.execute(
            "CREATE VIRTUAL TABLE documents_fts USING fts5(title, site, text, tokenize='trigram')"  # rowid: documents'
        )


def m003_document_urls(db: sqlite3.Connection) -> None:
    """Every URL a document was read from: the same article at a second address is one document
    (its id hashes the text), and its page lists both addresses, not only the first."""
    _run_script(
        db,
        """
        CREATE TABLE document_urls (
            document_id TEXT NOT NULL REFERENCES documents(id),
            url TEXT NOT NULL,
            seen_at TEXT NOT NULL,
            PRIMARY KEY (document_id, url)
        );
        INSERT INTO document_urls SELECT id, url, ingested_at FROM documents WHERE url IS NOT NULL
        """,
    )


MIGRATIONS: tuple[Migration, ...] = (m001_initial, m002_batches_dedup_search, m003_document_urls)
