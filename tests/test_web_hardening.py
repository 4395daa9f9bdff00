"""What an attack on the running web app found (issue 11), against the real server on loopback.

Cross-site writes without a token, a fetch that trickles bytes, inputs that used to answer a
plain-text 500, sessions that never ended, unlimited token guessing, Secure behind a proxy and
the Host check of `citebrief serve` on every bind.
"""

from __future__ import annotations

import logging
import os
import socket
import subprocess
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler
from pathlib import Path

import httpx
import pytest

from citebrief.errors import FetchError
from citebrief.ingest import FetchSettings, fetch_url
from citebrief.web import create_app
from citebrief.web.security import allowed_hosts, host_name
from citebrief.web.sessions import LoginThrottle, SessionTable
from citebrief.web.ssrf import UrlGuard
from helpers import CITEBRIEF, Route, closed_port, loopback_server, serving, serving_handler, zh_article_html
from test_web_api import EN_TEXT, TOKEN, client, error_of, numbered_text

EVIL = {"Origin": "http://evil.example"}


class _Trickle(BaseHTTPRequestHandler):
    """Sends a page one byte a second: /body after prompt headers, /headers even the headers."""

    def log_message(self, format: str, *args: object) -> None:
        """Quiet."""

    def do_GET(self) -> None:
        try:
            if self.path == "/headers":
                for byte in b"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nX-Slow: " + b"a" * 60:
                    self.wfile.write(bytes([byte]))
                    self.wfile.flush()
                    time.sleep(1)
                return
            body = ("Trickled page\n\n" + "A sentence that arrives very slowly indeed. " * 3).encode()
            self.send_response(200)
            self.send_header("Content-Type", "text/plain; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.flush()
            for byte in body[:60]:
                self.wfile.write(bytes([byte]))
                self.wfile.flush()
                time.sleep(1)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the fetch gave up: what the test wants


@pytest.fixture(scope="module")
def trickle() -> Iterator[str]:
    with serving_handler(_Trickle) as base:
        yield base


@pytest.fixture(scope="module")
def open_app(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """No token, as `citebrief serve` on loopback."""
    with serving(create_app(tmp_path_factory.mktemp("open") / "web.db")) as url:
        yield url


# --- 1. cross-site writes ------------------------------------------------------------------------


def test_cross_site_writes_are_refused_without_a_token(open_app: str) -> None:
    with client(open_app) as http:
        before = len(http.get("/api/briefs").json()["briefs"])
        error_of(http.post("/api/briefs", json={"text": EN_TEXT}, headers=EVIL), 403, "cross_site")
        sent = http.post("/api/briefs", data={"text": EN_TEXT}, headers={"Sec-Fetch-Site": "cross-site"})
        error_of(sent, 403, "cross_site")
        error_of(http.post("/api/briefs", json={"text": EN_TEXT}, headers={"Origin": "null"}), 403, "cross_site")
        form = http.post("/briefs", data={"text": EN_TEXT}, files={"file": ("", b"")}, headers=EVIL)
        assert form.status_code == 403
        assert "another site" in form.text
        assert len(http.get("/api/briefs").json()["briefs"]) == before  # nothing was stored
        # same-origin pages and clients that send no Origin (curl, scripts) still write
        own = {"Origin": open_app, "Sec-Fetch-Site": "same-origin"}
        assert http.post("/api/briefs", json={"text": numbered_text(1)}, headers=own).status_code == 201
        assert http.post("/api/briefs", json={"text": numbered_text(2)}).status_code == 201
        assert http.get("/api/briefs", headers=EVIL).status_code == 200  # reads change nothing


def test_cross_site_logout_is_refused(tmp_path: Path) -> None:
    with serving(create_app(tmp_path / "web.db", token=TOKEN)) as base, client(base) as http:
        assert http.post("/login", data={"token": TOKEN}).status_code == 303
        assert http.post("/logout", headers=EVIL).status_code == 403
        assert http.get("/history").status_code == 200  # still logged in
        assert http.post("/logout", headers={"Origin": base}).status_code == 303
        assert http.get("/history").status_code == 303


# --- 2. the fetch deadline and minimum rate ------------------------------------------------------


@contextmanager
def _trickle_app(tmp_path: Path, trickle: str, settings: FetchSettings) -> Iterator[str]:
    port = httpx.URL(trickle).port
    assert port is not None
    app = create_app(tmp_path / "web.db", guard=UrlGuard(allow={("127.0.0.1", port)}), fetch=settings)
    with serving(app) as base:
        yield base


def test_a_trickling_page_hits_the_deadline(tmp_path: Path, trickle: str) -> None:
    settings = FetchSettings(total_timeout=3, min_rate=0, read_timeout=30)
    with _trickle_app(tmp_path, trickle, settings) as base, httpx.Client(base_url=base, timeout=25) as http:
        for path in ("/body", "/headers"):
            answer = http.post("/api/briefs", json={"url": trickle + path})
            body = error_of(answer, 422, "fetch_error")
            assert "longer than 3 s" in body["message"], body


def test_a_trickling_page_falls_under_the_minimum_rate(tmp_path: Path, trickle: str) -> None:
    settings = FetchSettings(total_timeout=120, min_rate=50, rate_grace=2, read_timeout=30)
    with _trickle_app(tmp_path, trickle, settings) as base, httpx.Client(base_url=base, timeout=25) as http:
        body = error_of(http.post("/api/briefs", json={"url": trickle + "/body"}), 422, "fetch_error")
    assert "under the minimum of 50 bytes/s" in body["message"], body


def test_the_cli_fetch_keeps_the_deadline(trickle: str) -> None:
    with pytest.raises(FetchError, match="longer than 2 s"):
        fetch_url(trickle + "/body", settings=FetchSettings(total_timeout=2, min_rate=0))


def test_a_server_slow_to_answer_is_not_taken_for_a_trickle() -> None:
    routes = {"/late": Route(body=zh_article_html().encode("utf-8"), delay=1.5)}
    with loopback_server(routes) as base:
        settings = FetchSettings(total_timeout=20, min_rate=1000, rate_grace=0.5)
        document = fetch_url(base + "/late", settings=settings)
    assert len(document.segments) >= 6


# --- 4. inputs that answered a plain-text 500 ----------------------------------------------------


@pytest.mark.parametrize(
    ("method", "path", "kwargs", "status", "kind"),
    [
        pytest.param("POST", "/api/briefs", {"content": b"[" * 100_000}, 400, "bad_request", id="100k-brackets"),
        pytest.param(
            "POST", "/api/briefs", {"content": b'{"a":' * 3000 + b"1" + b"}" * 3000}, 400, "bad_request", id="nested"
        ),
        pytest.param(
            "POST",
            "/api/briefs",
            {"content": b'{"text": "x", "groups": ' + b"9" * 5000 + b"}"},
            400,
            "bad_request",
            id="groups-5000-digits",
        ),
        pytest.param("GET", "/api/briefs/99999999999999999999999", {}, 404, "not_found", id="huge-id"),
        pytest.param("GET", "/api/briefs/²", {}, 404, "not_found", id="superscript-id"),
        pytest.param("GET", "/api/briefs?offset=9223372036854775808", {}, 422, "invalid_request", id="huge-offset"),
    ],
)
def test_bad_inputs_are_json_4xx(
    open_app: str, method: str, path: str, kwargs: dict[str, object], status: int, kind: str
) -> None:
    headers = {"content-type": "application/json"} if method == "POST" else {}
    with client(open_app) as http:
        error_of(http.request(method, path, headers=headers, **kwargs), status, kind)  # type: ignore[arg-type]


def test_bad_inputs_on_the_pages_are_4xx(open_app: str) -> None:
    with client(open_app) as http:
        for path in ("/briefs/99999999999999999999999/download/json", "/briefs/99999999999999999999999"):
            answer = http.get(path)
            assert answer.status_code == 404, (path, answer.text[:200])
            assert "Traceback" not in answer.text
        form = http.post(
            "/briefs", data={"text": EN_TEXT, "groups": "9" * 5000}, files={"file": ("", b"")}, follow_redirects=True
        )
        assert form.status_code == 400
        assert "groups must be a number" in form.text


def test_an_internal_error_is_a_json_500_that_shows_nothing_inside(
    open_app: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from citebrief import pipeline
    from citebrief.store import Store

    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("secret at /srv/internal/path.py")

    def exhausted(*args: object, **kwargs: object) -> None:
        raise MemoryError("numpy._core._exceptions._ArrayMemoryError: Unable to allocate 9 TiB")

    monkeypatch.setattr(Store, "list_briefs", broken)
    monkeypatch.setattr(pipeline, "brief_document", exhausted)
    with client(open_app) as http:
        listed = error_of(http.get("/api/briefs"), 500, "internal_error")
        made = error_of(http.post("/api/briefs", json={"text": numbered_text(7)}), 500, "internal_error")
        page = http.get("/history")
    for body in (listed, made):
        assert "secret" not in body["message"] and "numpy" not in body["message"]
        assert "server log" in body["message"]
    assert page.status_code == 500
    assert "secret" not in page.text


# --- 5. sessions, login backoff, proxy headers, Host check ---------------------------------------


class _Clock:
    def __init__(self) -> None:
        self.now = 1_000_000.0

    def __call__(self) -> float:
        return self.now


def test_sessions_expire_and_end_on_the_server_at_logout(tmp_path: Path) -> None:
    clock = _Clock()
    app = create_app(tmp_path / "web.db", token=TOKEN, sessions=SessionTable(ttl=3600, clock=clock))
    with serving(app) as base, client(base) as http:
        first = http.post("/login", data={"token": TOKEN}).headers["set-cookie"]
        cookie = http.cookies["citebrief_session"]
        assert "Max-Age=3600" in first
        http.cookies.clear()
        assert http.post("/login", data={"token": TOKEN}).status_code == 303
        assert http.cookies["citebrief_session"] != cookie  # not a fixed value derived from the token
        stolen = {"Cookie": f"citebrief_session={cookie}"}
        with client(base) as other:
            assert other.get("/history", headers=stolen).status_code == 200
            assert other.post("/logout", headers=stolen).status_code == 303
            assert other.get("/history", headers=stolen).status_code == 303  # revoked on the server
            assert other.get("/api/briefs", headers=stolen).status_code == 401
            forged = cookie.rsplit(".", 1)[0] + "." + "0" * 64
            assert other.get("/history", headers={"Cookie": f"citebrief_session={forged}"}).status_code == 303
        assert http.get("/history").status_code == 200  # the second session lives on
        clock.now += 3601
        assert http.get("/history").status_code == 303  # and expires


def test_failed_logins_back_off_per_client_and_are_logged(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    throttle = LoginThrottle(free=3, base=60)
    app = create_app(tmp_path / "web.db", token=TOKEN, throttle=throttle)
    with caplog.at_level(logging.WARNING, logger="citebrief.web"), serving(app) as base, client(base) as http:
        statuses = [http.post("/login", data={"token": f"guess {k}"}).status_code for k in range(5)]
        assert statuses == [401, 401, 401, 429, 429]
        locked = http.post("/login", data={"token": TOKEN})
        assert locked.status_code == 429  # even the right token waits: guessing gains nothing
        assert int(locked.headers["retry-after"]) > 0
        assert "citebrief_session" not in locked.headers.get("set-cookie", "")
    failures = [r.getMessage() for r in caplog.records if "failed login from 127.0.0.1" in r.getMessage()]
    assert len(failures) == 3
    assert "locked for 60 s" in failures[-1]


def _serve(tmp_path: Path, host: str, *args: str) -> tuple[subprocess.Popen[str], str]:
    port = closed_port()
    env = {**os.environ, "CITEBRIEF_TOKEN": TOKEN}
    command = [str(CITEBRIEF), "serve", "--host", host, "--port", str(port), "--db", str(tmp_path / "s.db"), *args]
    server = subprocess.Popen(command, env=env, stderr=subprocess.PIPE, text=True)
    base = f"http://[{host}]:{port}" if ":" in host else f"http://{host}:{port}"
    with client(base) as http:
        for _ in range(400):
            try:
                if http.get("/healthz").status_code == 200:
                    break
            except httpx.TransportError:
                if server.poll() is not None:
                    break
                threading.Event().wait(0.05)
    return server, base


def _stop(server: subprocess.Popen[str]) -> str:
    server.terminate()
    _, stderr = server.communicate(timeout=30)
    return stderr


@pytest.mark.parametrize("proxy", [False, True], ids=["direct", "proxy-headers"])
def test_secure_cookie_behind_a_tls_proxy(tmp_path: Path, proxy: bool) -> None:
    server, base = _serve(tmp_path, "127.0.0.1", *(["--proxy-headers"] if proxy else []))
    try:
        with client(base) as http:
            login = http.post("/login", data={"token": TOKEN}, headers={"X-Forwarded-Proto": "https"})
    finally:
        stderr = _stop(server)
    assert login.status_code == 303, stderr
    assert ("Secure" in login.headers["set-cookie"]) is proxy  # trusted only when asked to


def _has_ipv6_loopback() -> bool:
    try:
        with socket.socket(socket.AF_INET6, socket.SOCK_STREAM) as sock:
            sock.bind(("::1", 0))
    except OSError:
        return False
    return True


@pytest.mark.parametrize("host", ["127.0.0.1", "::1"])
def test_serve_checks_the_host_on_every_bind(tmp_path: Path, host: str) -> None:
    if host == "::1" and not _has_ipv6_loopback():
        pytest.skip("no IPv6 loopback on this machine")
    server, base = _serve(tmp_path, host)
    port = httpx.URL(base).port
    try:
        with client(base) as http:
            rebound = http.get("/healthz", headers={"Host": f"evil.example:{port}"})
            shown = f"[{host}]" if ":" in host else host
            own = http.get("/healthz", headers={"Host": f"{shown}:{port}"})
            named = http.get("/healthz", headers={"Host": f"localhost:{port}"})
    finally:
        _stop(server)
    assert rebound.status_code == 400
    assert "does not answer to the host name" in rebound.text
    assert own.status_code == 200
    assert named.status_code == 200


def test_the_allow_list_of_each_bind() -> None:
    assert host_name("[::1]:8000") == "::1"
    assert host_name("Example.ORG:80") == "example.org"
    assert set(allowed_hosts("127.0.0.1")) == {"127.0.0.1", "localhost", "::1"}
    assert "192.0.2.7" in allowed_hosts("192.0.2.7")
    wildcard = allowed_hosts("0.0.0.0", ["brief.example.org:443"])
    assert socket.gethostname().lower() in wildcard
    assert "brief.example.org" in wildcard
    assert "evil.example" not in wildcard
