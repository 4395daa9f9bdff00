"""The token, the login session, cross-site writes, the Host check, the body cap and headers.

With a token set (CITEBRIEF_TOKEN or --token) the API wants `Authorization: Bearer <token>` and
the pages want a login; a login starts a signed, expiring session the server can revoke
(`sessions.py`). Without a token the app trusts whoever can reach it, which is why `serve` binds
to 127.0.0.1 by default. Token or not, a state-changing request another site's page made is
refused (`cross_site`), and `serve` refuses Host names it was not told about (DNS rebinding).
"""

from __future__ import annotations

import contextlib
import hmac
import json
import socket
from collections.abc import Iterable

from starlette.requests import HTTPConnection
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from citebrief.web.sessions import LoginThrottle, SessionTable

SESSION_COOKIE = "citebrief_session"
SAFE_METHODS = ("GET", "HEAD", "OPTIONS")
LOOPBACK_NAMES = ("127.0.0.1", "localhost", "::1")

# our pages load only our own script and style; an escaped payload that slipped through could not run
PAGE_CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
    "form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
)


class Auth:
    """Checks the bearer token and the login session; `token=None` lets everyone in."""

    def __init__(
        self, token: str | None, *, sessions: SessionTable | None = None, throttle: LoginThrottle | None = None
    ) -> None:
        self.token = token or None
        self.sessions = sessions or SessionTable()
        self.throttle = throttle or LoginThrottle()

    @property
    def enabled(self) -> bool:
        return self.token is not None

    def token_matches(self, given: str) -> bool:
        return self.token is not None and hmac.compare_digest(given.encode("utf-8"), self.token.encode("utf-8"))

    def has_session(self, conn: HTTPConnection) -> bool:
        return self.enabled and self.sessions.valid(conn.cookies.get(SESSION_COOKIE, ""))

    def bearer_ok(self, conn: HTTPConnection) -> bool:
        scheme, _, given = conn.headers.get("authorization", "").partition(" ")
        return scheme.lower() == "bearer" and self.token_matches(given.strip())

    def api_allowed(self, conn: HTTPConnection) -> bool:
        """A bearer token, or the login session of our own pages (which poll jobs through the API)."""
        if not self.enabled:
            return True
        return self.bearer_ok(conn) or (self.has_session(conn) and cross_site(conn) is None)

    def page_allowed(self, conn: HTTPConnection) -> bool:
        return not self.enabled or self.has_session(conn)


def cross_site(conn: HTTPConnection) -> str | None:
    """Why this request looks made by another site's page, or None when it may change state.

    GET, HEAD and OPTIONS change nothing. For the rest a browser says who made the request:
    Sec-Fetch-Site (cross-site, same-site) and Origin (another origin, or `null` from a sandboxed
    or file page); either one refuses it. Clients that send neither (curl, scripts) are not
    browsers a page can drive, so they pass, token or not."""
    if conn.scope.get("method", "GET") in SAFE_METHODS:
        return None
    fetch_site = conn.headers.get("sec-fetch-site", "").lower()
    if fetch_site in ("cross-site", "same-site"):
        return f"the request came from another site (Sec-Fetch-Site: {fetch_site})"
    origin = conn.headers.get("origin")
    if origin is None:
        return None
    host = conn.headers.get("host", "")
    if origin.lower() not in (f"http://{host}".lower(), f"https://{host}".lower()):
        return f"the request came from another site (Origin: {origin[:100]})"
    return None


def same_origin(conn: HTTPConnection) -> bool:
    return cross_site(conn) is None


def host_name(header: str) -> str:
    """The name in a Host header, without its port: example.org:80 → example.org, [::1]:80 → ::1."""
    header = header.strip().lower()
    if header.startswith("["):
        return header[1 : header.find("]")] if "]" in header else ""
    return header.rsplit(":", 1)[0] if header.count(":") == 1 else header


def allowed_hosts(bind: str, extra: Iterable[str] = ()) -> list[str]:
    """The Host names a server bound to `bind` answers: the loopback names, the bound address
    itself, and for a wildcard bind (0.0.0.0, ::) this machine's names and addresses; plus
    `extra` (what --allowed-host adds, e.g. the public name behind a proxy)."""
    names = [*LOOPBACK_NAMES, bind.strip("[]").lower()]
    if bind in ("0.0.0.0", "::", ""):
        hostname = socket.gethostname()
        names += [hostname, socket.getfqdn()]
        with contextlib.suppress(OSError):
            names += socket.gethostbyname_ex(hostname)[2]
    names += [host_name(name) or name.lower() for name in extra]
    return list(dict.fromkeys(name.lower() for name in names if name))


class HostCheck:
    """Refuse requests whose Host header is not on the allow-list: a DNS-rebinding page
    (evil.example resolving to this server) sends Host: evil.example and gets 400."""

    def __init__(self, app: ASGIApp, allowed: Iterable[str]) -> None:
        self.app = app
        self.allowed = frozenset(name.lower() for name in allowed)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        header = dict(scope["headers"]).get(b"host", b"").decode("latin-1")
        if host_name(header) in self.allowed:
            await self.app(scope, receive, send)
            return
        message = f"this server does not answer to the host name {header[:100]!r}"
        await _answer(scope, send, 400, "bad_host", message)


def safe_next(target: str | None) -> str:
    """Where to go after login: a path on this site only (no //evil.example, no scheme)."""
    if not target or not target.startswith("/") or target.startswith("//") or "\\" in target:
        return "/"
    return target


class BodyLimit:
    """Refuse request bodies over `max_bytes` with 413, declared (Content-Length) or streamed."""

    def __init__(self, app: ASGIApp, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = dict(scope["headers"]).get(b"content-length", b"")
        if declared.isdigit() and int(declared) > self.max_bytes:
            await self._refuse(scope, send)
            return
        received = 0
        started = False

        async def counting_receive() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.max_bytes:
                    raise _TooLarge
            return message

        async def tracking_send(message: Message) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, counting_receive, tracking_send)
        except _TooLarge:
            if not started:
                await self._refuse(scope, send)

    async def _refuse(self, scope: Scope, send: Send) -> None:
        limit = self.max_bytes
        size = f"{limit // (1024 * 1024)} MB" if limit >= 1024 * 1024 else f"{limit // 1024} KB"
        await _answer(scope, send, 413, "too_large", f"the request body is over the {size} cap")


async def _answer(scope: Scope, send: Send, status: int, kind: str, message: str) -> None:
    """An error from a middleware: the JSON error shape under /api, a line of text elsewhere."""
    if str(scope.get("path", "")).startswith("/api/"):
        body = json.dumps({"error": kind, "message": message, "source": None}).encode("utf-8")
        content_type = b"application/json"
    else:
        body = f"{status}: {message}".encode()
        content_type = b"text/plain; charset=utf-8"
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [
                (b"content-type", content_type),
                (b"content-length", str(len(body)).encode()),
                (b"connection", b"close"),
            ],
        }
    )
    await send({"type": "http.response.body", "body": body})


class _TooLarge(Exception):
    """Raised inside receive() when a streamed body passes the cap."""


class SecurityHeaders:
    """Headers every response gets: no MIME sniffing, no referrer to other sites (brief URLs stay
    private; same-origin, not no-referrer, because no-referrer makes a browser send
    `Origin: null` on our own form posts), no framing."""

    HEADERS: tuple[tuple[bytes, bytes], ...] = (
        (b"x-content-type-options", b"nosniff"),
        (b"referrer-policy", b"same-origin"),
        (b"x-frame-options", b"DENY"),
    )

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                present = {name.lower() for name, _ in message.get("headers", [])}
                extra: Iterable[tuple[bytes, bytes]] = (h for h in self.HEADERS if h[0] not in present)
                message = {**message, "headers": [*message.get("headers", []), *extra]}
            await send(message)

        await self.app(scope, receive, with_headers)
