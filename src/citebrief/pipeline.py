"""One document through the stages: ingest → segment → draft → render.

Each stage is a plain function over the typed objects in `model`; this module only names and
chains them, so the CLI and (later) the web app and batch runner call the same code.
"""

from __future__ import annotations

from typing import Literal, get_args

from citebrief.errors import UsageError
from citebrief.ingest import ingest
from citebrief.model import Brief, Document, Lang

Format = Literal["text", "markdown", "json", "html"]
FORMATS: tuple[str, ...] = get_args(Format)
FORMAT_SUFFIX: dict[str, str] = {"text": ".txt", "markdown": ".md", "json": ".json", "html": ".html"}
Engine = Literal["extractive"]
ENGINES: tuple[str, ...] = get_args(Engine)


def draft(
    document: Document, *, engine: str = "extractive", groups: int | None = None, lang: Lang | None = None
) -> Brief:
    """The draft stage: the chosen engine writes a Brief of the document."""
    if engine == "extractive":
        from citebrief.engines.extractive import draft_extractive

        return draft_extractive(document, groups=groups, lang=lang)
    raise UsageError(f"unknown engine {engine!r}; choose one of: {', '.join(ENGINES)}")


def render(brief: Brief, document: Document, fmt: str) -> str:
    """The render stage: a Brief as text, markdown, json or a self-contained html page."""
    if fmt == "text":
        from citebrief.render.text import render_text

        return render_text(brief)
    if fmt == "markdown":
        from citebrief.render.markdown import render_markdown

        return render_markdown(brief)
    if fmt == "json":
        from citebrief.render.json import render_json

        return render_json(brief)
    if fmt == "html":
        from citebrief.render.html import render_html

        return render_html(brief, document)
    raise UsageError(f"unknown format {fmt!r}; choose one of: {', '.join(FORMATS)}")


def brief(
    spec: str, *, engine: str = "extractive", groups: int | None = None, lang: Lang | None = None
) -> tuple[Document, Brief]:
    """Ingest one input (path, URL or '-') and draft its brief."""
    document = ingest(spec)
    return document, draft(document, engine=engine, groups=groups, lang=lang)
