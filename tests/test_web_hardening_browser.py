"""Issue 11's page findings in a real headless Chromium (Debian's, as tests/test_web_browser.py).

Direction marks in an article must not reorder citations; and what a new user tripped over.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from playwright.sync_api import Browser, Page, sync_playwright

from citebrief.model import Brief, Group, Point
from citebrief.segment import build_document
from citebrief.store import Store
from citebrief.web import create_app
from helpers import serving
from test_web_browser import CHROMIUM, launch

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
