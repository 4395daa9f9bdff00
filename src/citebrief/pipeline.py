"""One document through the stages: ingest → segment → draft → verify → render.

Each stage is a plain function over the typed objects in `model`; this module only names and
chains them, so the CLI, the batch runner and the web app call the same code with the same
`BriefOptions`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from citebrief.engines import engine_named, engine_of
from citebrief.errors import NotAnArticle, UsageError
from citebrief.ingest import ingest
from citebrief.model import Brief, Document
from citebrief.options import FORMATS, BriefOptions, parse_options, settle

if TYPE_CHECKING:
    from citebrief.engines.llm_client import LLMClient
    from citebrief.store import Store


def shaped(
    options: BriefOptions | None,
    *,
    engine: str | None = None,
    groups: int | None = None,
    lang: str | None = None,
) -> BriefOptions:
    """`options` (else the defaults) with the library's keyword shortcuts applied, checked by
    the one parse step: `draft(document, groups=5)` is `draft(document, BriefOptions(groups=5))`."""
    base = options or BriefOptions()
    if engine is None and groups is None and lang is None:
        return base
    return parse_options(
        engine=engine if engine is not None else base.engine,
        groups=groups if groups is not None else base.groups,
        lang=lang if lang is not None else base.lang,
        model=base.model,
        base_url=base.base_url,
        max_input_tokens=base.max_input_tokens,
        verify=base.verify,
        strict=base.strict,
        force=base.force,
        api=True,
    )


def draft(
    document: Document,
    options: BriefOptions | None = None,
    store: Store | None = None,
    llm: LLMClient | None = None,
    *,
    engine: str | None = None,
    groups: int | None = None,
    lang: str | None = None,
) -> Brief:
    """The draft stage: the chosen engine writes a Brief of the document (`engine`, `groups`
    and `lang` are shortcuts for the options of that name).

    The llm engine caches its answers in `store` and talks through `llm` (one client shared by
    a run, for its stats and its bound on requests in flight; else one from the settings)."""
    options = shaped(options, engine=engine, groups=groups, lang=lang)
    if document.lang == "zh":
        from citebrief.text.segmenter import prepare

        prepare()  # jieba-rs's tagger model built beside the engine's imports
    result = engine_named(options.engine).draft(document, options, store, llm)
    return with_header(result, document)


def with_header(brief: Brief, document: Document) -> Brief:
    """The brief's header — title, site, the source line under the title, publish time — from
    the document, the same for every engine (so engines need not know how it is shown)."""
    from citebrief.render.source_line import source_line

    header = {
        "title": document.title,
        "source": document.source,
        "source_line": source_line(document.source, document.published_at, brief.lang),
        "published_at": document.published_at,
        # every engine cites the same numbered units: passages where one block was cut
        "citation_unit": "passage" if any(s.passage for s in document.segments) else brief.citation_unit,
    }
    return brief.model_copy(update=header)


@dataclass(frozen=True)
class Briefed:
    """A brief and where the store keeps it: `brief_id` is None when nothing was stored (no
    store, or the llm engine fell back to extractive, which a rerun should try again)."""

    brief: Brief
    brief_id: int | None = None


def brief_document(
    document: Document, options: BriefOptions | None = None, store: Store | None = None, llm: LLMClient | None = None
) -> Briefed:
    """The per-document function: a stored brief with these options, or a new one, stored.

    Pure apart from the store, so a batch can run it anywhere (threads, Ray tasks) and a rerun
    costs nothing. A brief from another engine than the one asked for (the llm engine's
    extractive fallback) is not stored, so a rerun tries again.
    """
    options = options or BriefOptions()
    if engine_named(options.engine).asks_model:
        options = settle(options, llm)
    if store is None:
        return Briefed(verify(document, draft(document, options, llm=llm), options, llm))
    store.save_document(document)
    found = store.find_brief(document.id, options.engine, options.key())
    if found is not None:
        if llm is not None:  # a stored brief is the biggest cache hit of all (--stats)
            llm.stats.add(cache_hits=1)
        return Briefed(found[1], found[0])
    result = verify(document, draft(document, options, store, llm), options, llm, store)
    if result.engine != options.engine:
        return Briefed(result)
    return Briefed(result, store.save_brief(result, options.key()))


def verify(
    document: Document,
    brief: Brief,
    options: BriefOptions,
    llm: LLMClient | None = None,
    store: Store | None = None,
) -> Brief:
    """The verify stage: a verdict on each bullet and the brief's Checks (`options.verify`);
    with `options.strict` unsupported bullets are re-cited, replaced or dropped.

    Bullets in another language than the article, and paraphrases in its language, need a
    judge: the configured LLM, one cached request per brief; without one the former are
    `unverifiable` past the figures check and the latter say they were checked by word overlap.
    """
    if not options.verify:
        return brief
    from citebrief.verify import verify_brief

    judge = None
    if llm is not None:
        from citebrief.engines.llm import llm_judge

        judge = llm_judge(llm, store)
    engine = engine_of(brief)
    regenerate = engine.regenerate if engine is not None else None
    if regenerate is None and engine is not None and engine.asks_model and llm is not None and options.strict:
        from citebrief.engines.llm_strict import llm_regenerate  # the model's writer needs this run's client

        regenerate = llm_regenerate(llm, document, brief.lang, store)
    return verify_brief(brief, document, judge=judge, strict=options.strict, regenerate=regenerate)


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
    spec: str,
    options: BriefOptions | None = None,
    store: Store | None = None,
    llm: LLMClient | None = None,
    *,
    engine: str | None = None,
    groups: int | None = None,
    lang: str | None = None,
) -> tuple[Document, Brief]:
    """Ingest one input (path, URL or '-') and brief it: draft, then verify (the options say
    whether and how strictly), from the store when it already holds this brief; with `force`, a
    page that is not an article is briefed too, and the brief says so."""
    options = shaped(options, engine=engine, groups=groups, lang=lang)
    try:
        document = ingest(spec)
    except NotAnArticle as refused:
        if not options.force or not isinstance(refused.document, Document):
            raise
        result = brief_document(refused.document, options, store, llm).brief
        warning = f"{refused.message}; briefed anyway (--force)"
        return refused.document, result.model_copy(update={"warnings": [warning, *result.warnings]})
    return document, brief_document(document, options, store, llm).brief
