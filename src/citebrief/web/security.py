"""The token, the login cookie, the body cap and the response headers.

With a token set (CITEBRIEF_TOKEN or --token) the API wants `Authorization: Bearer <token>` and
the pages want a login; the login cookie holds an HMAC of the token, not the token, so nothing
is kept on the server and changing the token logs everyone out. Without a token the app trusts
whoever can reach it, which is why `serve` binds to 127.0.0.1 by default.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from collections.abc import Iterable

from starlette.requests import HTTPConnection
from starlette.types import ASGIApp, Message, Receive, Scope, Send

SESSION_COOKIE = "citebrief_session"

# our pages load only our own script and style; an escaped payload that slipped through could not run
PAGE_CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
    "form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
)


class Auth:
    """Checks the bearer token and the login cookie; `token=None` lets everyone in."""

    def __init__(self, token: str | None) -> None:
        self.token = token or None
        self._session = (
            hmac.new(self.token.encode("utf-8"), b"citebrief-session-v1", hashlib.sha256).hexdigest()
            if self.token
            else None
        )

    @property
    def enabled(self) -> bool:
        return self.token is not None

    def session_value(self) -> str:
        return self._session or ""

    def token_matches(self, given: str) -> bool:
        return self.token is not None and hmac.compare_digest(given.encode("utf-8"), self.token.encode("utf-8"))

    def has_session(self, conn: HTTPConnection) -> bool:
        cookie = conn.cookies.get(SESSION_COOKIE, "")
        return self._session is not None and hmac.compare_digest(cookie.encode("utf-8"), self._session.encode("utf-8"))

    def bearer_ok(self, conn: HTTPConnection) -> bool:
        scheme, _, given = conn.headers.get("authorization", "").partition(" ")
        return scheme.lower() == "bearer" and self.token_matches(given.strip())

    def api_allowed(self, conn: HTTPConnection) -> bool:
        """A bearer token, or the login cookie of our own pages (which poll jobs through the API)."""
        if not self.enabled:
            return True
        return self.bearer_ok(conn) or (self.has_session(conn) and same_origin(conn))

    def page_allowed(self, conn: HTTPConnection) -> bool:
        return not self.enabled or self.has_session(conn)


def same_origin(conn: HTTPConnection) -> bool:
    """False for a browser request another site made (its Origin header names that site).

    Pages post forms and cookies are SameSite=Strict, but a check on Origin costs nothing and
    also covers a server run without a token, where no cookie guards the form."""
    origin = conn.headers.get("origin")
    if origin is None or conn.scope.get("method", "GET") in ("GET", "HEAD"):
        return True
    host = conn.headers.get("host", "")
    return origin in (f"http://{host}", f"https://{host}")


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
        message = f"the request body is over the {size} cap"
        if str(scope.get("path", "")).startswith("/api/"):
            body = json.dumps({"error": "too_large", "message": message, "source": None}).encode("utf-8")
            content_type = b"application/json"
        else:
            body = f"413: {message}".encode()
            content_type = b"text/plain; charset=utf-8"
        await send(
            {
                "type": "http.response.start",
                "status": 413,
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
