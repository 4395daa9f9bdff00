"""Near-duplicates: MinHash over character shingles, LSH lookups, and a batch that briefs the
same wire story from five sites once."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from citebrief.batch import BatchSettings, Sources, run_batch
from citebrief.dedup import MIN_CHARS, NearDuplicates, normalize, shingles, signature, similarity
from citebrief.store import Store
from helpers import run_cli
from test_batch import summary, zh_articles

SITES = [
    ("新华网", "新华社北京5月14日电", ""),
    ("人民网", "本报北京5月14日电", "（责任编辑：王五）"),
    ("央视网", "央视网消息", "更多精彩内容，请下载客户端。"),
    ("中新网", "中新网5月14日电", "编辑：赵六"),
    ("光明网", "", ""),
]


def wire_story_pages(text: str) -> list[str]:
    """One story as five sites print it: their own chrome, dateline and footer; one of them
    cuts the last paragraph, another adds a line."""
    paragraphs = text.split("\n\n")
    pages = []
    for k, (site, dateline, footer) in enumerate(SITES):
        body = list(paragraphs)
        if k == 1:
            body = body[:-1]
        if k == 3:
            body.insert(2, "记者了解到，相关工作正在有序推进。")
        if dateline:
            body[0] = f"{dateline} {body[0]}"
        html_paragraphs = "".join(f"<p>{p}</p>" for p in body)
        pages.append(
            f"""<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>{site}｜要闻</title>
<meta property="og:site_name" content="{site}"></head><body>
<nav><a href="/">{site}首页</a> | <a href="/n">新闻</a> | <a href="/v">视频</a></nav>
<article><h1>专题报道</h1>{html_paragraphs}<p>{footer}</p></article>
<footer><p>{site} 版权所有 · 第{k}号</p></footer></body></html>"""
        )
    return pages


# --- signatures -------------------------------------------------------------------------------


def test_shingles_ignore_spacing_punctuation_width_and_case() -> None:
    assert normalize("Ｈｅｌｌｏ， World！ 全国 政协。") == "helloworld全国政协"
    assert shingles("全国政协召开会议") == shingles("全国 政协，召开会议。")
    assert shingles("abc") == {b"abc"}
    assert shingles("") == set()


def test_a_text_too_short_to_compare_has_no_signature() -> None:
    assert signature("快讯：今日天气晴。") is None
    assert signature("文" * MIN_CHARS) is not None


def test_signatures_are_the_same_in_every_process() -> None:
    text = zh_articles(1)[0]
    code = "import sys; from citebrief.dedup import signature; sys.stdout.write(signature(sys.stdin.read()).hex())"
    seen = set()
    for seed in ("0", "12345"):
        done = subprocess.run(
            [sys.executable, "-c", code],
            input=text.encode("utf-8"),
            capture_output=True,
            check=True,
            env={**os.environ, "PYTHONHASHSEED": seed},
        )
        seen.add(done.stdout.decode())
    assert seen == {(signature(text) or b"").hex()}


def test_similarity_separates_copies_from_other_stories() -> None:
    one, other = zh_articles(2, start=30)
    edited = one.replace("\n\n", "\n\n记者了解到，相关工作正在有序推进。\n\n", 1)
    a, b, c = signature(one), signature(edited), signature(other)
    assert a is not None and b is not None and c is not None
    assert similarity(a, a) == 1.0
    assert similarity(a, b) >= 0.8
    assert similarity(a, c) < 0.2


def test_the_index_finds_the_original_of_a_copy_and_nothing_for_new_stories() -> None:
    texts = zh_articles(60)
    originals = [(f"{k:016x}", signature(text)) for k, text in enumerate(texts[:50])]
    index = NearDuplicates(originals=[(key, blob) for key, blob in originals if blob is not None])
    assert len(index) == 50
    copy = "本报讯 " + texts[7].replace("。", "。 ", 3) + "\n\n（来源：新华社）"
    blob = signature(copy)
    assert blob is not None
    match = index.original_of("copy", blob)
    assert match is not None
    assert match[0] == f"{7:016x}"
    assert match[1] >= 0.8
    for text in texts[50:]:  # stories not in the index
        new = signature(text)
        assert new is not None
        assert index.original_of("new", new) is None
    assert index.original_of(f"{7:016x}", blob) is None  # an original is nobody's copy
    strict = NearDuplicates(threshold=0.999, originals=[(key, blob) for key, blob in originals if blob is not None])
    assert strict.original_of("copy", signature(copy) or b"") is None


# --- in a batch -------------------------------------------------------------------------------


@pytest.fixture
def wire_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "pages"
    folder.mkdir()
    story, other, third = zh_articles(3, start=40)
    for k, page in enumerate(wire_story_pages(story)):
        (folder / f"site{k}.html").write_text(page, encoding="utf-8")
    (folder / "other.txt").write_text(other, encoding="utf-8")
    (folder / "third.txt").write_text(third, encoding="utf-8")
    return folder


def test_the_same_wire_story_on_five_sites_is_briefed_once_and_linked(tmp_path: Path, wire_folder: Path) -> None:
    db = tmp_path / "store.db"
    with Store.open(db) as store:
        result = run_batch(
            Sources(inputs=(str(wire_folder),)), store=store, settings=BatchSettings(jobs=1, backend="thread")
        )
        assert result.counts == {"done": 3, "duplicate": 4}
        items = store.batch_items(result.batch_id)
        original = items[str(wire_folder / "site0.html")]
        assert original.status == "done"
        for k in range(1, 5):
            copy = items[str(wire_folder / f"site{k}.html")]
            assert copy.status == "duplicate"
            assert copy.document_id != original.document_id  # different text, so a different document
            link = store.duplicate_of(copy.document_id or "")
            assert link is not None
            assert link[0] == original.document_id
            assert 0.7 <= link[1] < 1.0
        assert sorted(store.duplicates(original.document_id or "")) == sorted(
            items[str(wire_folder / f"site{k}.html")].document_id or "" for k in range(1, 5)
        )
        assert len(store.list_briefs()) == 3
        # the digest of the batch counts the story once
        assert len(store.digest_sources(batch_id=result.batch_id)) == 3
        copy_id = items[str(wire_folder / "site3.html")].document_id or ""
        link = store.duplicate_of(copy_id)
        assert link is not None

    shown = run_cli("show", copy_id[:10], "--db", db)
    assert shown.returncode == 0, shown.stderr
    assert shown.stderr == f"{copy_id} is a near-duplicate of {original.document_id} ({link[1]:.0%} alike)\n"
    brief_of_original = run_cli("show", str(original.brief_id), "--db", db)
    assert shown.stdout == brief_of_original.stdout

    again = run_cli("batch", wire_folder, "--db", db, "--backend", "thread")
    assert again.returncode == 0, again.stderr
    assert summary(again.stdout)["skipped"] == 7


def test_a_stricter_similarity_or_no_dedup_briefs_each_copy(tmp_path: Path, wire_folder: Path) -> None:
    strict = run_cli("batch", wire_folder, "--db", tmp_path / "a.db", "--backend", "thread", "--similarity", "0.99")
    assert strict.returncode == 0, strict.stderr
    counts = summary(strict.stdout)
    assert counts["done"] >= 6  # the copies differ by more than 1%
    off = run_cli("batch", wire_folder, "--db", tmp_path / "b.db", "--backend", "thread", "--no-dedup")
    assert off.returncode == 0, off.stderr
    assert summary(off.stdout) == {"done": 7, "skipped": 0, "duplicates": 0, "failed": 0}


def test_with_the_llm_engine_copies_cost_no_requests(
    tmp_path: Path, wire_folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A costly engine is sent only originals: items are read and signed first, then briefed."""
    from chat_server import chat_server

    db = tmp_path / "store.db"
    with chat_server() as server:
        monkeypatch.setenv("CITEBRIEF_LLM_BASE_URL", server.url)
        monkeypatch.setenv("CITEBRIEF_LLM_MODEL", "fault-model")
        args = ("batch", wire_folder, "--db", db, "--engine", "llm", "--lang", "en", "--backend", "thread", "-j", "2")
        first = run_cli(*args, timeout=300)
        assert first.returncode == 0, first.stderr
        assert summary(first.stdout) == {"done": 3, "skipped": 0, "duplicates": 4, "failed": 0}
        requests = len(server.requests)
        assert requests == 3  # one per original article; the four copies of the wire story none
        again = run_cli(*args, timeout=300)
        assert again.returncode == 0, again.stderr
        assert summary(again.stdout)["skipped"] == 7
        assert len(server.requests) == requests
