"""The JSON API and the pages' HTTP behaviour, through httpx against the app running on uvicorn.

Each app runs on 127.0.0.1 with its own store in tmp_path; the article server is a second
loopback server. Only the `allowed` app may fetch from it (the guard's allow-list seam); the
default app must refuse it, and the tests check that it never got the request.
"""

from __future__ import annotations

import json
import re
import threading
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from chat_server import chat_server, slow_answer
from citebrief.ingest import FetchSettings
from citebrief.llm_config import LLMSettings
from citebrief.model import Brief, Document
from citebrief.web import create_app
from citebrief.web.ssrf import UrlGuard
from helpers import Route, closed_port, loopback_server, serving, zh_article_html
from test_ssrf import RecordingRoutes, table_resolver

TOKEN = "correct horse battery staple"
ZH_EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "zh-tech-policy.html"
EN_TEXT = """City council approves the new tram line

The city council voted on Tuesday to build a twelve-kilometre tram line linking the airport with the central station.

Construction is due to start next spring and to last three years, the transport department said.

The line will cost 1.2 billion euros, of which the national government pays forty percent.

Opponents said buses would serve the same districts at a fraction of the cost.
"""
closed_port_for_test = closed_port()  # nothing listens there: an allowed but unreachable address


def numbered_text(k: int) -> str:
    """A distinct article per k (the document id hashes the paragraphs, not the title)."""
    body = EN_TEXT.split("\n", 1)[1]
    return f"Tram report {k:02d}\n\nReport {k:02d} was read to the council on day {k} of the session.\n{body}"


@pytest.fixture(scope="module")
def article_server() -> Iterator[tuple[str, RecordingRoutes]]:
    page = zh_article_html().encode("utf-8")
    routes = RecordingRoutes(
        {
            "/article": Route(body=page),
            "/slow": Route(body=page, delay=1.5),
            "/pdf": Route(body=b"%PDF-1.7 ...", content_type="application/pdf"),
            "/missing": Route(body=b"gone", content_type="text/plain", status=404),
            "/to-loopback": Route(status=302, location="http://127.0.0.1:1/secret"),
            "/to-metadata": Route(status=302, location="http://169.254.169.254/latest/meta-data/"),
        }
    )
    with loopback_server(routes) as base:
        yield base, routes


@pytest.fixture(scope="module")
def allowed(tmp_path_factory: pytest.TempPathFactory, article_server: tuple[str, RecordingRoutes]) -> Iterator[str]:
    """An app whose guard lets the article server (exactly its address and port) through."""
    base, _ = article_server
    port = httpx.URL(base).port
    assert port is not None
    guard = UrlGuard(allow={("127.0.0.1", port), ("127.0.0.1", closed_port_for_test)})
    app = create_app(tmp_path_factory.mktemp("allowed") / "web.db", guard=guard, quick_wait=0.2)
    with serving(app) as url:
        yield url


@pytest.fixture(scope="module")
def default(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """An app as `citebrief serve` makes it: the default guard, no token."""
    with serving(create_app(tmp_path_factory.mktemp("default") / "web.db")) as url:
        yield url


@pytest.fixture(scope="module")
def guarded_names(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """An app whose resolver seam makes intranet.example resolve to loopback."""
    guard = UrlGuard(resolver=table_resolver({"intranet.example": ["127.0.0.1"], "mixed.example": ["10.9.8.7"]}))
    with serving(create_app(tmp_path_factory.mktemp("names") / "web.db", guard=guard)) as url:
        yield url


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """Small caps, so 'too large' is tested with kilobytes: 32 KB per input, 64 KB per request."""
    app = create_app(
        tmp_path_factory.mktemp("small") / "web.db", fetch=FetchSettings(max_bytes=32 * 1024), max_body=64 * 1024
    )
    with serving(app) as url:
        yield url


@pytest.fixture(scope="module")
def locked(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    with serving(create_app(tmp_path_factory.mktemp("locked") / "web.db", token=TOKEN)) as url:
        yield url


def client(base: str, **kwargs: object) -> httpx.Client:
    return httpx.Client(base_url=base, timeout=30, follow_redirects=False, **kwargs)  # type: ignore[arg-type]


def error_of(response: httpx.Response, status: int, kind: str) -> dict[str, str]:
    """The response is the JSON error shape with this status and kind."""
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/json")
    body: dict[str, str] = response.json()
    assert set(body) == {"error", "message", "source"}
    assert body["error"] == kind, body
    assert body["message"] and "Traceback" not in body["message"]
    return body


# --- the service ----------------------------------------------------------------------------


def test_healthz_docs_and_openapi(default: str) -> None:
    with client(default) as http:
        health = http.get("/healthz")
        assert health.status_code == 200
        assert health.json()["status"] == "ok"
        assert health.json()["store_schema"] >= 1
        docs = http.get("/docs")
        assert docs.status_code == 200
        assert "swagger" in docs.text.lower()
        spec = http.get("/openapi.json").json()
    post = spec["paths"]["/api/briefs"]["post"]
    assert set(post["requestBody"]["content"]) == {"application/json", "multipart/form-data"}
    assert {"201", "400", "404", "413", "415", "422"} <= set(post["responses"])
    assert {"/api/briefs/{brief_id}", "/api/documents/{document_id}", "/healthz"} <= set(spec["paths"])
    assert "/history" not in spec["paths"]  # pages stay out of the API description


def test_post_text_then_read_it_back(default: str) -> None:
    with client(default) as http:
        made = http.post("/api/briefs", json={"text": EN_TEXT, "groups": 2})
        assert made.status_code == 201, made.text
        record = made.json()
        assert made.headers["location"] == f"/api/briefs/{record['id']}"
        brief = Brief.model_validate(record["brief"])
        assert brief.title == "City council approves the new tram line"
        assert brief.lang == "en"
        assert len(brief.groups) == 2
        document = Document.model_validate(http.get(f"/api/documents/{record['document_id']}").json())
        assert len(document.segments) == 4
        assert all(1 <= n <= len(document.segments) for point in brief.points() for n in point.citations)
        again = http.get(f"/api/briefs/{record['id']}")
        assert again.status_code == 200
        assert again.json() == record
        # the same text with the same options is the stored brief, not a new one
        assert http.post("/api/briefs", json={"text": EN_TEXT, "groups": 2}).json()["id"] == record["id"]
        assert http.post("/api/briefs", json={"text": EN_TEXT, "groups": 3}).json()["id"] != record["id"]


def test_post_the_chinese_example_as_a_file(default: str) -> None:
    with client(default) as http:
        made = http.post("/api/briefs", files={"file": ("zh-tech-policy.html", ZH_EXAMPLE.read_bytes(), "text/html")})
    assert made.status_code == 201, made.text
    brief = Brief.model_validate(made.json()["brief"])
    assert brief.title is not None and brief.title.startswith("让数字技术为制造业")
    assert brief.source_line == "人民日报·2025-05-14 22:17"
    assert 3 <= len(brief.groups) <= 8
    assert made.json()["page"] == f"/briefs/{made.json()['id']}"


def test_post_a_form_with_options(default: str) -> None:
    with client(default) as http:
        made = http.post("/api/briefs", data={"text": EN_TEXT, "groups": "1", "engine": "extractive"})
    assert made.status_code == 201, made.text
    assert len(made.json()["brief"]["groups"]) == 1


def test_post_an_allowed_url(allowed: str, article_server: tuple[str, RecordingRoutes]) -> None:
    base, routes = article_server
    with client(allowed) as http:
        made = http.post("/api/briefs", json={"url": f"{base}/article"})
    assert made.status_code == 201, made.text
    assert made.json()["brief"]["source"] == "测试日报"
    assert "/article" in routes.hits


def test_history_in_the_api_newest_first_and_paged(small: str) -> None:
    with client(small) as http:
        ids = [http.post("/api/briefs", json={"text": numbered_text(k)}).json()["id"] for k in range(5)]
        first = http.get("/api/briefs", params={"limit": 3}).json()
        assert [row["id"] for row in first["briefs"]] == ids[::-1][:3]
        assert first["next_offset"] == 3
        rest = http.get("/api/briefs", params={"limit": 3, "offset": 3}).json()
        assert [row["id"] for row in rest["briefs"]] == ids[::-1][3:]
        assert rest["next_offset"] is None
        found = http.get("/api/briefs", params={"q": "report 03"}).json()["briefs"]
        assert [row["id"] for row in found] == [ids[3]]


# --- errors: JSON, one clear message, the right 4xx --------------------------------------------


@pytest.mark.parametrize(
    ("request_kwargs", "status", "kind", "message"),
    [
        pytest.param({"json": {"text": "  \n\u3000 "}}, 422, "empty_input", "empty", id="blank-text"),
        pytest.param({"json": {}}, 422, "invalid_request", "exactly one of text, url or file", id="nothing"),
        pytest.param(
            {"json": {"text": "a", "url": "http://x.example/"}},
            422,
            "invalid_request",
            "text and url",
            id="text-and-url",
        ),
        pytest.param({"json": {"text": EN_TEXT, "groups": 9}}, 422, "invalid_request", "groups", id="groups-9"),
        pytest.param(
            {"json": {"text": EN_TEXT, "colour": "red"}}, 422, "invalid_request", "colour", id="unknown-field"
        ),
        pytest.param({"json": {"text": EN_TEXT, "engine": "llm"}}, 400, "usage_error", "no LLM", id="llm-not-set-up"),
        pytest.param({"json": {"text": EN_TEXT, "engine": "magic"}}, 400, "usage_error", "engine", id="bad-engine"),
        pytest.param(
            {"content": b"{not json", "headers": {"content-type": "application/json"}},
            400,
            "bad_request",
            "not valid JSON",
            id="broken-json",
        ),
        pytest.param({"json": ["text"]}, 400, "bad_request", "JSON object", id="json-array"),
        pytest.param(
            {"content": EN_TEXT.encode(), "headers": {"content-type": "text/plain"}},
            415,
            "unsupported_media_type",
            "application/json",
            id="plain-body",
        ),
        pytest.param(
            {"files": {"file": ("photo.html", b"\x89PNG\r\n\x1a\n" + bytes(300), "text/html")}},
            415,
            "binary_input",
            "PNG",
            id="binary-upload",
        ),
        pytest.param(
            {"files": {"file": ("paper.pdf", b"%PDF-1.4 hello", "application/pdf")}},
            415,
            "unsupported_format",
            ".html, .txt and .md",
            id="pdf-suffix",
        ),
        pytest.param(
            {"files": {"file": ("empty.txt", b"", "text/plain")}}, 422, "empty_input", "empty", id="empty-file"
        ),
        pytest.param(
            {
                "files": {
                    "file": ("nav.html", b"<html><body><nav><a href='/'>Home</a></nav></body></html>", "text/html")
                }
            },
            422,
            "no_main_text",
            "no article text",
            id="no-main-text",
        ),
        pytest.param(
            {"files": {"upload": ("a.txt", b"text", "text/plain")}}, 400, "bad_request", "'file'", id="wrong-file-field"
        ),
        pytest.param(
            {"json": {"url": "ftp://example.com/a.txt"}}, 400, "unsafe_url", "only http and https", id="ftp-url"
        ),
        pytest.param({"json": {"url": "not a url"}}, 400, "unsafe_url", "only http and https", id="not-a-url"),
    ],
)
def test_bad_requests(default: str, request_kwargs: dict[str, object], status: int, kind: str, message: str) -> None:
    with client(default) as http:
        body = error_of(http.post("/api/briefs", **request_kwargs), status, kind)  # type: ignore[arg-type]
    assert message in body["message"]


@pytest.mark.parametrize(
    ("path", "message"),
    [
        pytest.param("/api/briefs/999999", "no brief 999999", id="brief"),
        pytest.param("/api/briefs/abc", "no brief 'abc'", id="brief-not-a-number"),
        pytest.param("/api/documents/0000000000000000", "no document", id="document"),
        pytest.param("/api/jobs/nope", "no job", id="job"),
        pytest.param("/api/nothing/here", "no such endpoint", id="endpoint"),
    ],
)
def test_unknown_ids_are_404(default: str, path: str, message: str) -> None:
    with client(default) as http:
        body = error_of(http.get(path), 404, "not_found")
    assert message in body["message"]
    assert "web.db" not in json.dumps(body)  # no server paths in answers


def test_wrong_method_is_json_405(default: str) -> None:
    with client(default) as http:
        error_of(http.delete("/api/briefs/1"), 405, "method_not_allowed")


@pytest.mark.parametrize(
    ("route", "message"),
    [
        pytest.param("/missing", "HTTP 404", id="http-404"),
        pytest.param("/pdf", "application/pdf", id="pdf"),
    ],
)
def test_urls_that_fail_upstream_are_422(
    allowed: str, article_server: tuple[str, RecordingRoutes], route: str, message: str
) -> None:
    base, _ = article_server
    with client(allowed) as http:
        body = error_of(http.post("/api/briefs", json={"url": base + route}), 422, "fetch_error")
    assert message in body["message"]
    assert body["source"] == base + route


def test_an_unreachable_url_is_422(allowed: str) -> None:
    url = f"http://127.0.0.1:{closed_port_for_test}/"
    with client(allowed) as http:
        body = error_of(http.post("/api/briefs", json={"url": url}), 422, "fetch_error")
    assert "cannot connect" in body["message"]


def test_too_large(small: str) -> None:
    with client(small) as http:
        declared = http.post("/api/briefs", json={"text": "长" * 40_000})  # 120 KB of UTF-8, Content-Length
        assert "64 KB" in error_of(declared, 413, "too_large")["message"]
        chunks = (b"x" * 8192 for _ in range(12))  # no Content-Length: counted as it streams
        streamed = http.post("/api/briefs", content=chunks, headers={"content-type": "application/json"})
        error_of(streamed, 413, "too_large")
        big_file = http.post("/api/briefs", files={"file": ("long.txt", "长文。".encode() * 4000, "text/plain")})
        assert "over the 32 KB cap" in error_of(big_file, 413, "input_too_large")["message"]
        body = json.dumps({"text": "长文。" * 4000}, ensure_ascii=False).encode()  # 36 KB: under the body cap
        big_text = http.post("/api/briefs", content=body, headers={"content-type": "application/json"})
        error_of(big_text, 413, "input_too_large")
        assert http.get("/healthz").status_code == 200  # and the server is fine


# --- SSRF through the API ---------------------------------------------------------------------


def test_ssrf_refusals_of_the_default_app(default: str, article_server: tuple[str, RecordingRoutes]) -> None:
    base, routes = article_server
    port = httpx.URL(base).port
    before = list(routes.hits)
    urls = [
        f"{base}/article",  # a real server on 127.0.0.1, which would answer with an article
        f"http://localhost:{port}/article",
        "http://10.0.0.1/",
        "http://169.254.169.254/latest/meta-data/iam/security-credentials/",
        "http://[::1]/",
        "http://0.0.0.0/",
    ]
    with client(default) as http:
        for url in urls:
            body = error_of(http.post("/api/briefs", json={"url": url}), 400, "unsafe_url")
            assert body["message"].startswith("refused: ")
            assert body["source"] == url
    assert routes.hits == before  # not one request reached the loopback server


def test_ssrf_a_name_that_resolves_to_loopback(guarded_names: str) -> None:
    with client(guarded_names) as http:
        body = error_of(http.post("/api/briefs", json={"url": "http://intranet.example/"}), 400, "unsafe_url")
        assert "intranet.example resolves to 127.0.0.1" in body["message"]
        body = error_of(http.post("/api/briefs", json={"url": "https://mixed.example/"}), 400, "unsafe_url")
        assert "private" in body["message"]


@pytest.mark.parametrize(
    ("route", "target"),
    [("/to-loopback", "http://127.0.0.1:1/secret"), ("/to-metadata", "http://169.254.169.254/latest/meta-data/")],
)
def test_ssrf_a_redirect_from_an_allowed_url(
    allowed: str, article_server: tuple[str, RecordingRoutes], route: str, target: str
) -> None:
    base, _ = article_server
    with client(allowed) as http:
        body = error_of(http.post("/api/briefs", json={"url": base + route}), 400, "unsafe_url")
    assert body["source"] == target


# --- token and login ----------------------------------------------------------------------------


def test_token_on_the_api(locked: str) -> None:
    with client(locked) as http:
        missing = http.post("/api/briefs", json={"text": EN_TEXT})
        assert error_of(missing, 401, "unauthorized")["message"].startswith("a bearer token is required")
        assert missing.headers["www-authenticate"] == "Bearer"
        wrong = http.get("/api/briefs", headers={"Authorization": "Bearer guess"})
        error_of(wrong, 401, "unauthorized")
        error_of(http.get("/api/briefs/1"), 401, "unauthorized")  # 401 before 404: ids are not probed
        good = {"Authorization": f"Bearer {TOKEN}"}
        made = http.post("/api/briefs", json={"text": EN_TEXT}, headers=good)
        assert made.status_code == 201
        assert http.get(f"/api/briefs/{made.json()['id']}", headers=good).status_code == 200
        assert http.get("/healthz").status_code == 200  # probes need no token
        assert http.get("/docs").status_code == 200


def test_login_on_the_pages(locked: str) -> None:
    with client(locked) as http:
        page = http.get("/history?q=tram")
        assert page.status_code == 303
        assert page.headers["location"] == "/login?next=%2Fhistory%3Fq%3Dtram"
        wrong = http.post("/login", data={"token": "guess", "next": "/history"})
        assert wrong.status_code == 401
        assert "wrong token" in wrong.text
        assert "citebrief_session" not in wrong.headers.get("set-cookie", "")
        # an open redirect after login is not possible
        evil = http.post("/login", data={"token": TOKEN, "next": "//evil.example/"})
        assert evil.status_code == 303
        assert evil.headers["location"] == "/"
        cookie = evil.headers["set-cookie"]
        assert "HttpOnly" in cookie
        assert "SameSite=strict" in cookie or "SameSite=Strict" in cookie
        assert TOKEN not in cookie
        assert http.get("/history?q=tram").status_code == 200
        # the pages' own script may poll jobs with the cookie, but another site may not post with it
        assert http.get("/api/briefs").status_code == 200
        cross = http.post("/api/briefs", json={"text": EN_TEXT}, headers={"Origin": "http://evil.example"})
        error_of(cross, 403, "cross_site")
        form = http.post("/briefs", data={"text": EN_TEXT}, headers={"Origin": "http://evil.example"})
        assert form.status_code == 403
        http.post("/logout")
        assert http.get("/").status_code == 303


# --- pages over HTTP: escaping, headers, downloads, history, jobs -------------------------------


XSS_TEXT = """<img src=x onerror="window.__pwned=1"> 标题

第一段：<script>window.__pwned=2</script>这一段说明了会议的主要议题和参会人员的构成情况。

第二段："><svg onload="window.__pwned=3"> 有关部门表示，将加快出台相关政策措施，推动产业升级。

第三段：<a href="javascript:window.__pwned=4">点击</a> 委员们建议，进一步完善数据要素市场规则。
"""


def test_pages_escape_article_text_and_send_a_csp(default: str) -> None:
    with client(default) as http:
        record = http.post("/api/briefs", json={"text": XSS_TEXT}).json()
        page = http.get(f"/briefs/{record['id']}")
    assert page.status_code == 200
    html = page.text
    assert "&lt;script&gt;window.__pwned=2&lt;/script&gt;" in html
    assert "&lt;img src=x onerror=" in html
    assert "<script>window" not in html and "<img src=x" not in html and "<svg" not in html
    assert 'href="javascript:' not in html
    assert re.findall(r"<script\b[^>]*>", html) == ['<script src="/static/app.js" defer>']
    csp = page.headers["content-security-policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp
    assert page.headers["x-content-type-options"] == "nosniff"
    assert page.headers["referrer-policy"] == "same-origin"


def test_downloads(default: str) -> None:
    with client(default) as http:
        record = http.post("/api/briefs", json={"text": EN_TEXT}).json()
        base = f"/briefs/{record['id']}/download"
        as_json = http.get(f"{base}/json")
        assert as_json.headers["content-disposition"].startswith("attachment;")
        assert Brief.model_validate_json(as_json.content) == Brief.model_validate(record["brief"])
        as_html = http.get(f"{base}/html")
        assert as_html.headers["content-type"].startswith("text/html")
        assert 'id="p1"' in as_html.text
        assert http.get(f"{base}/markdown").text.startswith("# City council approves the new tram line")
        assert http.get(f"{base}/pdf").status_code == 404


def test_history_page_search_and_paging(tmp_path: Path) -> None:
    app = create_app(tmp_path / "web.db")
    with serving(app) as base, client(base) as http:
        for k in range(23):
            assert http.post("/api/briefs", json={"text": numbered_text(k)}).status_code == 201
        first = http.get("/history")
        assert first.text.count('href="/briefs/') == 20
        assert first.text.index("Tram report 22") < first.text.index("Tram report 21")  # newest first
        assert 'href="/history?page=2"' in first.text
        second = http.get("/history?page=2")
        assert second.text.count('href="/briefs/') == 3
        assert "Tram report 00" in second.text
        found = http.get("/history", params={"q": "report 07"})
        assert found.text.count('href="/briefs/') == 1
        none = http.get("/history", params={"q": "<b>nothing</b>"})
        assert "No brief matches “&lt;b&gt;nothing&lt;/b&gt;”" in none.text


def test_a_slow_fetch_does_not_block_the_server(allowed: str, article_server: tuple[str, RecordingRoutes]) -> None:
    """The fetch runs in a worker thread: other requests are answered while it waits."""
    base, _ = article_server
    result: dict[str, httpx.Response] = {}

    def post() -> None:
        with client(allowed) as http:
            result["made"] = http.post("/api/briefs", json={"url": f"{base}/slow"})

    poster = threading.Thread(target=post)
    poster.start()
    with client(allowed) as http:
        running = 0
        for _ in range(200):
            health = http.get("/healthz").json()
            running = health["jobs_running"]
            if running:
                break
        assert running == 1
        assert poster.is_alive()  # the slow brief is still being made, and /healthz answered meanwhile
    poster.join(timeout=30)
    assert result["made"].status_code == 201


def test_post_without_waiting_then_poll_the_job(allowed: str, article_server: tuple[str, RecordingRoutes]) -> None:
    base, _ = article_server
    with client(allowed) as http:
        accepted = http.post("/api/briefs", params={"wait": "false"}, json={"url": f"{base}/slow"})
        assert accepted.status_code == 202
        job = accepted.json()
        assert accepted.headers["location"] == f"/api/jobs/{job['id']}"
        assert job["state"] in ("queued", "running") and job["brief_id"] is None
        for _ in range(300):
            job = http.get(accepted.headers["location"]).json()
            if job["state"] == "done":
                break
            threading.Event().wait(0.05)
        assert job["state"] == "done"
        record = http.get(f"/api/briefs/{job['brief_id']}").json()
        assert record["brief"]["source"] == "测试日报"


def test_the_form_shows_progress_for_a_slow_job(allowed: str, article_server: tuple[str, RecordingRoutes]) -> None:
    base, _ = article_server
    with client(allowed) as http:
        submitted = http.post("/briefs", data={"url": f"{base}/slow"}, files={"file": ("", b"")})
        assert submitted.status_code == 303
        job_page = submitted.headers["location"]
        assert job_page.startswith("/jobs/")
        page = http.get(job_page)
        assert page.status_code == 200
        assert 'data-status-url="/api/jobs/' in page.text
        status = http.get("/api" + job_page).json()
        assert status["state"] in ("queued", "running")
        assert status["stage"] in ("waiting for a worker", "starting", "checking the address", "fetching the page")
        for _ in range(300):
            status = http.get("/api" + job_page).json()
            if status["state"] == "done":
                break
            threading.Event().wait(0.05)
        assert status["state"] == "done"
        assert status["page"] == f"/briefs/{status['brief_id']}"
        assert http.get(job_page).headers["location"] == status["page"]


def test_the_form_reports_errors_on_the_form(default: str) -> None:
    with client(default) as http:
        # an error redirects to the form kept as a draft (a reload does not post again)
        posted = http.post("/briefs", data={"text": " "}, files={"file": ("", b"")})
        assert posted.status_code == 303
        assert posted.headers["location"].startswith("/?draft=")
        blank = http.get(posted.headers["location"])
        assert blank.status_code == 422
        assert "paste a text, give a URL or choose a file" in blank.text
        refused = http.post(
            "/briefs", data={"url": "http://10.0.0.1/"}, files={"file": ("", b"")}, follow_redirects=True
        )
        assert refused.status_code == 400
        assert "refused: 10.0.0.1 is a private address" in refused.text
        assert 'value="http://10.0.0.1/"' in refused.text  # the form keeps what was typed
        made = http.post("/briefs", data={"text": EN_TEXT}, files={"file": ("", b"")})
        assert made.status_code == 303
        assert re.fullmatch(r"/briefs/\d+", made.headers["location"])
        missing = http.get("/briefs/424242")
        assert missing.status_code == 404
        assert "no brief 424242" in missing.text


def test_the_llm_engine_where_a_model_is_configured(tmp_path: Path) -> None:
    """With an LLM server configured the form offers the engine and the language, and the
    progress page says it is waiting for the model (a real chat server on loopback)."""
    with chat_server(default=slow_answer(0.6)) as chat:
        app = create_app(tmp_path / "web.db", llm=LLMSettings(base_url=chat.url, model="fault-model"), quick_wait=0.1)
        with serving(app) as base, client(base) as http:
            form = http.get("/").text
            assert '<option value="llm"' in form
            assert 'name="lang"' in form
            submitted = http.post(
                "/briefs", data={"text": EN_TEXT, "engine": "llm", "lang": "en"}, files={"file": ("", b"")}
            )
            assert submitted.status_code == 303
            job = "/api" + submitted.headers["location"]
            stages = set()
            for _ in range(400):
                status = http.get(job).json()
                stages.add(status["stage"])
                if status["state"] in ("done", "failed"):
                    break
                threading.Event().wait(0.05)
            assert status["state"] == "done", status
            assert "drafting the brief (waiting for the language model)" in stages
            record = http.get(f"/api/briefs/{status['brief_id']}").json()
            assert record["brief"]["engine"] == "llm"
            again = http.post("/api/briefs", json={"text": EN_TEXT, "engine": "llm", "lang": "en"})
            assert again.json()["id"] == status["brief_id"]  # stored: no second round of requests
    assert chat.requests


def test_citebrief_serve(tmp_path: Path) -> None:
    """The command itself: a token from CITEBRIEF_TOKEN, and only loopback Host names accepted
    (a DNS-rebinding page, evil.example resolving to 127.0.0.1, gets nothing)."""
    import os
    import subprocess

    from helpers import CITEBRIEF

    port = closed_port()
    env = {**os.environ, "CITEBRIEF_TOKEN": TOKEN}
    server = subprocess.Popen(
        [str(CITEBRIEF), "serve", "--port", str(port), "--db", str(tmp_path / "serve.db")],
        env=env,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        with client(f"http://127.0.0.1:{port}") as http:
            for _ in range(300):
                try:
                    if http.get("/healthz").status_code == 200:
                        break
                except httpx.TransportError:
                    threading.Event().wait(0.05)
            error_of(http.get("/api/briefs"), 401, "unauthorized")
            assert http.get("/api/briefs", headers={"Authorization": f"Bearer {TOKEN}"}).status_code == 200
            assert http.get("/healthz", headers={"Host": "evil.example"}).status_code == 400
            assert http.get("/healthz", headers={"Host": f"localhost:{port}"}).status_code == 200
    finally:
        server.terminate()
        _, stderr = server.communicate(timeout=30)
    assert f"serving on http://127.0.0.1:{port}/" in stderr
    assert "Traceback" not in stderr
