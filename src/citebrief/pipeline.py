"""One document through the stages: ingest → segment → draft → verify → render.

Each stage is a plain function over the typed objects in `model`; this module only names and
chains them, so the CLI, the batch runner and the web app call the same code with the same
`BriefOptions`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, get_args

from pydantic import BaseModel, ConfigDict, Field

from citebrief.errors import UsageError
from citebrief.ingest import ingest
from citebrief.model import Brief, Document, Lang

if TYPE_CHECKING:
    from citebrief.engines.llm_client import LLMClient
    from citebrief.store import Store

Format = Literal["text", "markdown", "json", "html"]
FORMATS: tuple[str, ...] = get_args(Format)
FORMAT_SUFFIX: dict[str, str] = {"text": ".txt", "markdown": ".md", "json": ".json", "html": ".html"}
Engine = Literal["extractive", "llm"]
ENGINES: tuple[str, ...] = get_args(Engine)


class BriefOptions(BaseModel):
    """Everything that shapes a brief: one value passed from the CLI, batch or web app down to
    the engine, and the key a stored brief is found by (equal options, equal brief)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    engine: str = "extractive"
    groups: int | None = Field(default=None, ge=1, le=8)
    lang: Lang | None = None
    # the llm engine's: which model on which server, and how much article one call carries
    # (None: fitted to the model); the API key is a secret, not a setting of the brief
    model: str | None = None
    base_url: str | None = None
    max_input_tokens: int | None = Field(default=None, ge=200)
    # the verify stage: a verdict on every bullet (on by default); strict repairs or drops the unsupported
    verify: bool = True
    strict: bool = False

    def key(self) -> str:
        """Canonical JSON of the options, for store lookups."""
        return self.model_dump_json()


def draft(
    document: Document, options: BriefOptions | None = None, store: Store | None = None, llm: LLMClient | None = None
) -> Brief:
    """The draft stage: the chosen engine writes a Brief of the document.

    The llm engine caches its answers in `store` and talks through `llm` (one client shared by
    a run, for its stats and its bound on requests in flight; else one from the settings)."""
    options = options or BriefOptions()
    if options.engine == "extractive":
        from citebrief.engines.extractive import draft_extractive

        return draft_extractive(document, groups=options.groups, lang=options.lang)
    if options.engine == "llm":
        from citebrief.engines.llm import draft_llm

        return draft_llm(document, options, store=store, client=llm)
    raise UsageError(f"unknown engine {options.engine!r}; choose one of: {', '.join(ENGINES)}")


def brief_document(
    document: Document, options: BriefOptions | None = None, store: Store | None = None, llm: LLMClient | None = None
) -> Brief:
    """The per-document function: a stored brief with these options, or a new one, stored.

    Pure apart from the store, so a batch can run it anywhere (threads, Ray tasks) and a rerun
    costs nothing. A brief from another engine than the one asked for (the llm engine's
    extractive fallback) is not stored, so a rerun tries again.
    """
    options = options or BriefOptions()
    if options.engine == "llm":
        from citebrief.engines.llm import settled_options

        options = settled_options(options, llm)
    if store is None:
        return verify(document, draft(document, options, llm=llm), options, llm)
    store.save_document(document)
    found = store.find_brief(document.id, options.engine, options.key())
    if found is not None:
        if llm is not None:  # a stored brief is the biggest cache hit of all (--stats)
            llm.stats.add(cache_hits=1)
        return found[1]
    result = verify(document, draft(document, options, store, llm), options, llm, store)
    if result.engine == options.engine:
        store.save_brief(result, options.key())
    return result


def verify(
    document: Document,
    brief: Brief,
    options: BriefOptions,
    llm: LLMClient | None = None,
    store: Store | None = None,
) -> Brief:
    """The verify stage: a verdict on each bullet and the brief's Checks (`options.verify`);
    with `options.strict` unsupported bullets are re-cited, replaced or dropped.

    Bullets in another language than the article need a judge: the configured LLM, one cached
    request per brief; without one they are `unverifiable` past the figures check.
    """
    if not options.verify:
        return brief
    from citebrief.verify import verify_brief

    judge = regenerate = None
    if llm is not None and brief.lang != document.lang:
        from citebrief.engines.llm import llm_judge

        judge = llm_judge(llm, store)
    if llm is not None and options.strict and brief.engine == "llm":
        from citebrief.engines.llm_strict import llm_regenerate

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
    spec: str, options: BriefOptions | None = None, store: Store | None = None, llm: LLMClient | None = None
) -> tuple[Document, Brief]:
    """Ingest one input (path, URL or '-') and brief it."""
    document = ingest(spec)
    return document, brief_document(document, options, store, llm)
