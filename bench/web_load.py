"""A short load test of `citebrief serve` on loopback: POST /api/briefs at a fixed concurrency.

    .venv/bin/python bench/web_load.py [--requests 200] [--concurrency 8] [--workers 4]

Starts the real server (`citebrief serve`, a subprocess, a fresh store in a temp folder), then
in one run, each at the same concurrency:

1. baseline: GET /healthz, as many requests as the load (the cost of a request that does nothing);
2. load: POST /api/briefs with the extractive engine, one distinct article per request (zh-news,
   zh-policy and en-cnndm records from ../shared/data, read in place), so every one is briefed;
3. repeat: the same POSTs again, answered from the store.

It prints latency percentiles, requests per second, errors, and p50/p95 as ratios to the
baseline's. It asserts no time; it exits 1 if any request failed.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path

import httpx

DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
CITEBRIEF = Path(sys.executable).with_name("citebrief")


@dataclass
class Round:
    name: str
    latencies: list[float]
    errors: list[str]
    wall: float

    def percentile(self, q: float) -> float:
        ordered = sorted(self.latencies)
        if not ordered:
            return float("nan")
        index = min(len(ordered) - 1, max(0, round(q / 100 * len(ordered) + 0.5) - 1))  # nearest rank
        return ordered[index]

    def line(self, baseline: Round | None = None) -> str:
        ms = {q: 1000 * self.percentile(q) for q in (50, 95, 99)}
        text = (
            f"{self.name:<22} n={len(self.latencies):>4}  errors={len(self.errors):>2}  "
            f"p50 {ms[50]:7.1f} ms  p95 {ms[95]:7.1f} ms  p99 {ms[99]:7.1f} ms  "
            f"max {1000 * max(self.latencies, default=0):7.1f} ms  {len(self.latencies) / self.wall:6.1f} req/s"
        )
        if baseline is not None:
            text += (
                f"  p50 ×{self.percentile(50) / baseline.percentile(50):.1f}"
                f"  p95 ×{self.percentile(95) / baseline.percentile(95):.1f} of /healthz"
            )
        return text


def articles(count: int) -> list[str]:
    """`count` distinct articles, interleaved: Chinese news, Chinese policy, English news."""
    sets = []
    for name in ("zh-news.jsonl", "zh-policy.jsonl", "en-cnndm.jsonl"):
        with (DATA / name).open(encoding="utf-8") as lines:
            sets.append([json.loads(line)["article"] for line in lines if line.strip()])
    mixed: list[str] = []
    k = 0
    while len(mixed) < count and any(k < len(s) for s in sets):
        mixed += [s[k] for s in sets if k < len(s)]
        k += 1
    if len(mixed) < count:
        sys.exit(f"only {len(mixed)} articles in {DATA}")
    return mixed[:count]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def start_server(db: Path, port: int, workers: int) -> subprocess.Popen[bytes]:
    env = {k: v for k, v in os.environ.items() if k != "CITEBRIEF_TOKEN"}
    server = subprocess.Popen(
        [str(CITEBRIEF), "serve", "--port", str(port), "--db", str(db), "--workers", str(workers)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if server.poll() is not None:
            sys.exit(f"the server exited: {server.stderr.read().decode() if server.stderr else ''}")
        try:
            if httpx.get(f"http://127.0.0.1:{port}/healthz", timeout=1).status_code == 200:
                return server
        except httpx.TransportError:
            time.sleep(0.1)
    server.kill()
    sys.exit("the server did not start within 60 s")


async def run_round(
    name: str, concurrency: int, calls: list[Callable[[httpx.AsyncClient], Awaitable[httpx.Response]]], base: str
) -> Round:
    latencies: list[float] = []
    errors: list[str] = []
    queue: asyncio.Queue[Callable[[httpx.AsyncClient], Awaitable[httpx.Response]]] = asyncio.Queue()
    for call in calls:
        queue.put_nowait(call)
    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)

    async def worker(client: httpx.AsyncClient) -> None:
        while True:
            try:
                call = queue.get_nowait()
            except asyncio.QueueEmpty:
                return
            start = time.perf_counter()
            try:
                response = await call(client)
            except httpx.HTTPError as exc:
                errors.append(f"{type(exc).__name__}: {exc}")
                continue
            latencies.append(time.perf_counter() - start)
            if response.status_code >= 400:
                errors.append(f"HTTP {response.status_code}: {response.text[:200]}")

    async with httpx.AsyncClient(base_url=base, timeout=120, limits=limits) as client:
        started = time.perf_counter()
        await asyncio.gather(*(worker(client) for _ in range(concurrency)))
        wall = time.perf_counter() - started
    return Round(name, latencies, errors, wall)


async def main_async(args: argparse.Namespace, base: str) -> list[Round]:
    texts = articles(args.requests)

    def post(text: str) -> Callable[[httpx.AsyncClient], Awaitable[httpx.Response]]:
        return lambda client: client.post("/api/briefs", json={"text": text})

    def health(client: httpx.AsyncClient) -> Awaitable[httpx.Response]:
        return client.get("/healthz")

    await run_round("warm-up", 2, [health] * 8 + [post(texts[0])], base)  # imports and the segmenter's dictionary
    baseline = await run_round("GET /healthz", args.concurrency, [health] * args.requests, base)
    load = await run_round("POST /api/briefs", args.concurrency, [post(t) for t in texts], base)
    repeat = await run_round("POST again (stored)", args.concurrency, [post(t) for t in texts], base)
    return [baseline, load, repeat]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--requests", type=int, default=200)
    parser.add_argument("--concurrency", type=int, default=8)
    parser.add_argument("--workers", type=int, default=4, help="the server's brief threads (serve --workers)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        port = free_port()
        server = start_server(Path(folder) / "load.db", port, args.workers)
        try:
            rounds = asyncio.run(main_async(args, f"http://127.0.0.1:{port}"))
        finally:
            server.terminate()
            server.wait(timeout=30)
    baseline = rounds[0]
    print(
        f"citebrief serve on loopback, {args.requests} requests per round at concurrency {args.concurrency}, "
        f"{args.workers} brief threads, {os.cpu_count()} CPUs"
    )
    for item in rounds:
        print(item.line(None if item is baseline else baseline))
    failed = [error for item in rounds for error in item.errors]
    for error in failed[:10]:
        print(f"error: {error}")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
