"""The web app in a real headless Chromium (Debian's `chromium`, driven by Playwright).

The browser is the system one (`/usr/bin/chromium`, installed by the Makefile's test set-up),
never a Playwright download; the app runs on uvicorn at 127.0.0.1 with its store in tmp_path.

    make screenshot    (or: .venv/bin/python tests/test_web_browser.py --screenshot docs/screenshot.png)

takes the README's screenshot the same way (the bundled Chinese example's brief page).
"""

from __future__ import annotations

import argparse
import re
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from playwright.sync_api import Browser, Dialog, Page, Playwright, expect, sync_playwright

from citebrief.web import create_app
from citebrief.web.ssrf import UrlGuard
from helpers import Route, loopback_server, serving, zh_article_html

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
ZH_EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "zh-tech-policy.html"
TOKEN = "open sesame 42"
HIGHLIGHTED = re.compile(r"\bhighlight\b")

# every payload sets window.__pwned or opens a dialog if it ever runs
XSS_TEXT = """<img src=x onerror="window.__pwned=1;alert(1)">报告标题

第一段：<script>window.__pwned=2;alert(2)</script>这一段说明了会议的主要议题和参会人员的构成情况。

第二段："><svg onload="window.__pwned=3;alert(3)"> 有关部门表示，将加快出台相关政策措施，推动产业升级。

第三段：<a href="javascript:window.__pwned=4;alert(4)">点击</a> 委员们建议，进一步完善数据要素市场规则。

第四段：' onmouseover='window.__pwned=5' x=' 委员们还建议，加大对中小企业数字化改造的支持力度。
"""
XSS_PAGE = """<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>&lt;script&gt;window.__pwned=11;alert(11)&lt;/script&gt;数字化转型报告</title>
<meta property="og:site_name" content="&lt;img src=x onerror=window.__pwned=12;alert(12)&gt;日报">
<script>window.__pwned = 10</script>
</head><body>
<article><h1>&lt;script&gt;window.__pwned=11;alert(11)&lt;/script&gt;数字化转型报告</h1>
<p>&lt;img src=x onerror="window.__pwned=13;alert(13)"&gt;委员们指出，重点企业关键工序数控化率达到63.5%。</p>
<p onclick="window.__pwned=14"><a href="javascript:window.__pwned=15;alert(15)">javascript:alert(15)</a>
有委员建议，加快工业互联网平台建设，推动中小企业上云。</p>
<p>&lt;iframe src="javascript:parent.__pwned=16"&gt;&lt;/iframe&gt;还有委员提出，完善数据要素市场规则。</p>
<script>window.__pwned = 17</script>
<p>在人才培养方面，委员们建议职业院校增设智能制造专业，扩大既懂工艺又懂数据的复合型人才供给。</p>
</article></body></html>
"""


def launch(playwright: Playwright) -> Browser:
    return playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    if not CHROMIUM.exists():
        pytest.fail(f"{CHROMIUM} is missing: `make test` installs Debian's chromium (apt-get install chromium)")
    with sync_playwright() as playwright:
        browser = launch(playwright)
        yield browser
        browser.close()


@pytest.fixture(scope="module")
def article_server() -> Iterator[str]:
    routes = {
        "/slow": Route(body=zh_article_html().encode("utf-8"), delay=1.5),
        "/slow-gone": Route(body=b"gone", content_type="text/plain", status=410, delay=1.0),
    }
    with loopback_server(routes) as base:
        yield base


@pytest.fixture(scope="module")
def app_url(tmp_path_factory: pytest.TempPathFactory, article_server: str) -> Iterator[str]:
    port = httpx.URL(article_server).port
    assert port is not None
    guard = UrlGuard(allow={("127.0.0.1", port)})
    app = create_app(tmp_path_factory.mktemp("browser") / "web.db", guard=guard, quick_wait=0.3)
    with serving(app) as url:
        yield url


@pytest.fixture
def page(browser: Browser) -> Iterator[Page]:
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.set_default_timeout(15_000)
    yield page
    context.close()


def watch(page: Page) -> list[str]:
    """Collect what must never happen: dialogs, page errors, console errors (CSP reports included)."""
    seen: list[str] = []

    def on_dialog(dialog: Dialog) -> None:
        seen.append(f"dialog: {dialog.message}")
        dialog.dismiss()

    page.on("dialog", on_dialog)
    page.on("pageerror", lambda error: seen.append(f"pageerror: {error}"))
    page.on("console", lambda message: message.type == "error" and seen.append(f"console: {message.text}"))
    return seen


def test_submit_the_chinese_example_click_a_citation_find_it_in_history(page: Page, app_url: str) -> None:
    problems = watch(page)
    page.goto(app_url + "/")
    page.set_input_files("#file", str(ZH_EXAMPLE))
    page.click("#new-brief button[type=submit]")
    page.wait_for_url("**/briefs/*")
    brief_url = page.url
    assert page.inner_text("h1").startswith("让数字技术为制造业")
    assert "人民日报·2025-05-14 22:17" in page.inner_text(".brief-head")
    headings = page.locator("#brief h2").all_inner_texts()
    assert 3 <= len(headings) <= 8
    assert headings[0].startswith("Group 1")
    assert page.locator("#source ol.paragraphs > li").count() == 21

    # click a citation: paragraph n is highlighted, scrolled into view, and named in the address
    cite = page.locator("#brief a.cite").nth(3)
    n = cite.get_attribute("data-n")
    assert n is not None
    cite.click()
    paragraph = page.locator(f"#p{n}")
    expect(paragraph).to_have_class(HIGHLIGHTED)
    expect(paragraph).to_be_in_viewport()
    assert page.locator("ol.paragraphs li.highlight").count() == 1
    assert page.url.endswith(f"#p{n}")
    # hovering another citation moves the highlight
    other = page.locator(f"#brief a.cite:not([data-n='{n}'])").first
    m = other.get_attribute("data-n")
    other.hover()
    expect(page.locator(f"#p{m}")).to_have_class(HIGHLIGHTED)
    expect(paragraph).not_to_have_class(HIGHLIGHTED)

    # history: newest first, searchable, and the link leads back to the brief
    page.click("nav.top >> text=History")
    page.fill("input[name=q]", "制造业")
    page.press("input[name=q]", "Enter")
    page.wait_for_url("**/history?q=*")
    link = page.locator("ol.history a").first
    assert link.inner_text().startswith("让数字技术为制造业")
    link.click()
    page.wait_for_url(brief_url)
    assert problems == []


def test_no_payload_in_an_article_runs(page: Page, app_url: str, tmp_path: Path) -> None:
    problems = watch(page)
    # pasted text: payloads arrive as plain text
    page.goto(app_url + "/")
    page.fill("#text", XSS_TEXT)
    page.click("#new-brief button[type=submit]")
    page.wait_for_url("**/briefs/*")
    source = page.inner_text("#source")
    assert "<script>window.__pwned=2;alert(2)</script>" in source  # shown as text, not dropped
    assert '<img src=x onerror="window.__pwned=1;alert(1)">' in page.inner_text("h1")
    for cite in page.locator("a.cite").all():
        cite.hover()
        cite.click()
    page.hover("h1")
    # an HTML page: payloads in the title, the site name and entity-escaped text
    html_file = tmp_path / "payload.html"
    html_file.write_text(XSS_PAGE, encoding="utf-8")
    page.goto(app_url + "/")
    page.set_input_files("#file", str(html_file))
    page.click("#new-brief button[type=submit]")
    page.wait_for_url("**/briefs/*")
    assert "<script>window.__pwned=11;alert(11)</script>" in page.inner_text("h1")
    assert "onerror" in page.inner_text(".brief-head")  # the site name, as text
    assert '<iframe src="javascript:parent.__pwned=16"></iframe>' in page.inner_text("#source")
    for cite in page.locator("a.cite").all():
        cite.click()
    # the history lists both titles; a search echoes a payload
    page.goto(app_url + "/history")
    page.goto(app_url + "/history?q=" + "%3Cimg%20src%3Dx%20onerror%3Dalert(20)%3E")
    assert "<img src=x onerror=alert(20)>" in page.inner_text("main")
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert page.evaluate("document.querySelectorAll('main img, main svg, main iframe').length") == 0
    assert problems == []


def test_progress_page_follows_a_slow_fetch(page: Page, app_url: str, article_server: str) -> None:
    problems = watch(page)
    page.goto(app_url + "/")
    page.fill("#url", f"{article_server}/slow")
    page.click("#new-brief button[type=submit]")
    page.wait_for_url("**/jobs/*")
    assert page.locator("progress").is_visible()
    assert "fetching the page" in page.inner_text("#job-stage")
    page.wait_for_url("**/briefs/*")
    assert page.inner_text("h1") == "制造业数字化转型专题协商会召开"
    assert problems == []


def test_progress_page_reports_a_failed_job(page: Page, app_url: str, article_server: str) -> None:
    page.goto(app_url + "/")
    page.fill("#url", f"{article_server}/slow-gone")
    page.click("#new-brief button[type=submit]")
    page.wait_for_url("**/jobs/*")
    failure = page.locator("#job-error")
    expect(failure).to_be_visible()
    assert failure.inner_text() == f"{article_server}/slow-gone: the server answered HTTP 410"
    expect(page.locator("progress")).to_be_hidden()


def test_a_refused_url_is_reported_on_the_form(page: Page, app_url: str) -> None:
    page.goto(app_url + "/")
    page.fill("#url", "http://169.254.169.254/latest/meta-data/")
    page.click("#new-brief button[type=submit]")
    page.wait_for_selector("p.error")
    assert "169.254.169.254 is a cloud metadata address" in page.inner_text("p.error")
    assert page.input_value("#url") == "http://169.254.169.254/latest/meta-data/"


def test_copy_the_brief_as_markdown(browser: Browser, app_url: str) -> None:
    context = browser.new_context(permissions=["clipboard-read", "clipboard-write"])
    page = context.new_page()
    page.goto(app_url + "/")
    page.fill("#text", XSS_TEXT)
    page.click("#new-brief button[type=submit]")
    page.wait_for_url("**/briefs/*")
    page.click("button[data-copy=as-markdown]")
    expect(page.locator("#copied")).to_have_text("Copied")
    copied = page.evaluate("navigator.clipboard.readText()")
    brief_id = page.url.rsplit("/", 1)[1]
    context.close()
    assert copied == httpx.get(f"{app_url}/briefs/{brief_id}/download/markdown").text
    assert copied.startswith("# ") and "报告标题" in copied and "[1]" in copied


def test_on_a_phone_the_paragraph_opens_under_the_bullet(browser: Browser, app_url: str) -> None:
    context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True)
    page = context.new_page()
    page.goto(app_url + "/")
    page.set_input_files("#file", str(ZH_EXAMPLE))
    page.click("#new-brief button[type=submit]")
    page.wait_for_url("**/briefs/*")
    assert page.evaluate("document.documentElement.scrollWidth") <= 390  # no sideways scrolling
    cite = page.locator("#brief a.cite").first
    n = cite.get_attribute("data-n")
    cite.tap()
    quote = page.locator("#brief blockquote.quote")
    quote.wait_for()
    assert quote.inner_text() == f"[{n}] " + page.inner_text(f"#p{n} .text")
    cite.tap()  # a second tap closes it
    quote.wait_for(state="detached")
    context.close()


def test_login_when_a_token_is_set(browser: Browser, tmp_path: Path) -> None:
    with serving(create_app(tmp_path / "web.db", token=TOKEN)) as base:
        context = browser.new_context()
        page = context.new_page()
        page.goto(base + "/history")
        assert page.url == base + "/login?next=%2Fhistory"
        page.fill("#token", "wrong")
        page.click("button[type=submit]")
        assert "wrong token" in page.inner_text("p.error")
        page.fill("#token", TOKEN)
        page.click("button[type=submit]")
        page.wait_for_url(base + "/history")
        page.click("text=Log out")
        page.wait_for_url("**/login")
        context.close()


# --- the README screenshot ------------------------------------------------------------------------


def take_screenshot(target: Path) -> None:
    """The bundled Chinese example's brief page with a citation clicked, at 1280×800."""
    import subprocess

    fonts = subprocess.run(["fc-list", ":lang=zh"], capture_output=True, text=True, check=False).stdout
    if not fonts.strip():
        sys.exit("no CJK font: Chinese would show as boxes; `make screenshot` installs fonts-noto-cjk")
    with tempfile.TemporaryDirectory() as folder, serving(create_app(Path(folder) / "web.db")) as base:
        made = httpx.post(
            base + "/api/briefs", files={"file": (ZH_EXAMPLE.name, ZH_EXAMPLE.read_bytes(), "text/html")}, timeout=60
        )
        made.raise_for_status()
        with sync_playwright() as playwright:
            browser = launch(playwright)
            page = browser.new_page(viewport={"width": 1280, "height": 800}, device_scale_factor=1)
            page.goto(base + made.json()["page"])
            # of the citations in view at the top, the one furthest down the source
            top = page.locator("#brief a.cite").all()[:6]
            max(top, key=lambda cite: int(cite.get_attribute("data-n") or 0)).click()
            page.wait_for_timeout(1000)  # the smooth scroll
            page.mouse.move(0, 0)
            page.screenshot(path=str(target))
            browser.close()


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--screenshot", type=Path, required=True, help="Where to write the PNG.")
    take_screenshot(parser.parse_args().screenshot)
