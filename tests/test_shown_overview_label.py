"""An English brief shows its overview's subject without the "Key points: " label, in text,
Markdown, the HTML page and the web app's brief page; JSON keeps the title the engine wrote, and
a Chinese brief keeps "核心要点：". On en-cnndm 16 (B.B. King) and zh-news 0, as pasted."""

from __future__ import annotations

import json
from pathlib import Path

import httpx

from citebrief.ingest import document_from_text
from citebrief.model import EN_OVERVIEW_LABEL, Brief, Document
from citebrief.pipeline import draft
from citebrief.render.html import render_html
from citebrief.render.json import render_json
from citebrief.render.markdown import render_markdown
from citebrief.render.text import render_text, shown_title
from citebrief.web.app import create_app
from conftest import shared_article
from helpers import serving


def _brief(name: str, index: int) -> tuple[Brief, Document]:
    document = document_from_text(shared_article(name, index), origin=f"{name}-{index}", kind="text")
    return draft(document), document


def test_the_label_goes_only_from_an_english_title() -> None:
    assert shown_title("Key points: B.B. King's Dehydration", "en") == "B.B. King's Dehydration"
    assert shown_title("King's Condition", "en") == "King's Condition"
    assert shown_title("Key points", "en") == "Key points"  # a bare label is all there is to show
    assert shown_title("核心要点：台风“杜苏芮”", "zh") == "核心要点：台风“杜苏芮”"


def test_an_english_brief_shows_the_overview_subject_in_every_layout() -> None:
    brief, document = _brief("en-cnndm.jsonl", 16)
    overview = brief.groups[0].title
    assert overview.startswith(EN_OVERVIEW_LABEL), overview
    subject = overview.removeprefix(EN_OVERVIEW_LABEL)
    text = render_text(brief)
    assert f"Group 1: {subject}\n" in text
    assert "Key points:" not in text
    assert "Key points:" not in render_markdown(brief)
    assert "## Group 1: B.B. King's Dehydration" in render_markdown(brief)
    page = render_html(brief, document)
    assert "<h2>Group 1: B.B. King&#x27;s Dehydration</h2>" in page
    assert "Key points:" not in page
    # JSON is data for programs: the title as the engine wrote it
    assert json.loads(render_json(brief))["groups"][0]["title"] == overview


def test_a_chinese_brief_keeps_its_label() -> None:
    brief, document = _brief("zh-news.jsonl", 0)
    overview = brief.groups[0].title
    assert overview.startswith("核心要点")
    assert f"Group 1: {overview}\n" in render_text(brief)
    assert f"Group 1: {overview}</h2>" in render_html(brief, document)


def test_the_web_apps_brief_page_shows_the_subject(tmp_path: Path) -> None:
    with serving(create_app(tmp_path / "web.db")) as url, httpx.Client(base_url=url, timeout=60) as http:
        made = http.post("/api/briefs", json={"text": shared_article("en-cnndm.jsonl", 16)})
        assert made.status_code == 201, made.text
        record = made.json()
        assert record["brief"]["groups"][0]["title"].startswith(EN_OVERVIEW_LABEL)
        page = http.get(f"/briefs/{record['id']}")
        assert page.status_code == 200
        assert "Group 1: B.B. King&#39;s Dehydration</h2>" in page.text
        assert "Key points:" not in page.text
