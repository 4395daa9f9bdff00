"""Batches: inputs streamed from folders, URL lists and feeds; every item committed once;
reruns that skip what is done and retry what failed; SIGKILL at random points; bad stores,
a full disk, 10,000 tiny files, feeds that are not XML, hosts that do not answer."""

from __future__ import annotations

import gc
import json
import os
import random
import signal
import sqlite3
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from citebrief.batch import BatchSettings, ItemResult, Sources, iter_items, run_batch
from citebrief.eval.rouge import split_paragraphs
from citebrief.store import Store
from conftest import load_records
from helpers import CITEBRIEF, Route, closed_port, loopback_server, run_cli, zh_article_html

THREADS = BatchSettings(jobs=2, backend="thread", timeout=60)


def zh_articles(count: int, start: int = 0) -> list[str]:
    """Real Chinese news (../shared/data/zh-news.jsonl), each cut into paragraphs of three
    sentences (the records are one block of text), with its number as a last line."""
    records = load_records("zh-news.jsonl")
    texts = []
    for k in range(start, start + count):
        paragraphs = split_paragraphs(records[k % len(records)]["article"].strip(), "zh")
        texts.append("\n\n".join([*paragraphs, f"（稿件编号{k}）"]))
    return texts


def write_articles(folder: Path, count: int, start: int = 0, suffix: str = ".txt") -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for k, text in enumerate(zh_articles(count, start), start=start):
        path = folder / f"article-{k:03d}{suffix}"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


class Recorder:
    def __init__(self) -> None:
        self.expected = 0
        self.results: list[ItemResult] = []

    def expect(self, count: int) -> None:
        self.expected += count

    def report(self, result: ItemResult) -> None:
        self.results.append(result)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    opened = Store.open(tmp_path / "store.db")
    yield opened
    opened.close()


def summary(stdout: str) -> dict[str, int]:
    """The counts of the table a batch prints: {'done': 3, 'skipped': 0, ...}."""
    counts = {}
    for line in stdout.splitlines():
        parts = line.split()
        if line.startswith("  ") and len(parts) >= 2 and parts[1].isdigit():
            counts[parts[0]] = int(parts[1])
    return counts


def rows(db: Path, sql: str) -> list[tuple[object, ...]]:
    with sqlite3.connect(db) as connection:
        return connection.execute(sql).fetchall()


# --- inputs -----------------------------------------------------------------------------------


def test_folders_are_walked_recursively_by_extension_in_a_stable_order(tmp_path: Path) -> None:
    for name in ["b.txt", "a.html", "sub/c.md", "sub/deeper/d.HTM", "image.png", ".hidden.txt", ".git/e.txt", "f.TXT"]:
        path = tmp_path / "in" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("x")
    odd = tmp_path / "named.csv"
    odd.write_text("x")
    items = list(iter_items(Sources(inputs=(str(tmp_path / "in"), str(odd), "https://example.org/a"))))
    names = [Path(item.key).relative_to(tmp_path).as_posix() if item.path else item.key for item in items]
    assert names == [
        "in/a.html",
        "in/b.txt",
        "in/f.TXT",
        "in/sub/c.md",
        "in/sub/deeper/d.HTM",
        "named.csv",  # a file named on the command line is read whatever its extension
        "https://example.org/a",
    ]
    assert [item.out_name for item in items[:5]] == ["in/a", "in/b", "in/f", "in/sub/c", "in/sub/deeper/d"]
    only_md = list(iter_items(Sources(inputs=(str(tmp_path / "in"),), extensions=("md",))))
    assert [Path(item.key).name for item in only_md] == ["c.md"]


def test_a_folder_is_streamed_not_listed_first(tmp_path: Path) -> None:
    write_articles(tmp_path / "in", 3)
    items = iter_items(Sources(inputs=(str(tmp_path / "in"),)))
    first = next(items)  # a generator: nothing past the first file has been looked at
    assert first.path is not None
    assert first.path.endswith("article-000.txt")


# --- runs and reruns --------------------------------------------------------------------------


def test_a_batch_briefs_every_item_and_a_rerun_skips_them(tmp_path: Path, store: Store) -> None:
    paths = write_articles(tmp_path / "in" / "sub", 6)
    out = tmp_path / "out"
    settings = BatchSettings(jobs=2, backend="thread", out=out, fmt="json")
    recorder = Recorder()
    result = run_batch(Sources(inputs=(str(tmp_path / "in"),)), store=store, settings=settings, reporter=recorder)
    assert result.ok
    assert result.counts == {"done": 6}
    assert recorder.expected == 6
    assert len(recorder.results) == 6
    for path in paths:
        written = out / "in" / "sub" / f"{path.stem}.json"
        brief = json.loads(written.read_text(encoding="utf-8"))
        assert brief["groups"]
    assert not list(out.rglob(".*.partial"))
    items = store.batch_items(result.batch_id)
    assert {item.status for item in items.values()} == {"done"}
    assert len({item.brief_id for item in items.values()}) == 6

    again = run_batch(Sources(inputs=(str(tmp_path / "in"),)), store=store, settings=settings)
    assert again.batch_id == result.batch_id  # the same sources and options: the same batch
    assert again.counts == {"skipped": 6}

    # a rerun into a new folder writes the stored briefs there, without briefing anything again
    elsewhere = BatchSettings(jobs=2, backend="thread", out=tmp_path / "out2", fmt="markdown")
    third = run_batch(Sources(inputs=(str(tmp_path / "in"),)), store=store, settings=elsewhere)
    assert third.counts == {"skipped": 6}
    assert len(list((tmp_path / "out2").rglob("*.md"))) == 6
    assert len(store.list_briefs(limit=100)) == 6

    # other options are another batch; the documents are stored once all the same
    grouped = run_batch(Sources(inputs=(str(tmp_path / "in"),)), store=store, settings=THREADS)
    assert grouped.batch_id == result.batch_id
    from citebrief.options import BriefOptions

    two = run_batch(Sources(inputs=(str(tmp_path / "in"),)), BriefOptions(groups=2), store=store, settings=THREADS)
    assert two.batch_id != result.batch_id
    assert two.counts == {"done": 6}
    assert rows(store.path, "SELECT count(*) FROM documents") == [(6,)]


def test_failed_items_are_recorded_and_retried_by_a_rerun(tmp_path: Path, store: Store) -> None:
    folder = tmp_path / "in"
    write_articles(folder, 3)
    (folder / "empty.txt").write_text("   \n")
    (folder / "binary.txt").write_bytes(b"%PDF-1.7\n\x00\x01\x02\x03" * 50)
    (folder / "tags-only.html").write_text("<html><body><nav>首页</nav></body></html>")
    recorder = Recorder()
    result = run_batch(Sources(inputs=(str(folder),)), store=store, settings=THREADS, reporter=recorder)
    assert result.counts == {"done": 3, "failed": 3}
    errors = sorted(item.error or "" for item in result.failures)
    assert errors[0].startswith(f"{folder / 'binary.txt'}: ")
    assert errors[1].startswith(f"{folder / 'empty.txt'}: ")
    assert errors[2].startswith(f"{folder / 'tags-only.html'}: ")
    assert all("\n" not in error for error in errors)
    stored = store.batch_items(result.batch_id)
    assert stored[str(folder / "empty.txt")].status == "failed"
    assert stored[str(folder / "empty.txt")].error == next(e for e in errors if "empty.txt" in e)

    (folder / "empty.txt").write_text("\n\n".join(zh_articles(1, start=50)), encoding="utf-8")
    again = run_batch(Sources(inputs=(str(folder),)), store=store, settings=THREADS)
    assert again.counts == {"skipped": 3, "done": 1, "failed": 2}
    assert store.batch_items(result.batch_id)[str(folder / "empty.txt")].status == "done"


def test_the_same_article_under_two_names_is_briefed_once(tmp_path: Path, store: Store) -> None:
    folder = tmp_path / "in"
    text = zh_articles(1)[0]
    (folder / "a").mkdir(parents=True)
    (folder / "a" / "story.txt").write_text(text, encoding="utf-8")
    (folder / "b.txt").write_text(text, encoding="utf-8")
    result = run_batch(Sources(inputs=(str(folder),)), store=store, settings=BatchSettings(jobs=1, backend="thread"))
    assert result.ok
    assert sum(result.counts.values()) == 2
    assert rows(store.path, "SELECT count(*) FROM briefs") == [(1,)]
    ids = {item.brief_id for item in store.batch_items(result.batch_id).values()}
    assert len(ids) == 1


def test_documents_are_streamed_not_all_loaded_first(tmp_path: Path, store: Store) -> None:
    """Memory stays flat: whatever the batch's length, only the items in flight (at most
    2 x jobs) are in memory as Documents."""
    from citebrief.model import Document

    write_articles(tmp_path / "in", 120)
    alive: list[int] = []
    # Documents that earlier tests left alive (in a cache, a finished future) are not the batch's:
    # held here so their ids stay theirs, and left out of every count.
    gc.collect()
    earlier = [o for o in gc.get_objects() if isinstance(o, Document)]
    earlier_ids = {id(o) for o in earlier}

    class Counting(Recorder):
        def report(self, result: ItemResult) -> None:
            super().report(result)
            if len(self.results) % 10 == 0:
                gc.collect()
                alive.append(sum(isinstance(o, Document) and id(o) not in earlier_ids for o in gc.get_objects()))

    settings = BatchSettings(jobs=2, backend="thread")
    result = run_batch(Sources(inputs=(str(tmp_path / "in"),)), store=store, settings=settings, reporter=Counting())
    assert sum(result.counts.values()) == 120
    assert len(alive) == 12
    assert 0 < max(alive) <= 2 * settings.jobs + 2, alive  # in flight, plus the one being recorded


# --- the command line: kill and resume --------------------------------------------------------


def _committed(db: Path) -> int:
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5) as connection:
            return int(connection.execute("SELECT count(*) FROM batch_items").fetchone()[0])
    except sqlite3.OperationalError:
        return 0  # not created yet


def test_sigkill_at_random_points_then_rerun_briefs_every_item_exactly_once(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    paths = write_articles(folder, 30)
    db, out = tmp_path / "store.db", tmp_path / "out"
    command = [str(CITEBRIEF), "batch", str(folder), "--db", str(db), "-j", "2", "--out", str(out), "-f", "json"]
    env = {**os.environ, "NO_COLOR": "1", "TERM": "dumb"}
    rng = random.Random(5)
    kills = 0
    for _ in range(4):
        before = _committed(db)
        if before >= len(paths):
            break
        target = min(len(paths) - 1, before + rng.randint(1, 6))
        process = subprocess.Popen(
            command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True
        )
        deadline = time.monotonic() + 120
        while process.poll() is None and _committed(db) < target and time.monotonic() < deadline:
            time.sleep(0.005)
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL)  # the batch and its workers die mid-flight
            kills += 1
        process.wait(timeout=30)
    assert kills >= 2
    assert _committed(db) < len(paths)

    final = run_cli(*command[1:], timeout=300)
    assert final.returncode == 0, final.stderr
    again = run_cli(*command[1:], timeout=300)
    assert again.returncode == 0, again.stderr
    assert summary(again.stdout)["skipped"] == len(paths)

    items = rows(db, "SELECT input, status, document_id, brief_id FROM batch_items")
    assert sorted(Path(str(item[0])).name for item in items) == sorted(p.name for p in paths)  # none lost
    assert {item[1] for item in items} <= {"done", "duplicate"}
    # none duplicated: one brief per document, and every done item points at its own
    assert rows(db, "SELECT document_id, count(*) FROM briefs GROUP BY document_id HAVING count(*) > 1") == []
    briefs = dict(rows(db, "SELECT id, document_id FROM briefs"))
    done = [item for item in items if item[1] == "done"]
    assert all(briefs[item[3]] == item[2] for item in done)
    assert len(briefs) == len({item[2] for item in done})
    assert rows(db, "PRAGMA integrity_check") == [("ok",)]
    # every output file complete (written to a temporary name, then renamed)
    assert len(list(out.rglob("*.json"))) == len(done)
    for written in out.rglob("*.json"):
        json.loads(written.read_text(encoding="utf-8"))
    assert not list(out.rglob(".*.partial"))


# --- the command line: what goes wrong --------------------------------------------------------


def test_a_corrupt_or_unwritable_store_is_one_clear_line(tmp_path: Path) -> None:
    write_articles(tmp_path / "in", 1)
    corrupt = tmp_path / "corrupt.db"
    corrupt.write_bytes(b"not a database at all\n" * 100)
    done = run_cli("batch", tmp_path / "in", "--db", corrupt)
    assert done.returncode == 1
    assert done.stderr == f"citebrief: error: {corrupt}: cannot open the store (file is not a database)\n"
    folder_db = tmp_path / "a-folder.db"
    folder_db.mkdir()
    done = run_cli("batch", tmp_path / "in", "--db", folder_db)
    assert done.returncode == 1
    assert done.stderr.startswith(f"citebrief: error: {folder_db}: cannot open the store")
    assert done.stderr.count("\n") == 1


def test_a_full_disk_fails_items_clearly_and_a_rerun_finishes_them(tmp_path: Path) -> None:
    """A file-size limit (ulimit -f) is a full disk for this process alone: SQLite's writes and
    the output files fail past it, without root and without a real full disk."""
    paths = write_articles(tmp_path / "in", 40)
    db, out = tmp_path / "store.db", tmp_path / "out"
    args = f"batch {tmp_path / 'in'} --db {db} --out {out} --backend thread -j 2"
    limited = subprocess.run(
        ["bash", "-c", f"ulimit -f 1500; trap '' XFSZ; exec {CITEBRIEF} {args}"],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
        env={**os.environ, "NO_COLOR": "1"},
    )
    assert limited.returncode == 1
    assert "Traceback" not in limited.stderr
    lines = limited.stderr.splitlines()
    assert lines
    assert all(line.startswith("citebrief: error: ") for line in lines)
    assert any("is the disk full?" in line for line in lines)
    item_lines = [line for line in lines if str(tmp_path / "in") in line]
    assert item_lines  # each failed item is named
    counts = summary(limited.stdout)
    done_first, failed_first = counts["done"], counts["failed"]
    assert done_first > 0
    assert failed_first > 0
    assert done_first + failed_first == len(paths)  # the rest went on after the first failure

    rerun = run_cli(*args.split(), timeout=300)
    assert rerun.returncode == 0, rerun.stderr
    assert rows(db, "PRAGMA integrity_check") == [("ok",)]
    assert rows(db, "SELECT status, count(*) FROM batch_items GROUP BY status") == [("done", len(paths))]
    assert rows(db, "SELECT count(*) FROM briefs") == [(len(paths),)]
    assert len(list(out.rglob("*.txt"))) == len(paths)


def test_ten_thousand_tiny_files(tmp_path: Path) -> None:
    folder = tmp_path / "tiny"
    expected_failures = []
    for k in range(10_000):
        sub = folder / f"{k // 1000:02d}"
        sub.mkdir(parents=True, exist_ok=True)
        path = sub / f"{k:05d}.txt"
        if k % 500 == 0:
            path.write_text("")
            expected_failures.append(path)
        elif k % 500 == 1:
            path.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
            expected_failures.append(path)
        else:
            path.write_text(f"快讯{k}：今日本市天气晴，气温适宜。", encoding="utf-8")
    db = tmp_path / "store.db"
    done = run_cli("batch", folder, "--db", db, "--backend", "thread", "-j", "2", timeout=900)
    assert done.returncode == 1
    errors = done.stderr.splitlines()
    assert len(errors) == len(expected_failures)
    assert sorted(line.split(": ", 3)[2] for line in errors) == sorted(str(p) for p in expected_failures)
    assert summary(done.stdout) == {"done": 9960, "skipped": 0, "duplicates": 0, "failed": 40}
    assert rows(db, "SELECT status, count(*) FROM batch_items GROUP BY status ORDER BY 1") == [
        ("done", 9960),
        ("failed", 40),
    ]


def test_url_lists_and_feeds_that_fail_are_reported_and_the_rest_goes_on(tmp_path: Path) -> None:
    page = zh_article_html().encode("utf-8")
    routes = {
        "/article": Route(page),
        "/page.html": Route(b"<html><body><p>just a page</p></body></html>"),
        "/missing": Route(b"gone", content_type="text/plain", status=404),
    }
    write_articles(tmp_path / "in", 1)
    not_xml = tmp_path / "feed.txt"
    not_xml.write_text("this is not a feed, not even XML {", encoding="utf-8")
    with loopback_server(routes) as base:
        urls = tmp_path / "urls.txt"
        dead = [f"http://127.0.0.1:{closed_port()}/story-{k}" for k in range(3)]
        urls.write_text(
            "\n".join(["# the night's list", f"{base}/article", *dead, "", "ftp://127.0.0.1/file", f"{base}/missing"]),
            encoding="utf-8",
        )
        done = run_cli(
            "batch",
            tmp_path / "in",
            "--urls",
            urls,
            "--urls",
            tmp_path / "no-such-list.txt",
            "--feed",
            not_xml,
            "--feed",
            f"{base}/page.html",
            "--db",
            tmp_path / "store.db",
            "--backend",
            "thread",
            timeout=120,
        )
    assert done.returncode == 1
    errors = done.stderr.splitlines()
    assert all(line.startswith("citebrief: error: ") for line in errors)
    joined = "\n".join(errors)
    for url in dead:
        assert f"citebrief: error: {url}: cannot connect to the server" in joined
    assert "citebrief: error: ftp://127.0.0.1/file: not an http(s) URL" in joined
    assert f"citebrief: error: {base}/missing: the server answered HTTP 404" in joined
    assert f"citebrief: error: {tmp_path / 'no-such-list.txt'}: cannot read the URL list" in joined
    assert f"citebrief: error: {not_xml}: not an RSS or Atom feed" in joined
    assert f"citebrief: error: {base}/page.html: not an RSS or Atom feed" in joined
    assert len(errors) == 8
    counts = summary(done.stdout)
    assert (counts["done"], counts["failed"]) == (2, 8)  # the folder's article and the page that answered
    assert "Traceback" not in done.stderr


RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>测试日报</title><link>{base}/</link><description>d</description>
<item><title>第一条：专题协商会召开</title><link>{base}/a1</link><pubDate>Wed, 14 May 2025 14:17:00 GMT</pubDate></item>
<item><title>第二条</title><link>{base}/a2</link></item>
<item><title>no link, no content</title><description>short</description></item>
</channel></rss>"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Wire Service</title><id>urn:wire</id>
<updated>2025-05-14T08:00:00Z</updated>
<entry><title>条目全文</title><id>urn:wire:1</id><link href="{base}/full-1"/>
<updated>2025-05-14T08:00:00Z</updated><content type="html">{content}</content></entry>
</feed>"""


def test_feeds_give_their_entries_with_titles_sites_and_times(tmp_path: Path, store: Store) -> None:
    from html import escape

    plain = "<p>" + "</p><p>".join(p for p in zh_articles(1, start=10)[0].split("\n\n")) + "</p>"
    no_meta = f"<html><body><article>{plain}</article></body></html>".encode()
    routes = {"/a1": Route(zh_article_html().encode("utf-8")), "/a2": Route(no_meta)}
    with loopback_server(routes) as base:
        routes["/rss.xml"] = Route(RSS.format(base=base).encode(), content_type="application/rss+xml")
        atom = tmp_path / "wire.atom"
        full = "<p>" + "</p><p>".join(zh_articles(1, start=20)[0].split("\n\n")) + "</p>"
        atom.write_text(ATOM.format(base=base, content=escape(full)), encoding="utf-8")
        recorder = Recorder()
        result = run_batch(
            Sources(feeds=(f"{base}/rss.xml", str(atom))), store=store, settings=THREADS, reporter=recorder
        )
    assert recorder.expected == 4
    assert result.counts == {"done": 3, "failed": 1}
    assert "a feed entry with neither a link nor content" in (result.failures[0].error or "")
    by_key = {r.key: r for r in recorder.results}
    first = store.get_document(by_key[f"{base}/a1"].document_id or "")
    assert first.title == "制造业数字化转型专题协商会召开"  # the page's own title wins over the feed's
    second = store.get_document(by_key[f"{base}/a2"].document_id or "")
    assert (second.title, second.source) == ("第二条", "测试日报")  # the page had none: the feed's
    entry = store.get_document(by_key[f"{base}/full-1"].document_id or "")  # from the content, not fetched
    assert entry.title == "条目全文"
    assert entry.source == "Wire Service"
    assert entry.published_at is not None
    assert entry.published_at.isoformat() == "2025-05-14T08:00:00+00:00"


def test_an_item_past_its_time_limit_fails_and_the_others_finish(tmp_path: Path) -> None:
    routes = {"/slow": Route(zh_article_html().encode("utf-8"), delay=10.0), "/fast": Route(zh_article_html().encode())}
    with loopback_server(routes) as base:
        urls = tmp_path / "urls.txt"
        urls.write_text(f"{base}/slow\n{base}/fast\n", encoding="utf-8")
        done = run_cli("batch", "--urls", urls, "--db", tmp_path / "s.db", "--timeout", "3", "-j", "2", timeout=120)
    assert done.returncode == 1
    assert done.stderr == f"citebrief: error: {base}/slow: timed out after 3 s\n"
    assert summary(done.stdout)["done"] == 1


def test_usage_errors_exit_2(tmp_path: Path) -> None:
    done = run_cli("batch", "--db", tmp_path / "s.db")
    assert done.returncode == 2
    assert done.stderr == "citebrief: error: give files, folders or URLs, or --urls FILE, or --feed URL|FILE\n"
    done = run_cli("batch", "x", "--backend", "cluster", "--db", tmp_path / "s.db")
    assert done.returncode == 2
    assert "--backend must be one of process, thread, ray" in done.stderr
    done = run_cli("batch", "x", "--address", "127.0.0.1:6379", "--db", tmp_path / "s.db")
    assert done.returncode == 2
    assert "--address is for --backend ray" in done.stderr


def test_an_llm_server_that_does_not_answer_stops_the_batch(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every item would fail the same way, so the first such error ends the run (not 30 of them)."""
    write_articles(tmp_path / "in", 30)
    monkeypatch.setenv("CITEBRIEF_LLM_BASE_URL", f"http://127.0.0.1:{closed_port()}/v1")
    monkeypatch.setenv("CITEBRIEF_LLM_MODEL", "some-model")
    done = run_cli(
        "batch", tmp_path / "in", "--db", tmp_path / "s.db", "--engine", "llm", "--lang", "en", "--backend", "thread"
    )
    assert done.returncode == 1
    assert "Traceback" not in done.stderr
    counts = summary(done.stdout)
    assert 1 <= counts["failed"] <= 2  # the item that found out, and one more already in flight
    assert counts["done"] == 0
    assert "stopped early: " in done.stdout
    assert all(line.startswith("citebrief: error: ") for line in done.stderr.splitlines())


@pytest.mark.parametrize("send_length", [pytest.param(True, id="declared"), pytest.param(False, id="streamed")])
def test_a_feed_over_the_cap_is_refused_as_that_source(send_length: bool) -> None:
    """Feeds go through ingest's capped fetch: refused once the declared length, or the bytes
    streamed so far, pass the cap, not after the whole body is read."""
    from citebrief.batch import SourceFailure
    from citebrief.ingest import MAX_BYTES

    huge = b'<?xml version="1.0"?><rss version="2.0"><channel>' + b" " * MAX_BYTES + b"</channel></rss>"
    routes = {"/rss.xml": Route(huge, content_type="application/rss+xml", send_length=send_length)}
    with loopback_server(routes) as base:
        (failure,) = list(iter_items(Sources(feeds=(f"{base}/rss.xml",))))
    assert isinstance(failure, SourceFailure)
    assert failure.error == f"{base}/rss.xml: the feed is {'10.0 MB, ' if send_length else ''}over the 10 MB cap"
