"""Issue 11's page findings in a real headless Chromium (Debian's, as tests/test_web_browser.py).

Direction marks in an article must not reorder citations; and what a new user tripped over:
titles of pasted text, a legend for the marks, failed jobs, a form error that dropped the file,
times without a zone, the page language, and the second URL of an article.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from playwright.sync_api import Browser, Page, expect, sync_playwright

from citebrief.model import Brief, Group, Point
from citebrief.segment import build_document
from citebrief.store import Store
from citebrief.web import create_app
from citebrief.web.ssrf import UrlGuard
from helpers import Route, loopback_server, serving, zh_article_html
from test_web_browser import CHROMIUM, ZH_EXAMPLE, launch

RLO, PDF, RLI = "\u202e", "\u202c", "\u2067"

# where each character of a citation is drawn: digits must run left to right
GLYPH_X = """(element) => {
  const node = element.firstChild;
  const xs = [];
  for (let i = 0; i < node.length; i++) {
    const range = document.createRange();
    range.setStart(node, i);
    range.setEnd(node, i + 1);
    xs.push(range.getBoundingClientRect().left);
  }
  return xs;
}"""


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    if not CHROMIUM.exists():
        pytest.fail(f"{CHROMIUM} is missing: apt-get install chromium")
    with sync_playwright() as playwright:
        browser = launch(playwright)
        yield browser
        browser.close()


@pytest.fixture
def page(browser: Browser) -> Iterator[Page]:
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.set_default_timeout(15_000)
    yield page
    context.close()


def _bidi_brief(store_path: Path) -> int:
    """A stored brief whose bullets and paragraphs carry unclosed direction overrides."""
    paragraphs = [f"第{k}段：有关部门表示，将加快出台相关政策措施，推动产业升级，编号{k}。" for k in range(1, 13)]
    paragraphs[9] = f"{RLO}第十段：委员们建议，进一步完善数据要素市场规则，成本为12亿元。"
    paragraphs[10] = f"{RLI}第十一段：还有委员提出，扩大复合型人才供给。"
    document = build_document(paragraphs, origin="bidi.txt", title="方向控制字符测试")
    points = [
        Point(text=f"{RLO}委员们建议完善数据要素市场规则", citations=[10, 11]),
        Point(text=f"{RLI}还有委员提出扩大人才供给{PDF}", citations=[11, 12]),
    ]
    brief = Brief(
        document_id=document.id,
        title=document.title,
        lang="zh",
        engine="extractive",
        groups=[Group(title="要点", points=points)],
    )
    with Store.open(store_path) as store:
        store.save_document(document)
        return store.save_brief(brief, "bidi-test")


def _citations_run_left_to_right(page: Page) -> list[list[float]]:
    cites = page.locator("a.cite").all()
    assert len(cites) == 4
    positions = [cite.evaluate(GLYPH_X) for cite in cites]
    for xs in positions:
        assert xs == sorted(xs), positions  # "[10]" drawn as [, 1, 0, ] from the left, not "[01]"
    return positions


def test_direction_marks_do_not_reorder_citations(page: Page, tmp_path: Path) -> None:
    store_path = tmp_path / "web.db"
    brief_id = _bidi_brief(store_path)
    with serving(create_app(store_path)) as base:
        page.goto(f"{base}/briefs/{brief_id}")
        _citations_run_left_to_right(page)
        assert RLO not in page.content() and RLI not in page.content()
        exported = httpx.get(f"{base}/briefs/{brief_id}/download/html", timeout=30).text
    assert RLO not in exported and RLI not in exported
    page.set_content(exported)
    _citations_run_left_to_right(page)


# --- what a new user tripped over ----------------------------------------------------------------

EN_PASTE = (
    "The city council voted on Tuesday to build a twelve-kilometre tram line linking the airport with the"
    " central station, after a long debate.\n\n"
    """Construction is due to start next spring and to last three years, the transport department said.

The line will cost 1.2 billion euros, of which the national government pays forty percent.

Opponents said buses would serve the same districts at a fraction of the cost.
"""
)


@pytest.fixture(scope="module")
def article_server() -> Iterator[str]:
    page = zh_article_html().encode("utf-8")
    routes = {
        "/a": Route(body=page),
        "/b": Route(body=page),
        "/slow-gone": Route(body=b"gone", content_type="text/plain", status=410, delay=1.0),
    }
    with loopback_server(routes) as base:
        yield base


@pytest.fixture(scope="module")
def app_url(tmp_path_factory: pytest.TempPathFactory, article_server: str) -> Iterator[str]:
    port = httpx.URL(article_server).port
    assert port is not None
    app = create_app(
        tmp_path_factory.mktemp("newuser") / "web.db", guard=UrlGuard(allow={("127.0.0.1", port)}), quick_wait=0.3
    )
    with serving(app) as url:
        yield url


def test_pasted_text_is_titled_by_its_first_sentence_and_the_marks_have_a_legend(page: Page, app_url: str) -> None:
    page.goto(app_url + "/")
    assert page.get_attribute("html", "lang") == "en"
    page.fill("#text", EN_PASTE)
    page.click("#new-brief button[type=submit]")
    page.wait_for_url("**/briefs/*")
    assert page.get_attribute("html", "lang") == "en"
    title = page.inner_text("h1")
    assert title.startswith("The city council voted on Tuesday") and title != "Brief"
    legend = page.locator("details.legend")
    expect(legend).to_be_visible()
    for words in ("✓", "≈", "✗", "supported", "Paragraphs cited"):
        assert words in legend.inner_text()
    page.goto(app_url + "/history")
    row = page.locator("ol.history li").first
    assert row.locator("a").inner_text() == title  # not "pasted text"
    assert re.search(r"\d{4}-\d\d-\d\d \d\d:\d\d UTC", row.inner_text()), row.inner_text()


def test_a_chinese_brief_page_says_zh_and_lists_every_url_of_the_article(
    page: Page, app_url: str, article_server: str
) -> None:
    for path in ("/a", "/b"):
        page.goto(app_url + "/")
        page.fill("#url", article_server + path)
        page.click("#new-brief button[type=submit]")
        page.wait_for_url("**/briefs/*")
    assert page.get_attribute("html", "lang") == "zh-CN"
    # a Simplified Chinese font first (the README says how a machine gets one; none is bundled)
    family = page.evaluate("getComputedStyle(document.body).fontFamily")
    assert family.startswith('"PingFang SC"') and "Noto Sans CJK SC" in family, family
    shown = page.locator("a.source-url").all_inner_texts()
    assert shown == [article_server + "/a", article_server + "/b"]


def test_a_failed_job_says_so_why_and_offers_a_retry(page: Page, app_url: str, article_server: str) -> None:
    page.goto(app_url + "/")
    page.fill("#url", article_server + "/slow-gone")
    page.click("#new-brief button[type=submit]")
    page.wait_for_url("**/jobs/*")
    expect(page.locator("h1")).to_have_text("The brief failed")
    expect(page.locator("#job-error")).to_contain_text("HTTP 410")
    assert "will be in" not in page.inner_text("main") or not page.locator("#job-note").is_visible()
    first_job = page.url
    page.click("text=Try again")
    page.wait_for_url(lambda url: "/jobs/" in url and url != first_job)
    expect(page.locator("h1")).to_have_text("The brief failed")
    page.reload()  # the failed page itself, server-rendered
    expect(page.locator("h1")).to_have_text("The brief failed")
    expect(page.locator("#job-error")).to_contain_text("HTTP 410")
    expect(page.locator("#job-retry button")).to_be_visible()


def test_a_form_error_keeps_the_file_and_a_reload_does_not_post_again(page: Page, app_url: str) -> None:
    posts: list[str] = []
    page.on("request", lambda request: request.method == "POST" and posts.append(request.url))
    page.goto(app_url + "/")
    page.set_input_files("#file", str(ZH_EXAMPLE))
    page.fill("#text", "some pasted text as well")
    page.click("#new-brief button[type=submit]")
    page.wait_for_url("**/?draft=*")
    assert "give only one of text, URL or file" in page.inner_text("p.error")
    assert page.inner_text("#kept-file") == ZH_EXAMPLE.name
    page.reload()
    assert len(posts) == 1  # the reload was a GET of the form, not the POST again
    page.fill("#text", "")
    page.click("#new-brief button[type=submit]")
    page.wait_for_url("**/briefs/*")
    assert page.inner_text("h1").startswith("让数字技术为制造业")
