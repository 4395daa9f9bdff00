"""The URL guard: a web user may make the server fetch a page, never reach inside its network.

Anyone who can submit a URL could otherwise point the server at itself (127.0.0.1), the LAN
(10.x, 192.168.x), or the cloud metadata service (169.254.169.254) and read the answer back as
a "brief". So, for every hop — the URL given and each redirect — the guard:

1. accepts only http and https;
2. resolves the host itself and refuses it if *any* address is not a public unicast one
   (loopback, private, link-local, metadata, unspecified, multicast, reserved, shared/CGNAT, or
   an IPv4 one of those wrapped in IPv6: ::ffff:a.b.c.d, 6to4, Teredo, NAT64);
3. connects to the address it checked, not to a second resolution, so DNS rebinding between the
   check and the connection cannot slip a private address in.

Everything happens in `GuardedTransport.handle_request`, which httpx calls once per hop, before
any connection is made. Tests get two seams: `resolver` (make a name resolve to what the test
needs) and `allow` (exact (address, port) pairs let through, for the test's own loopback server).
"""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Callable, Collection
from dataclasses import dataclass, field

import httpx

from citebrief.errors import FetchError, UnsafeURL

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
Resolver = Callable[[str, int], list[str]]
"""host, port → the IP addresses a connection to it would use."""

_SCHEMES = ("http", "https")
_DEFAULT_PORTS = {"http": 80, "https": 443}
_METADATA = {ipaddress.ip_address("169.254.169.254"), ipaddress.ip_address("fd00:ec2::254")}
_SHARED = ipaddress.ip_network("100.64.0.0/10")  # carrier-grade NAT; Alibaba Cloud's metadata is 100.100.100.200
_NAT64 = ipaddress.ip_network("64:ff9b::/96")


def system_resolver(host: str, port: int) -> list[str]:
    """getaddrinfo, as a connection would resolve the name (numeric forms like 2130706433 included)."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as exc:
        raise FetchError(f"cannot resolve the host name {host!r}", source=host) from exc
    return list(dict.fromkeys(str(info[4][0]) for info in infos))


def _embedded_ipv4(ip: IPAddress) -> ipaddress.IPv4Address | None:
    """The IPv4 address an IPv6 one carries (mapped, 6to4, Teredo client, NAT64), if any."""
    if not isinstance(ip, ipaddress.IPv6Address):
        return None
    if ip.ipv4_mapped is not None:
        return ip.ipv4_mapped
    if ip.sixtofour is not None:
        return ip.sixtofour
    if ip.teredo is not None:
        return ip.teredo[1]
    if ip in _NAT64:
        return ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)
    return None


def refusal(ip: IPAddress) -> str | None:
    """Why the server must not connect to this address, or None for a public unicast one."""
    inner = _embedded_ipv4(ip)
    if inner is not None:
        reason = refusal(inner)
        return f"{reason} (inside {ip})" if reason else None
    if ip in _METADATA:
        return "a cloud metadata address"
    if ip.is_loopback:
        return "a loopback address"
    if ip.is_unspecified:
        return "the unspecified address"
    if ip.is_link_local:
        return "a link-local address"
    if ip.is_multicast:
        return "a multicast address"
    if ip.is_private:
        return "a private address"
    if ip.is_reserved or (isinstance(ip, ipaddress.IPv4Address) and ip in _SHARED) or not ip.is_global:
        return "a reserved address"
    return None


@dataclass(frozen=True)
class UrlGuard:
    """Which URLs the server may fetch. The default refuses everything that is not public."""

    resolver: Resolver = system_resolver
    allow: Collection[tuple[str, int]] = field(default_factory=frozenset)
    """Exact (address, port) pairs let through although private: only tests set this."""

    def resolve(self, url: httpx.URL) -> str:
        """The checked address to connect to for this URL; raises UnsafeURL or FetchError."""
        scheme = url.scheme.lower()
        if scheme not in _SCHEMES:
            raise UnsafeURL(f"only http and https URLs are fetched, not {scheme}://", source=str(url))
        host = url.host
        if not host:
            raise FetchError("not a valid URL (no host name)", source=str(url))
        port = url.port or _DEFAULT_PORTS[scheme]
        try:
            addresses = [ipaddress.ip_address(host)]
        except ValueError:
            try:
                addresses = [ipaddress.ip_address(a.split("%", 1)[0]) for a in self.resolver(host, port)]
            except FetchError as exc:
                raise FetchError(exc.message, source=str(url)) from exc
        if not addresses:
            raise FetchError(f"the host name {host!r} has no address", source=str(url))
        for ip in addresses:
            if (str(ip), port) in self.allow:
                continue
            reason = refusal(ip)
            if reason:
                named = host if host == str(ip) else f"{host} resolves to {ip}, which"
                raise UnsafeURL(f"refused: {named} is {reason}", source=str(url))
        return str(addresses[0])

    def check(self, url: str) -> None:
        """Refuse a URL up front (scheme, then every address its host resolves to)."""
        try:
            parsed = httpx.URL(url)
        except httpx.InvalidURL as exc:
            raise FetchError(f"not a valid URL ({exc})", source=url) from exc
        self.resolve(parsed)

    def client(
        self, *, timeout: httpx.Timeout, max_redirects: int = 5, inner: httpx.BaseTransport | None = None
    ) -> httpx.Client:
        """An httpx client whose every hop goes through the guard; `inner` is a seam for tests."""
        return httpx.Client(
            transport=GuardedTransport(self, inner),
            timeout=timeout,
            follow_redirects=True,
            max_redirects=max_redirects,
            trust_env=False,  # a proxy from the environment would connect on our behalf, unchecked
            headers={"User-Agent": "citebrief/0.1"},
        )


class GuardedTransport(httpx.BaseTransport):
    """An httpx transport that checks each request's host and connects to the checked address."""

    def __init__(self, guard: UrlGuard, inner: httpx.BaseTransport | None = None) -> None:
        self.guard = guard
        self.inner = inner or httpx.HTTPTransport(trust_env=False)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        address = self.guard.resolve(request.url)
        extensions = dict(request.extensions)
        if request.url.scheme == "https":
            extensions["sni_hostname"] = request.url.host  # TLS still verifies the name, not the address
        pinned = httpx.Request(
            request.method,
            request.url.copy_with(host=address),
            headers=request.headers,  # keeps Host: the original name
            stream=request.stream,
            extensions=extensions,
        )
        return self.inner.handle_request(pinned)

    def close(self) -> None:
        self.inner.close()
