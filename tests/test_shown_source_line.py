"""A source line that is only a site name, heading an untitled brief, carries a label
(`render.text.shown_source_line`)."""

from __future__ import annotations

import json

from citebrief.ingest import document_from_text
from citebrief.model import Brief
from citebrief.pipeline import draft
from citebrief.render.json import render_json
from citebrief.render.markdown import render_markdown
from citebrief.render.text import render_text, shown_source_line
from conftest import shared_article


def _brief(name: str, index: int) -> Brief:
    document = document_from_text(shared_article(name, index), origin=f"{name}-{index}", kind="text")
    return draft(document)


def test_a_bare_site_name_over_an_untitled_brief_is_labelled() -> None:
    brief = _brief("en-cnndm.jsonl", 17)  # "(CNN)Buzz has surrounded HBO's new documentary ..."
    assert brief.title is None and brief.source_line == "CNN"
    assert render_text(brief).startswith("Source: CNN\n\nGroup 1: ")
    assert render_markdown(brief).startswith("*Source: CNN*\n\n## Group 1")
    # JSON is data for programs: the line as built
    assert json.loads(render_json(brief))["source_line"] == "CNN"


def test_a_line_with_a_time_or_under_a_title_stays_plain() -> None:
    dated = _brief("zh-news.jsonl", 125)
    assert dated.title is None and dated.source_line == "中新网·广州·8月8日"
    assert render_text(dated).startswith("中新网·广州·8月8日\n\nGroup 1: ")
    bare = _brief("en-cnndm.jsonl", 17)
    assert shown_source_line(bare.model_copy(update={"title": "Travolta on Going Clear"})) == "CNN"
    assert shown_source_line(bare.model_copy(update={"source_line": None})) is None
    assert shown_source_line(bare.model_copy(update={"lang": "zh", "source_line": "新华社"})) == "来源：新华社"
