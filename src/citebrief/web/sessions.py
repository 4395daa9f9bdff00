"""Login sessions and the brake on token guessing.

A session cookie is `<id>.<expiry>.<signature>`: a random id, when it stops working, and an HMAC
of both under a key made at start. The server also keeps the live ids, so logging out ends the
session for whoever holds a copy of the cookie, and a restart (or a new token) logs everyone out.

Failed logins are counted per client address: after a few free tries each further one locks
that client out for twice as long as the last (capped), and every failure is logged.
"""

from __future__ import annotations

import hashlib
import hmac
import logging
import math
import secrets
import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, field

log = logging.getLogger("citebrief.web")

Clock = Callable[[], float]


class SessionTable:
    """Signed, expiring sessions, kept server-side so that logout revokes them."""

    def __init__(self, *, ttl: float = 12 * 3600, max_live: int = 10_000, clock: Clock = time.time) -> None:
        self.ttl = ttl
        self.max_live = max_live
        self._clock = clock
        self._key = secrets.token_bytes(32)
        self._live: OrderedDict[str, float] = OrderedDict()  # id → expiry
        self._lock = threading.Lock()

    def _sign(self, session_id: str, expires: int) -> str:
        return hmac.new(self._key, f"{session_id}.{expires}".encode(), hashlib.sha256).hexdigest()

    def start(self) -> str:
        """A new session; returns the cookie value."""
        session_id = secrets.token_urlsafe(24)
        expires = math.ceil(self._clock() + self.ttl)
        with self._lock:
            self._forget_expired()
            self._live[session_id] = expires
            while len(self._live) > self.max_live:
                self._live.popitem(last=False)
        return f"{session_id}.{expires}.{self._sign(session_id, expires)}"

    def _parse(self, cookie: str) -> str | None:
        """The session id of a well-signed, unexpired cookie, else None."""
        session_id, _, rest = cookie.partition(".")
        expires_text, _, signature = rest.partition(".")
        if not session_id or not expires_text.isascii() or not expires_text.isdigit() or len(expires_text) > 12:
            return None
        expires = int(expires_text)
        if not hmac.compare_digest(signature.encode(), self._sign(session_id, expires).encode()):
            return None
        return session_id if expires > self._clock() else None

    def valid(self, cookie: str) -> bool:
        session_id = self._parse(cookie)
        if session_id is None:
            return False
        with self._lock:
            expires = self._live.get(session_id)
        return expires is not None and expires > self._clock()

    def end(self, cookie: str) -> bool:
        """Revoke the session of this cookie; True if it was live."""
        session_id = self._parse(cookie)
        if session_id is None:
            return False
        with self._lock:
            return self._live.pop(session_id, None) is not None

    def _forget_expired(self) -> None:
        now = self._clock()
        for session_id in [sid for sid, expires in self._live.items() if expires <= now]:
            del self._live[session_id]


@dataclass
class _Record:
    failures: int = 0
    locked_until: float = 0.0


@dataclass
class LoginThrottle:
    """Per-client exponential backoff on failed logins.

    free: tries a client gets before the first lock (the free-th failure locks it); base: that
    lock in seconds, doubled on each further failure up to `cap`."""

    free: int = 3
    base: float = 1.0
    cap: float = 300.0
    max_clients: int = 10_000
    clock: Clock = time.monotonic
    _clients: OrderedDict[str, _Record] = field(default_factory=OrderedDict)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def wait(self, client: str) -> float:
        """Seconds this client must wait before it may try again (0: it may try now)."""
        with self._lock:
            record = self._clients.get(client)
            return max(0.0, record.locked_until - self.clock()) if record else 0.0

    def failed(self, client: str) -> float:
        """Count a failure; returns the lock it earns (0 while still within the free tries)."""
        with self._lock:
            record = self._clients.pop(client, None) or _Record()
            self._clients[client] = record  # most recent last, so the oldest is dropped first
            while len(self._clients) > self.max_clients:
                self._clients.popitem(last=False)
            record.failures += 1
            over = record.failures - self.free  # 0 on the last free try
            lock = min(self.cap, self.base * 2 ** min(over, 30)) if over >= 0 else 0.0
            record.locked_until = self.clock() + lock
        log.warning("failed login from %s (%d in a row; locked for %.0f s)", client, record.failures, lock)
        return lock

    def succeeded(self, client: str) -> None:
        with self._lock:
            self._clients.pop(client, None)
