"""The URL guard (web/ssrf.py): what it refuses, that it refuses before connecting, on every hop.

No test here sends a packet anywhere but loopback: refused addresses (10.x, 169.254.x) are
refused from their resolution, and the "connections" that would follow go to httpx's
MockTransport, which records what reached it.
"""

from __future__ import annotations

import ipaddress
from collections.abc import Callable

import httpx
import pytest

from citebrief.errors import FetchError, UnsafeURL
from citebrief.ingest import FetchSettings, fetch_url
from citebrief.web.ssrf import GuardedTransport, UrlGuard, refusal, system_resolver
from helpers import Route, loopback_server, zh_article_html

PUBLIC_V4 = "93.184.215.14"
PUBLIC_V6 = "2606:4700:4700::1111"
TIMEOUT = httpx.Timeout(5.0)


class RecordingRoutes(dict[str, Route]):
    """Routes of a loopback server that remember every path asked for."""

    def __init__(self, routes: dict[str, Route]) -> None:
        super().__init__(routes)
        self.hits: list[str] = []

    def get(self, key: str, default: Route | None = None) -> Route | None:  # type: ignore[override]
        self.hits.append(key)
        return super().get(key, default)


def table_resolver(table: dict[str, list[str]]) -> Callable[[str, int], list[str]]:
    """A resolver seam: names resolve to what the test says, anything else fails to resolve."""

    def resolve(host: str, port: int) -> list[str]:
        if host not in table:
            raise FetchError(f"cannot resolve the host name {host!r}", source=host)
        return table[host]

    return resolve


@pytest.mark.parametrize(
    ("url", "reason"),
    [
        pytest.param("http://127.0.0.1/", "loopback", id="loopback"),
        pytest.param("http://127.1.2.3:8080/admin", "loopback", id="loopback-other"),
        pytest.param("http://[::1]/", "loopback", id="loopback-v6"),
        pytest.param("http://10.0.0.1/", "private", id="private-10"),
        pytest.param("http://172.16.5.4/", "private", id="private-172"),
        pytest.param("http://192.168.1.1/", "private", id="private-192"),
        pytest.param("http://169.254.169.254/latest/meta-data/", "metadata", id="metadata"),
        pytest.param("http://[fd00:ec2::254]/", "metadata", id="metadata-v6"),
        pytest.param("http://169.254.1.1/", "link-local", id="link-local"),
        pytest.param("http://0.0.0.0:8000/", "unspecified", id="unspecified"),
        pytest.param("http://224.0.0.1/", "multicast", id="multicast"),
        pytest.param("http://100.100.100.200/", "reserved", id="cgnat-alibaba-metadata"),
        pytest.param("http://[::ffff:127.0.0.1]/", "loopback", id="v4-mapped"),
        pytest.param("http://[2002:7f00:1::]/", "loopback", id="6to4"),
        pytest.param("http://[64:ff9b::a00:1]/", "private", id="nat64"),
        pytest.param("http://2130706433/", "loopback", id="decimal-ip"),
        pytest.param("http://0x7f000001/", "loopback", id="hex-ip"),
        pytest.param("http://127.1/", "loopback", id="short-ip"),
        pytest.param("http://localhost:8000/", "loopback", id="localhost"),
    ],
)
def test_refuses_non_public_addresses(url: str, reason: str) -> None:
    """The default guard (the system resolver, which only reads numbers and /etc/hosts here)."""
    with pytest.raises(UnsafeURL, match=reason) as caught:
        UrlGuard().check(url)
    assert caught.value.source == url


@pytest.mark.parametrize(
    "url",
    [
        pytest.param("file:///etc/passwd", id="file"),
        pytest.param("ftp://example.com/pub/", id="ftp"),
        pytest.param("gopher://127.0.0.1:70/", id="gopher"),
        pytest.param("javascript:alert(1)", id="javascript"),
        pytest.param("dict://127.0.0.1:11211/stat", id="dict"),
    ],
)
def test_refuses_other_schemes(url: str) -> None:
    with pytest.raises(UnsafeURL, match="only http and https"):
        UrlGuard().check(url)


def test_a_name_resolving_to_loopback_is_refused() -> None:
    guard = UrlGuard(resolver=table_resolver({"intranet.example": ["127.0.0.1"]}))
    with pytest.raises(UnsafeURL, match=r"intranet\.example resolves to 127\.0\.0\.1, which is a loopback address"):
        guard.check("http://intranet.example/")


def test_one_private_address_among_public_ones_is_enough_to_refuse() -> None:
    guard = UrlGuard(resolver=table_resolver({"mixed.example": [PUBLIC_V4, "10.1.2.3"]}))
    with pytest.raises(UnsafeURL, match="private"):
        guard.check("https://mixed.example/")


def test_public_addresses_pass() -> None:
    guard = UrlGuard(resolver=table_resolver({"news.example": [PUBLIC_V4, PUBLIC_V6]}))
    guard.check("https://news.example/article")
    assert guard.resolve(httpx.URL("http://news.example/")) == PUBLIC_V4
    assert guard.resolve(httpx.URL(f"http://[{PUBLIC_V6}]:8080/")) == PUBLIC_V6


def test_an_unresolvable_name_is_a_fetch_error_not_a_crash() -> None:
    with pytest.raises(FetchError, match="cannot resolve") as caught:
        UrlGuard(resolver=table_resolver({})).check("http://nowhere.example/")
    assert not isinstance(caught.value, UnsafeURL)
    assert caught.value.source == "http://nowhere.example/"


def test_the_system_resolver_reads_numbers_without_the_network() -> None:
    assert system_resolver("2130706433", 80) == ["127.0.0.1"]


@pytest.mark.parametrize(
    ("address", "public"),
    [("8.8.8.8", True), (PUBLIC_V6, True), ("192.0.2.1", False), ("198.18.0.1", False), ("240.0.0.1", False)],
)
def test_refusal_of_addresses(address: str, public: bool) -> None:
    assert (refusal(ipaddress.ip_address(address)) is None) is public


def _recording_transport(
    answer: Callable[[httpx.Request], httpx.Response],
) -> tuple[httpx.MockTransport, list[httpx.Request]]:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return answer(request)

    return httpx.MockTransport(handler), seen


def test_the_transport_connects_to_the_checked_address_and_keeps_the_host_header() -> None:
    """DNS rebinding: the name is resolved once, checked, and that address is the one used."""
    answers = iter([[PUBLIC_V4], ["127.0.0.1"]])  # a rebinding resolver: public first, loopback next
    guard = UrlGuard(resolver=lambda host, port: next(answers))
    inner, seen = _recording_transport(lambda request: httpx.Response(200, text="ok"))
    with guard.client(timeout=TIMEOUT, inner=inner) as client:
        response = client.get("https://news.example/a?b=1")
    assert response.text == "ok"
    assert str(response.url) == "https://news.example/a?b=1"
    [sent] = seen
    assert sent.url.host == PUBLIC_V4
    assert sent.headers["host"] == "news.example"
    assert sent.extensions["sni_hostname"] == "news.example"


@pytest.mark.parametrize(
    "target",
    [
        pytest.param("http://127.0.0.1:8000/", id="loopback"),
        pytest.param("http://10.0.0.1/", id="private"),
        pytest.param("http://169.254.169.254/latest/meta-data/", id="metadata"),
        pytest.param("http://intranet.example/", id="name-to-loopback"),
        pytest.param("file:///etc/passwd", id="file-scheme"),
    ],
)
def test_a_redirect_to_a_refused_address_never_reaches_the_network(target: str) -> None:
    guard = UrlGuard(resolver=table_resolver({"news.example": [PUBLIC_V4], "intranet.example": ["127.0.0.1"]}))
    inner, seen = _recording_transport(lambda request: httpx.Response(302, headers={"Location": target}))
    with guard.client(timeout=TIMEOUT, inner=inner) as client, pytest.raises(UnsafeURL):
        client.get("http://news.example/moved")
    assert [request.url.host for request in seen] == [PUBLIC_V4]  # the first hop only


def test_relative_redirects_stay_on_the_checked_host() -> None:
    guard = UrlGuard(resolver=table_resolver({"news.example": [PUBLIC_V4]}))

    def answer(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/old":
            return httpx.Response(301, headers={"Location": "/new"})
        return httpx.Response(200, text=request.headers["host"])

    inner, seen = _recording_transport(answer)
    with guard.client(timeout=TIMEOUT, inner=inner) as client:
        response = client.get("http://news.example/old")
    assert response.text == "news.example"
    assert str(response.url) == "http://news.example/new"
    assert [request.url.host for request in seen] == [PUBLIC_V4, PUBLIC_V4]


def test_guarded_transport_closes_its_inner_transport() -> None:
    closed: list[bool] = []

    class Inner(httpx.BaseTransport):
        def close(self) -> None:
            closed.append(True)

    GuardedTransport(UrlGuard(), Inner()).close()
    assert closed == [True]


# against a real server on loopback: the allow-list seam lets exactly one (address, port) through


def test_fetch_from_an_allowed_loopback_server_and_refuse_its_redirect_to_another_port() -> None:
    article = zh_article_html().encode("utf-8")
    inside = RecordingRoutes({"/secret": Route(body=article)})
    with loopback_server(inside) as inside_url:
        outside = RecordingRoutes(
            {"/article": Route(body=article), "/moved": Route(status=302, location=f"{inside_url}/secret")}
        )
        with loopback_server(outside) as outside_url:
            port = httpx.URL(outside_url).port
            assert port is not None
            guard = UrlGuard(allow={("127.0.0.1", port)})
            settings = FetchSettings(connect_timeout=5, read_timeout=5)
            with guard.client(timeout=TIMEOUT) as client:
                document = fetch_url(f"{outside_url}/article", settings=settings, client=client)
                assert document.source == "测试日报"
                assert len(document.segments) == 6
                with pytest.raises(UnsafeURL, match="loopback") as caught:
                    fetch_url(f"{outside_url}/moved", settings=settings, client=client)
    assert caught.value.source == f"{inside_url}/secret"
    assert outside.hits == ["/article", "/moved"]
    assert inside.hits == []  # refused before connecting


def test_the_default_guard_refuses_the_loopback_server_without_a_request() -> None:
    routes = RecordingRoutes({"/article": Route(body=zh_article_html().encode("utf-8"))})
    with loopback_server(routes) as base, UrlGuard().client(timeout=TIMEOUT) as client, pytest.raises(UnsafeURL):
        fetch_url(f"{base}/article", client=client)
    assert routes.hits == []
