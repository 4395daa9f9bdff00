"""Limits said up front: the size one brief takes, bounded memory at any length, the web budget.

No wall-clock asserts: memory is bounded by an address-space limit (RLIMIT_AS) on the real CLI
in a subprocess, and the web budget by a job that would never finish without it.
"""

from __future__ import annotations

import importlib
import os
import random
import resource
import subprocess
import threading
import time
from pathlib import Path

import httpx
import numpy as np
import pytest

from citebrief.engines.sparse import SparseRows
from citebrief.engines.ward import ward_clusters
from citebrief.errors import CitebriefError, InputTooLarge, JobTimeout
from citebrief.ingest import MAX_ARTICLE_BYTES, document_from_text
from citebrief.web import create_app
from citebrief.web.jobs import JobTable, Outcome
from helpers import CITEBRIEF, run_cli, serving

_HAN = "经济发展改革创新科技产业政策市场企业服务建设管理制度安全教育医疗卫生农业农村城市交通能源环境生态保护"


def long_article(paragraphs: int, lang: str, seed: int = 7) -> str:
    """Distinct paragraphs over a vocabulary that keeps growing, as in a long report."""
    rng = random.Random(seed)
    if lang == "zh":
        words = ["".join(rng.sample(_HAN, rng.choice((2, 3)))) for _ in range(6000)]
    else:
        letters = "abcdefghijklmnopqrstuvwxyz"
        words = ["".join(rng.choice(letters) for _ in range(rng.randint(4, 9))) for _ in range(20000)]

    def sentence() -> str:
        if lang == "zh":
            return "，".join(rng.choice(words) + rng.choice(words) for _ in range(rng.randint(3, 6))) + "。"
        return " ".join(rng.choice(words) for _ in range(rng.randint(8, 16))).capitalize() + ". "

    return "\n\n".join((sentence() + sentence()).strip() for _ in range(paragraphs))


# --- the size one brief takes -----------------------------------------------------------------


def test_an_article_over_the_cap_is_refused_before_any_work(monkeypatch: pytest.MonkeyPatch) -> None:
    def segmenting(*args: object, **kwargs: object) -> None:
        raise AssertionError("segmented an article over the cap")

    monkeypatch.setattr(importlib.import_module("citebrief.ingest"), "build_document", segmenting)
    paragraph = "长" * 1000
    text = "\n\n".join([paragraph] * (MAX_ARTICLE_BYTES // 3000 + 2))  # just over: 3 bytes a character
    with pytest.raises(InputTooLarge, match=r"over the 4 MB one brief takes") as caught:
        document_from_text(text, origin="law.txt")
    assert caught.value.source == "law.txt"
    html = "<html><body>" + "".join(f"<p>{paragraph}{i}</p>" for i in range(MAX_ARTICLE_BYTES // 3000 + 2))
    with pytest.raises(InputTooLarge):
        document_from_text(html + "</body></html>", origin="law.html", kind="html")


def test_the_cli_refuses_an_article_over_the_cap(tmp_path: Path) -> None:
    path = tmp_path / "report.txt"
    path.write_text("\n\n".join(f"Paragraph {i} of a very long annual report, said in words." for i in range(80_000)))
    done = run_cli("run", path)
    assert done.returncode == 1
    assert done.stdout == ""
    assert done.stderr.strip() == (
        f"citebrief: error: {path}: the article is 4.6 MB of text, over the 4 MB one brief takes"
        " (about 15,000 paragraphs); brief it in parts"
    )


def test_an_article_at_the_cap_is_briefed_under_a_memory_limit(tmp_path: Path) -> None:
    """A 3,000-paragraph article in 1.5 GB of address space (the dense engine needed 1.8 GB of
    memory for 1,600 paragraphs): every matrix is sparse or bounded."""
    path = tmp_path / "long.txt"
    path.write_text(long_article(3000, "zh"), encoding="utf-8")
    limit = 1536 * 1024 * 1024

    def cap() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))

    env = {"OPENBLAS_NUM_THREADS": "1", "OMP_NUM_THREADS": "1", "PATH": "/usr/bin:/bin"}
    env |= {k: v for k, v in os.environ.items() if k in ("PYTHONPATH", "HOME", "XDG_CACHE_HOME")}
    done = subprocess.run(
        [str(CITEBRIEF), "run", "--format", "json", str(path)],
        capture_output=True,
        preexec_fn=cap,  # a resource limit, set in the child only
        env=env,
        timeout=600,
        check=False,
    )
    assert done.returncode == 0, done.stderr.decode()[-2000:]
    assert b'"citations"' in done.stdout


# --- bounded work at any length ----------------------------------------------------------------


def test_sparse_rows_agree_with_the_dense_matrix() -> None:
    rng = np.random.default_rng(3)
    dense = rng.random((120, 70)) * (rng.random((120, 70)) < 0.2)
    dense[rng.random((120, 70)) < 0.02] = 0.0
    dense[:, 5] = rng.random(120)  # a column in every row: the dense path of the Gram matrix
    maps = [{int(j): float(dense[i, j]) for j in np.flatnonzero(dense[i])} for i in range(120)]
    rows = SparseRows.from_counts(maps, 70)
    vector = rng.random(70)
    assert np.allclose(rows.dot(vector), dense @ vector)
    assert np.allclose(rows.gram(), dense @ dense.T)
    assert np.allclose(rows.sum_rows(), dense.sum(axis=0))
    labels = rng.integers(0, 4, 120)
    sums = rows.group_sums(labels, 4)
    assert np.allclose([sums.row(g) for g in range(4)], [dense[labels == g].sum(axis=0) for g in range(4)])
    assert np.allclose([rows.take([7, 3, 7]).row(i) for i in range(3)], dense[[7, 3, 7]])


def _plain_ward(points: np.ndarray, k: int) -> np.ndarray:
    """Ward by scanning the whole distance matrix for each merge: the reference."""
    count = len(points)
    distance = np.clip(2.0 - 2.0 * (points @ points.T), 0.0, None)
    np.fill_diagonal(distance, np.inf)
    sizes, labels = np.ones(count), np.arange(count)
    for _ in range(count - k):
        a, b = divmod(int(np.argmin(distance)), count)
        merged = ((sizes[a] + sizes) * distance[a] + (sizes[b] + sizes) * distance[b] - sizes * distance[a, b]) / (
            sizes[a] + sizes[b] + sizes
        )
        distance[a, :] = distance[:, a] = merged
        distance[a, a] = np.inf
        sizes[a] += sizes[b]
        distance[b, :] = distance[:, b] = np.inf
        labels[labels == b] = a
    return np.unique(labels, return_inverse=True)[1]


@pytest.mark.parametrize(("seed", "rows"), [(seed, rows) for seed in range(3) for rows in (40, 230)])
def test_ward_merges_as_the_plain_scan_does(seed: int, rows: int) -> None:
    """Both ways of finding the closest pair (a scan up to 160 rows, nearest neighbours past it)."""
    rng = np.random.default_rng(seed)
    points = rng.random((rows, 12)) * (rng.random((rows, 12)) < 0.4)
    points[rng.integers(0, rows, rows // 4)] = points[0]  # equal rows: ties must break the same way
    norms = np.linalg.norm(points, axis=1, keepdims=True)
    points = points / np.where(norms == 0, 1, norms)
    for k in (1, 3, 8, rows - 1):
        assert ward_clusters(points, k).tolist() == _plain_ward(points, k).tolist()


def _plain_mmr(
    candidates: list[int], relevance: np.ndarray, vectors: np.ndarray, chosen: list[int], count: int
) -> list[int]:
    """MMR over every candidate at once: the reference for the windowed one."""
    picked: list[int] = []
    pool = np.array(candidates, dtype=int)
    redundancy = (vectors[pool] @ vectors[chosen].T).max(axis=1) if chosen else np.zeros(len(pool))
    open_ = np.ones(len(pool), dtype=bool)
    while open_.any() and len(picked) < count:
        gain = np.where(open_, 0.7 * relevance[pool] - 0.3 * redundancy, -np.inf)
        best = int(np.argmax(gain))
        open_[best] = False
        if redundancy[best] > 0.9:
            continue
        picked.append(int(pool[best]))
        chosen.append(int(pool[best]))
        redundancy = np.maximum(redundancy, vectors[pool] @ vectors[pool[best]])
    return picked


@pytest.mark.parametrize("seed", range(8))
def test_mmr_over_a_window_picks_what_a_pass_over_all_candidates_picks(seed: int) -> None:
    from citebrief.engines.mmr import MMR_LAMBDA, mmr

    assert MMR_LAMBDA == 0.7  # the reference above is written for it
    rng = np.random.default_rng(seed)
    rows = 400
    dense = rng.random((rows, 30)) * (rng.random((rows, 30)) < 0.15)
    dense[rng.integers(0, rows, 60)] = dense[rng.integers(0, rows, 60)]  # repeated sentences
    norms = np.linalg.norm(dense, axis=1, keepdims=True)
    dense = dense / np.where(norms == 0, 1, norms)
    maps = [{int(j): float(dense[i, j]) for j in np.flatnonzero(dense[i])} for i in range(rows)]
    sparse = SparseRows.from_counts(maps, 30)
    relevance = np.round(rng.random(rows), 2)  # rounded: ties in relevance too
    candidates = sorted(range(rows), key=lambda i: -relevance[i])
    if seed % 2:
        candidates = [int(i) for i in rng.permutation(rows)]  # not by relevance: still exact
    for chosen in ([], [3, 17]):
        count = 40 if seed < 4 else 3
        expected = _plain_mmr(candidates, relevance, dense, list(chosen), count)
        assert mmr(candidates, relevance, sparse, list(chosen), count) == expected


# --- the web app's limits -------------------------------------------------------------------------


def test_the_api_refuses_an_article_over_the_cap(tmp_path: Path) -> None:
    text = "\n\n".join(f"Paragraph {i} of a very long annual report, said in words." for i in range(80_000))
    with serving(create_app(tmp_path / "web.db")) as url, httpx.Client(base_url=url, timeout=60) as http:
        response = http.post("/api/briefs", json={"text": text})
        assert response.status_code == 413
        assert response.json() == {
            "error": "input_too_large",
            "message": "the article is 4.6 MB of text, over the 4 MB one brief takes (about 15,000 paragraphs);"
            " brief it in parts",
            "source": "pasted text",
        }


def test_a_job_past_its_budget_is_cancelled_and_its_worker_freed() -> None:
    table = JobTable(workers=1, budget=0.3)
    stopped = threading.Event()

    def endless(progress: object) -> Outcome:
        try:
            while True:  # pure Python, as the engine is: the interrupt lands between instructions
                sum(range(1000))
        finally:
            stopped.set()

    try:
        job = table.submit("endless", endless)
        with pytest.raises(JobTimeout, match=r"longer than the 0.3 s a brief may take on this server") as caught:
            job.future.result(timeout=60)
        assert caught.value.source == "endless"
        assert job.state == "failed"
        assert stopped.wait(60), "the worker thread was not interrupted"
        quick = table.submit("quick", lambda progress: (_ for _ in ()).throw(CitebriefError("done", source="quick")))
        with pytest.raises(CitebriefError, match="done"):
            quick.future.result(timeout=60)  # the one worker took the next job
    finally:
        table.close()


def test_an_interrupt_the_work_loses_is_sent_again() -> None:
    # an interrupt that lands in a weakref callback during garbage collection is reported there
    # as unraisable and lost: the worker must be interrupted again until it leaves the work
    table = JobTable(workers=1, budget=0.2)
    stopped = threading.Event()
    lost = []

    def stubborn(progress: object) -> Outcome:
        while True:
            try:
                while True:
                    sum(range(1000))
            except BaseException:  # the first interrupt is swallowed, as a callback would
                if lost:
                    stopped.set()
                    raise
                lost.append(True)

    try:
        job = table.submit("stubborn", stubborn)
        with pytest.raises(JobTimeout):
            job.future.result(timeout=60)
        assert stopped.wait(60), "the worker was interrupted once and never again"
        quick = table.submit("quick", lambda progress: (_ for _ in ()).throw(CitebriefError("done", source="quick")))
        with pytest.raises(CitebriefError, match="done"):
            quick.future.result(timeout=60)  # the one worker took the next job, and no interrupt followed it
    finally:
        table.close()


# the interrupt may land in a weakref callback, where Python reports it as unraisable (the table
# sends it again: test_an_interrupt_the_work_loses_is_sent_again); the server's answer is the test
@pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")
def test_a_brief_past_the_servers_budget_is_504_and_the_server_goes_on(tmp_path: Path) -> None:
    app = create_app(tmp_path / "web.db", workers=1, job_budget=0.2)
    with serving(app) as url, httpx.Client(base_url=url, timeout=120) as http:
        slow = http.post("/api/briefs", json={"text": long_article(3000, "en")})
        assert slow.status_code == 504, slow.text
        body = slow.json()
        assert body["error"] == "job_timeout"
        assert body["message"].startswith("the brief took longer than the 0.2 s")
        deadline = time.monotonic() + 60  # the interrupted worker is free again: small jobs run
        while app.state.citebrief.jobs.counts()["running"] and time.monotonic() < deadline:
            time.sleep(0.05)
        assert app.state.citebrief.jobs.counts()["running"] == 0
        assert http.get("/healthz").json()["status"] == "ok"
