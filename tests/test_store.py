"""The SQLite store: migrations on open, WAL, bad files, a full disk, threads and processes."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import threading
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from citebrief.errors import NotFound, StoreError
from citebrief.ingest import document_from_text
from citebrief.migrations import MIGRATIONS, m001_initial
from citebrief.model import Brief, Document, Group, Point
from citebrief.store import Store
from helpers import run_cli

OPTIONS = '{"engine":"extractive"}'


def make_document(n: int, *, title: str | None = None, site: str | None = None, extra: str = "") -> Document:
    text = (
        f"第{n}号文件：全国政协召开专题协商会，围绕制造业数字化转型建言献策。{extra}"
        f"\n\n委员们建议加快工业互联网建设，第{n}条。"
    )
    document = document_from_text(text, origin=f"/in/{n}.txt", kind="text")
    return document.model_copy(update={"title": title, "source": site})


def make_brief(document: Document, text: str = "委员们建议加快工业互联网建设。") -> Brief:
    return Brief(
        document_id=document.id,
        lang="zh",
        engine="extractive",
        groups=[Group(title="核心要点", points=[Point(text=text, citations=[1])])],
    )


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    opened = Store.open(tmp_path / "store.db")
    yield opened
    opened.close()


# --- opening ----------------------------------------------------------------------------------


def test_a_new_file_gets_every_migration_and_wal(tmp_path: Path) -> None:
    path = tmp_path / "deep" / "folder" / "store.db"
    with Store.open(path) as store:
        assert store.schema_version == len(MIGRATIONS)
    with sqlite3.connect(path) as db:
        assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        names = {row[0] for row in db.execute("SELECT name FROM sqlite_master")}
    assert {"documents", "briefs", "batches", "batch_items", "llm_responses", "signatures"} <= names


def test_an_old_file_is_migrated_in_place_and_keeps_its_rows(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    document = make_document(1, title="旧文件里的文章")
    with sqlite3.connect(path, isolation_level=None) as db:  # a store written before m002 existed
        m001_initial(db)
        db.execute("CREATE TABLE _migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)")
        db.execute("INSERT INTO _migrations VALUES ('m001_initial', '2025-01-01T00:00:00+00:00')")
        db.execute(
            "INSERT INTO documents VALUES (?, ?, NULL, ?, NULL, NULL, 'zh', '2025-01-01T00:00:00+00:00', ?)",
            (document.id, document.origin, document.title, document.model_dump_json()),
        )
        db.execute(
            "INSERT INTO briefs (document_id, engine, settings, created_at, body) VALUES (?, 'extractive', ?, ?, ?)",
            (document.id, OPTIONS, "2025-01-01T00:00:00+00:00", make_brief(document).model_dump_json()),
        )
    with Store.open(path) as store:
        assert store.schema_version == len(MIGRATIONS)
        assert store.get_document(document.id) == document
        # the search index of m002 covers documents stored before it
        assert [row.document_id for row in store.list_briefs(query="旧文件")] == [document.id]
    with Store.open(path) as store:  # opening again applies nothing twice
        assert store.schema_version == len(MIGRATIONS)


def test_two_processes_opening_a_new_file_at_once_both_succeed(tmp_path: Path) -> None:
    path = tmp_path / "race.db"
    code = f"from citebrief.store import Store; Store.open({str(path)!r}).close()"
    runs = [subprocess.Popen([sys.executable, "-c", code], stderr=subprocess.PIPE) for _ in range(4)]
    for run in runs:
        _, err = run.communicate(timeout=60)
        assert run.returncode == 0, err.decode()
    with Store.open(path) as store:
        assert store.schema_version == len(MIGRATIONS)


@pytest.mark.parametrize(
    "content",
    [
        pytest.param(b"this is not a database, just some text\n" * 200, id="text"),
        pytest.param(b"SQLite format 3\x00" + b"\xff" * 4000, id="bad-header"),
    ],
)
def test_a_corrupt_file_is_a_store_error_naming_it(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "corrupt.db"
    path.write_bytes(content)
    with pytest.raises(StoreError) as caught:
        Store.open(path)
    assert caught.value.source == str(path)
    assert "cannot open the store" in str(caught.value)
    done = run_cli("list", "--db", path)
    assert done.returncode == 1
    assert done.stderr.startswith(f"citebrief: error: {path}: cannot open the store")
    assert "Traceback" not in done.stderr
    assert done.stderr.count("\n") == 1


def test_a_store_that_cannot_be_created_is_a_store_error(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    with pytest.raises(StoreError, match="cannot create the store"):
        Store.open(blocker / "store.db")  # its folder would have to be a regular file
    folder = tmp_path / "a-folder.db"
    folder.mkdir()
    with pytest.raises(StoreError, match="cannot open the store"):
        Store.open(folder)


# --- writes that fail -------------------------------------------------------------------------


def _cap_size(store: Store, extra_pages: int) -> None:
    """The connection may grow the file by `extra_pages` more pages; past that SQLite fails the
    write with SQLITE_FULL, exactly as on a full disk."""
    db = store._db  # the one place a test reaches in: SQLite's own size cap on this connection
    pages = db.execute("PRAGMA page_count").fetchone()[0]
    db.execute(f"PRAGMA max_page_count = {pages + extra_pages}")


def test_a_full_disk_fails_the_write_and_leaves_the_store_usable(store: Store) -> None:
    first = make_document(1)
    store.save_document(first)
    store.save_brief(make_brief(first), OPTIONS)
    _cap_size(store, 2)
    big = make_document(2, extra="长" * 200_000)
    with pytest.raises(StoreError, match="database or disk is full") as caught:
        store.save_document(big)
    assert caught.value.source == str(store.path)
    # nothing half-written, the earlier rows intact, and the connection still works
    assert not store.has_document(big.id)
    assert store.get_document(first.id) == first
    assert store.brief_id(first.id, "extractive", OPTIONS) is not None
    _cap_size(store, 10_000)  # space freed
    store.save_document(big)
    assert store.has_document(big.id)


def test_an_item_and_its_brief_are_committed_together_or_not_at_all(store: Store) -> None:
    document = make_document(1)
    store.save_document(document)
    batch = store.start_batch("key", "{}")
    _cap_size(store, 0)
    with pytest.raises(StoreError):
        store.finish_item(
            batch,
            "/in/1.txt",
            "done",
            document_id=document.id,
            brief=make_brief(document, "长" * 9000),
            settings=OPTIONS,
        )
    assert store.batch_items(batch) == {}
    assert store.brief_id(document.id, "extractive", OPTIONS) is None
    _cap_size(store, 10_000)
    brief_id = store.finish_item(
        batch, "/in/1.txt", "done", document_id=document.id, brief=make_brief(document), settings=OPTIONS
    )
    item = store.batch_items(batch)["/in/1.txt"]
    assert (item.status, item.brief_id) == ("done", brief_id)


def test_a_brief_is_stored_once_per_document_and_settings(store: Store) -> None:
    document = make_document(1)
    store.save_document(document)
    batch = store.start_batch("key", "{}")
    first = store.finish_item(batch, "a", "done", document_id=document.id, brief=make_brief(document), settings=OPTIONS)
    again = store.finish_item(batch, "b", "done", document_id=document.id, brief=make_brief(document), settings=OPTIONS)
    assert first == again == store.save_brief(make_brief(document), OPTIONS)
    assert len(store.list_briefs()) == 1


# --- concurrency ------------------------------------------------------------------------------


def test_threads_sharing_one_store_never_interleave_transactions(store: Store) -> None:
    batch = store.start_batch("threads", "{}")
    errors: list[BaseException] = []

    def work(worker: int) -> None:
        try:
            for k in range(25):
                document = make_document(worker * 1000 + k)
                store.save_document(document)
                store.finish_item(
                    batch,
                    document.origin,
                    "done",
                    document_id=document.id,
                    brief=make_brief(document),
                    settings=OPTIONS,
                )
                store.list_briefs(limit=5)
        except BaseException as exc:  # collected for the assertion below
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(w,)) for w in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    items = store.batch_items(batch)
    assert len(items) == 200
    assert all(item.status == "done" and item.brief_id for item in items.values())
    assert len(store.list_briefs(limit=1000)) == 200


def test_processes_writing_one_file_at_once_lose_nothing(tmp_path: Path) -> None:
    path = tmp_path / "shared.db"
    Store.open(path).close()
    code = """
import sys
from citebrief.ingest import document_from_text
from citebrief.model import Brief, Group, Point
from citebrief.store import Store
store = Store.open(sys.argv[1])
batch = store.start_batch("procs", "{}")
for k in range(40):
    text = f"第{sys.argv[2]}-{k}号：委员们建议加快工业互联网建设。"
    document = document_from_text(text, origin=f"/in/{sys.argv[2]}-{k}.txt", kind="text")
    brief = Brief(document_id=document.id, lang="zh", engine="extractive",
                  groups=[Group(title="t", points=[Point(text=text, citations=[1])])])
    store.save_document(document)
    store.finish_item(batch, document.origin, "done", document_id=document.id, brief=brief, settings="{}")
"""
    runs = [subprocess.Popen([sys.executable, "-c", code, str(path), str(w)], stderr=subprocess.PIPE) for w in range(3)]
    for run in runs:
        _, err = run.communicate(timeout=120)
        assert run.returncode == 0, err.decode()
    with Store.open(path) as store:
        batch = store.start_batch("procs", "{}")
        assert len(store.batch_items(batch)) == 120
        assert len(store.list_briefs(limit=1000)) == 120


def test_a_reader_sees_committed_rows_while_a_writer_holds_the_lock(tmp_path: Path) -> None:
    path = tmp_path / "wal.db"
    with Store.open(path) as writer, Store.open(path) as reader:
        document = make_document(1)
        writer.save_document(document)
        with writer._transaction() as db:  # an open write transaction (WAL lets readers through)
            db.execute("UPDATE documents SET title = 'changing' WHERE id = ?", (document.id,))
            assert reader.get_document(document.id) == document
            assert reader.has_document(document.id)


# --- queries ----------------------------------------------------------------------------------


def test_search_finds_chinese_words_of_any_length_and_english_in_any_case(store: Store) -> None:
    zh = make_document(1, title="数字化转型专题协商会", site="人民日报")
    en = document_from_text(
        "Transit plan approved\n\nThe Port Alder council approved the Transit plan.",
        origin="https://example.org/a",
        kind="text",
    )
    for document in (zh, en):
        store.save_document(document)
        store.save_brief(make_brief(document), OPTIONS)

    def found(query: str) -> set[str]:
        return {row.document_id for row in store.list_briefs(query=query)}

    assert found("数字化") == {zh.id}  # three characters: the trigram index
    assert found("政协") == {zh.id}  # two characters: a scan
    assert found("工业互联网") == {zh.id}  # in the text, not the title
    assert found("transit") == {en.id}
    assert found("PORT alder") == {en.id}  # every word must occur
    assert found("example.org") == {en.id}  # the origin
    assert found("政协 transit") == set()
    assert found('"quoted') == set()
    assert {row.document_id for row in store.list_briefs(site="人民")} == {zh.id}
    later = make_document(3, title="协商会之后的新文件")
    store.save_document(later)  # stored after the index was filled: found all the same
    store.save_brief(make_brief(later), OPTIONS)
    assert found("协商会") == {zh.id, later.id}


def test_since_filters_by_brief_time(store: Store) -> None:
    document = make_document(1)
    store.save_document(document)
    store.save_brief(make_brief(document), OPTIONS)
    now = datetime.now().astimezone()
    assert len(store.list_briefs(since=now - timedelta(hours=1))) == 1
    assert store.list_briefs(since=now + timedelta(hours=1)) == []


def test_near_duplicate_links_and_digest_sources(store: Store) -> None:
    original, copy, other = make_document(1), make_document(2), make_document(3)
    store.save_signature(original, b"\x01" * 512)
    store.save_signature(copy, b"\x02" * 512, duplicate_of=original.id, similarity=0.93)
    store.save_signature(copy, b"\x03" * 512)  # a later verdict does not move the link
    store.save_signature(other, b"\x04" * 512)
    assert store.duplicate_of(copy.id) == (original.id, pytest.approx(0.93))
    assert store.duplicate_of(original.id) is None
    assert store.duplicates(original.id) == [copy.id]
    assert {doc_id for doc_id, _ in store.signatures()} == {original.id, other.id}

    batch = store.start_batch("digest", "{}")
    brief_id = store.finish_item(
        batch, "o", "done", document_id=original.id, brief=make_brief(original), settings=OPTIONS
    )
    store.finish_item(batch, "c", "duplicate", document_id=copy.id, brief_id=brief_id)
    store.finish_item(batch, "x", "failed", error="x: broken")
    store.save_brief(make_brief(other), OPTIONS)  # briefed, but not by this batch
    by_batch = store.digest_sources(batch_id=batch)
    assert [row.document_id for row, _ in by_batch] == [original.id]
    since = store.digest_sources(since=datetime.now().astimezone() - timedelta(minutes=5))
    assert {row.document_id for row, _ in since} == {original.id, other.id}
    assert store.batch_counts(batch) == {"done": 1, "duplicate": 1, "failed": 1}


def test_missing_rows_are_not_found_errors(store: Store) -> None:
    with pytest.raises(NotFound):
        store.get_brief(12345)
    with pytest.raises(NotFound):
        store.get_document("0" * 16)
    assert store.document_ids("zz") == []
    document = make_document(1)
    store.save_document(document)
    assert store.document_ids(document.id[:4]) == [document.id]
