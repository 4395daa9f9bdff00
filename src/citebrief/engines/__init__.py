"""The engines, by name: the one place that knows what each engine is and can do.

`extractive` (offline, the default) quotes the article's own sentences; `llm` asks any
OpenAI-compatible model. The CLI, batch, web app, pipeline and verify stage look an engine up
here instead of comparing names: what drafts a brief, what writes a bullet again under
`--strict`, and whether a brief costs requests to a model server. Each engine's module is
imported on first use, so looking one up costs nothing at start-up.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from citebrief.errors import UsageError
from citebrief.options import ENGINES

if TYPE_CHECKING:
    from citebrief.engines.llm_client import LLMClient
    from citebrief.model import Brief, Document, Group, Point
    from citebrief.options import BriefOptions
    from citebrief.store import Store
    from citebrief.verify import Regenerate, SourceIndex

Draft = Callable[["Document", "BriefOptions", "Store | None", "LLMClient | None"], "Brief"]


@dataclass(frozen=True)
class EngineSpec:
    """One engine: how it drafts, how it rewrites an unsupported bullet, what it costs."""

    name: str
    draft: Draft
    regenerate: Regenerate | None
    asks_model: bool  # every brief is requests to a model server: costs money, needs settings
    description: str


def _draft_extractive(document: Document, options: BriefOptions, store: Store | None, llm: LLMClient | None) -> Brief:
    from citebrief.engines.extractive import draft_extractive
    from citebrief.engines.foreign_titles import plain_titles
    from citebrief.engines.zh_addressee_brackets import bodies_named
    from citebrief.engines.zh_reply_projects import questions_named
    from citebrief.engines.zh_title_brackets import titles_named

    # a Latin-script article that is not English: warned of, its groups titled by their passages (`foreign_titles`);
    # a Chinese reply's answer that says only "该项目": opened on its question (`zh_reply_projects`), and its
    # "你省" named ("你省（四川省）", `zh_addressee_brackets`), and a short title the brief never set up given its
    # full title ("《协议》（《……协议》）", `zh_title_brackets`)
    brief = plain_titles(draft_extractive(document, groups=options.groups, lang=options.lang), document)
    return titles_named(bodies_named(questions_named(brief, document), document), document)


def _draft_llm(document: Document, options: BriefOptions, store: Store | None, llm: LLMClient | None) -> Brief:
    from citebrief.engines.llm import draft_llm

    return draft_llm(document, options, store=store, client=llm)


def _regenerate_extractive(point: Point, group: Group, brief: Brief, index: SourceIndex) -> Point | None:
    from citebrief.engines.repair import next_best_sentence

    return next_best_sentence(point, group, brief, index)


TABLE: dict[str, EngineSpec] = {
    "extractive": EngineSpec(
        name="extractive",
        draft=_draft_extractive,
        regenerate=_regenerate_extractive,
        asks_model=False,
        description="offline, the article's own sentences",
    ),
    "llm": EngineSpec(
        name="llm",
        draft=_draft_llm,
        regenerate=None,  # it needs the run's client: the pipeline binds engines.llm_strict.llm_regenerate
        asks_model=True,
        description="any OpenAI-compatible model",
    ),
}
assert tuple(TABLE) == ENGINES, "the table and options.Engine name the same engines"


def engine_named(name: str) -> EngineSpec:
    """The engine of that name, or a UsageError that lists them."""
    try:
        return TABLE[name]
    except KeyError:
        raise UsageError(f"unknown engine {name!r}; choose one of: {', '.join(TABLE)}") from None


def engine_of(brief: Brief) -> EngineSpec | None:
    """The engine that really wrote a brief: a fallback (`extractive (fallback from llm: …)`)
    was written by the engine it names first; None for a brief made elsewhere."""
    return TABLE.get(brief.engine.split(" ", 1)[0])


__all__ = ["TABLE", "EngineSpec", "engine_named", "engine_of"]
