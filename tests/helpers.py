"""Test helpers: a real loopback HTTP server, a closed port, articles written for the tests, and a bullet's
verdict against a page written for the test."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from citebrief.model import Point, VerdictLabel
from citebrief.segment import build_document
from citebrief.verify import SourceIndex, check_point

# the installed console script, beside the interpreter running the tests (.venv/bin)
CITEBRIEF = Path(sys.executable).with_name("citebrief")


def run_cli(*args: str | Path, stdin: bytes | None = None, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    """Run the real `citebrief` console script; stdout and stderr decoded as UTF-8."""
    env = {**os.environ, "NO_COLOR": "1", "TERM": "dumb", "COLUMNS": "200", "PYTHONIOENCODING": "utf-8"}
    done = subprocess.run(
        [str(CITEBRIEF), *map(str, args)], input=stdin, capture_output=True, timeout=timeout, check=False, env=env
    )
    return subprocess.CompletedProcess(
        done.args, done.returncode, done.stdout.decode("utf-8"), done.stderr.decode("utf-8")
    )


# six paragraphs of Chinese on distinct points, long enough for trafilatura to see an article
ZH_PARAGRAPHS = [
    "全国政协14日在京召开专题协商会，围绕推进制造业数字化转型建言献策，二十余位委员在会上发言。",
    "委员们指出，截至2024年底，全国重点工业企业关键工序数控化率达到63.5%，智能工厂超过3万家。",
    "有委员建议，加快工业互联网平台建设，推动中小企业“上云用数赋智”，降低数字化转型成本。",
    "还有委员提出，完善数据要素市场规则，建立工业数据分类分级管理制度，让数据安全有序流动。",
    "在人才培养方面，委员们建议职业院校增设智能制造专业，扩大既懂工艺又懂数据的复合型人才供给。",
    "有关部门负责同志表示，将认真研究吸纳委员们的意见建议，抓紧完善相关政策措施，推动落地见效。",
]


def zh_article_html(*, charset: str | None = "utf-8", title: str = "制造业数字化转型专题协商会召开") -> str:
    """A small Chinese news page: navigation, a headline, six paragraphs, a footer."""
    meta = f'<meta charset="{charset}">' if charset else ""
    body = "\n".join(f"<p>{p}</p>" for p in ZH_PARAGRAPHS)
    return f"""<!doctype html>
<html lang="zh-CN"><head>{meta}<title>{title}</title>
<meta property="og:site_name" content="测试日报">
<meta property="article:published_time" content="2025-05-14T22:17:00+08:00">
</head><body>
<nav><a href="/">首页</a> | <a href="/news/">要闻</a> | <a href="/tech/">科技</a></nav>
<article><h1>{title}</h1>
{body}
<p>（责任编辑：张三）</p>
</article>
<footer><p>测试日报社 版权所有，未经书面授权禁止使用</p></footer>
</body></html>
"""


@dataclass(frozen=True)
class Route:
    """What the loopback server answers on one path."""

    body: bytes = b""
    content_type: str = "text/html; charset=utf-8"
    status: int = 200
    delay: float = 0.0  # seconds to wait before answering
    send_length: bool = True  # send Content-Length (False: stream the body in chunks without it)
    location: str | None = None  # a Location header, for redirects


class _Handler(BaseHTTPRequestHandler):
    routes: dict[str, Route] = {}  # noqa: RUF012 - replaced per server by a subclass

    def log_message(self, format: str, *args: object) -> None:
        """Quiet: tests read results, not access logs."""

    def do_GET(self) -> None:
        route = self.routes.get(self.path, Route(body=b"not found", content_type="text/plain", status=404))
        try:
            if route.delay:
                time.sleep(route.delay)
            self.send_response(route.status)
            self.send_header("Content-Type", route.content_type)
            if route.location:
                self.send_header("Location", route.location)
            if route.send_length:
                self.send_header("Content-Length", str(len(route.body)))
            self.end_headers()
            if route.send_length:
                self.wfile.write(route.body)
            else:
                for start in range(0, len(route.body), 1024):
                    self.wfile.write(route.body[start : start + 1024])
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up first (a timeout or a size cap): that is what the test wanted


@contextmanager
def loopback_server(routes: dict[str, Route]) -> Iterator[str]:
    """Serve `routes` on 127.0.0.1 (a free port) in a thread; yields the base URL."""
    with serving_handler(type("Handler", (_Handler,), {"routes": routes})) as base:
        yield base


@contextmanager
def serving_handler(handler: type[BaseHTTPRequestHandler]) -> Iterator[str]:
    """Serve with `handler` on 127.0.0.1 (a free port) in a thread; yields the base URL."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


def closed_port() -> int:
    """A loopback port nothing listens on (bound, then released)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextmanager
def serving(app: object) -> Iterator[str]:
    """Run an ASGI app on uvicorn at 127.0.0.1 (a free port) in a thread; yields the base URL."""
    import uvicorn

    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    config = uvicorn.Config(app, log_level="warning", ws="none", lifespan="on")  # type: ignore[arg-type]
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError("uvicorn did not start")
        time.sleep(0.02)
    try:
        yield f"http://127.0.0.1:{sock.getsockname()[1]}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)
        sock.close()


def verdict_on(page: list[str], text: str, citations: list[int], title: str) -> tuple[VerdictLabel, str]:
    """The verdict and its reason for a bullet `text` citing `citations` of a page of paragraphs `page`."""
    index = SourceIndex(build_document(page, origin="test", title=title))
    verdict = check_point(Point(text=text, citations=citations), index)
    return verdict.label, verdict.reason


@dataclass
class FakeUnit:
    """A sentence of a made-up `Scored` for the Chinese bracket engines' tests: its text and paragraph."""

    text: str
    paragraph: int
    heading: bool = False


@dataclass
class FakeScored:
    """The few fields of `engines.scored.Scored` the Chinese bracket engines read (their tests)."""

    units: list[FakeUnit]
    lang: str = "zh"
    passages: bool = False
