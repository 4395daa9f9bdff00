"""An overall deadline and a minimum rate for one URL fetch, enforced on the socket.

httpx's timeouts bound each wait, not the fetch: a server that sends one byte a second never
trips a 30 s read timeout and can hold a worker for as long as it likes (four such URLs filled
the web app's pool). `LimitedTransport` wraps every socket read and write of one fetch: each
wait is cut to what is left of the deadline, and from `grace` seconds after the first byte the
bytes received must keep up `min_rate` bytes a second. It covers redirects, headers and body.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING, Any, Protocol

import httpcore
import httpx

if TYPE_CHECKING:
    import ssl
    from collections.abc import Iterable


class Limits(Protocol):
    """What a transport needs of `ingest.FetchSettings` (a protocol, so this module imports
    nothing of ingest, which imports it)."""

    @property
    def total_timeout(self) -> float: ...
    @property
    def min_rate(self) -> float: ...
    @property
    def rate_grace(self) -> float: ...


class TooSlow(httpcore.ReadTimeout):
    """The fetch passed its deadline or fell under its minimum rate (httpx re-raises it as
    httpx.ReadTimeout, with this as its cause, so `ingest.fetch_url` can say which)."""


class FetchClock:
    """The deadline and byte count of one fetch, shared by its connections."""

    def __init__(self, total: float, min_rate: float, grace: float) -> None:
        self.total = total
        self.min_rate = min_rate
        self.grace = grace
        self.start = time.monotonic()
        self.first: float | None = None  # when the first byte came: the rate is measured from there
        self.received = 0

    def remaining(self) -> float:
        left = self.total - (time.monotonic() - self.start)
        if left <= 0:
            raise TooSlow(f"the page took longer than {self.total:g} s to arrive (the fetch deadline)")
        return left

    def wait(self, timeout: float | None) -> float:
        """The timeout of the next socket wait: never past the deadline."""
        left = self.remaining()
        return left if timeout is None else min(timeout, left)

    def got(self, count: int) -> None:
        """Count what a read brought. The rate runs from the first byte: a server slow to start
        answering is bounded by the read timeout and the deadline, not taken for a trickle."""
        now = time.monotonic()
        if self.first is None:
            self.first = now
        self.received += count
        elapsed = now - self.first
        if self.min_rate > 0 and elapsed > self.grace and self.received < self.min_rate * elapsed:
            raise TooSlow(
                f"the server sent {self.received} bytes in {elapsed:.0f} s, under the minimum of"
                f" {self.min_rate:g} bytes/s"
            )


class _Stream(httpcore.NetworkStream):
    def __init__(self, inner: httpcore.NetworkStream, clock: FetchClock) -> None:
        self.inner = inner
        self.clock = clock

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        try:
            data = self.inner.read(max_bytes, self.clock.wait(timeout))
        except httpcore.ReadTimeout:
            self.clock.remaining()  # past the deadline: say so, not just "timed out"
            raise
        self.clock.got(len(data))
        return data

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self.inner.write(buffer, self.clock.wait(timeout))

    def close(self) -> None:
        self.inner.close()

    def start_tls(
        self, ssl_context: ssl.SSLContext, server_hostname: str | None = None, timeout: float | None = None
    ) -> httpcore.NetworkStream:
        tls = self.inner.start_tls(ssl_context, server_hostname, self.clock.wait(timeout))
        return _Stream(tls, self.clock)

    def get_extra_info(self, info: str) -> Any:
        return self.inner.get_extra_info(info)


class _Backend(httpcore.NetworkBackend):
    def __init__(self, clock: FetchClock) -> None:
        self.inner = httpcore.SyncBackend()
        self.clock = clock

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.NetworkStream:
        stream = self.inner.connect_tcp(host, port, self.clock.wait(timeout), local_address, socket_options)
        return _Stream(stream, self.clock)

    def sleep(self, seconds: float) -> None:
        time.sleep(seconds)


class LimitedTransport(httpx.HTTPTransport):
    """httpx's own transport (no proxies from the environment), whose sockets keep one fetch's
    deadline and minimum rate. Make one per fetch: the clock starts when it is made."""

    def __init__(self, settings: Limits) -> None:
        super().__init__(trust_env=False)
        self.clock = FetchClock(settings.total_timeout, settings.min_rate, settings.rate_grace)
        self._pool = httpcore.ConnectionPool(
            ssl_context=httpx.create_ssl_context(trust_env=False), network_backend=_Backend(self.clock)
        )


def too_slow(exc: BaseException) -> str | None:
    """The message of the TooSlow behind an httpx timeout, if that is what it was."""
    cause: BaseException | None = exc
    while cause is not None:
        if isinstance(cause, TooSlow):
            return str(cause)
        cause = cause.__cause__ or cause.__context__
    return None
