"""What shapes a brief, decided once: the options' types and ranges, the one parse step every
front end (CLI, batch, web) turns raw values into `BriefOptions` with, and the one settle step
that names the model and server an LLM brief is really made (and stored) with.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, cast

from pydantic import BaseModel, ConfigDict, Field

from citebrief.choices import (
    DEFAULT_ENGINE,
    ENGINES,
    FORMAT_SUFFIX,
    FORMATS,
    LANGS,
    MAX_GROUPS,
    MIN_GROUPS,
    MIN_INPUT_TOKENS,
    Engine,
    Format,
    Lang,
)
from citebrief.errors import UsageError

__all__ = [
    "DEFAULT_ENGINE",
    "ENGINES",
    "FORMATS",
    "FORMAT_SUFFIX",
    "LANGS",
    "MAX_GROUPS",
    "MIN_GROUPS",
    "MIN_INPUT_TOKENS",
    "BriefOptions",
    "Engine",
    "Format",
    "Lang",
    "parse_format",
    "parse_options",
    "settle",
]

if TYPE_CHECKING:
    from citebrief.engines.llm_client import LLMClient
    from citebrief.llm_config import LLMSettings


class BriefOptions(BaseModel):
    """Everything that shapes a brief: one value passed from the CLI, batch or web app down to
    the engine, and the key a stored brief is found by (equal options, equal brief)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    engine: Engine = DEFAULT_ENGINE
    groups: int | None = Field(default=None, ge=MIN_GROUPS, le=MAX_GROUPS)
    lang: Lang | None = None
    # the llm engine's: which model on which server, and how much article one call carries
    # (None: fitted to the model); the API key is a secret, not a setting of the brief
    model: str | None = None
    base_url: str | None = None
    max_input_tokens: int | None = Field(default=None, ge=MIN_INPUT_TOKENS)
    # the verify stage: a verdict on every bullet (on by default); strict repairs or drops the unsupported
    verify: bool = True
    strict: bool = False
    # brief a page that is not an article (a list, an index) anyway, with a warning; how the
    # input is read, not what the brief is, so it is left out of the store key
    force: bool = Field(default=False, exclude=True)

    def key(self) -> str:
        """Canonical JSON of the options, for store lookups."""
        return self.model_dump_json()


def _bad(name: str, message: str, *, api: bool) -> UsageError:
    """The command line names an option by its flag; the web API by its field, as the source."""
    return UsageError(f"{name if api else '--' + name} {message}", source=name if api else None)


def parse_format(fmt: str, *, api: bool = False) -> Format:
    """An output format by name, or a UsageError that lists the formats."""
    if fmt not in FORMATS:
        raise _bad("format", f"must be one of {', '.join(FORMATS)}, not {fmt!r}", api=api)
    return fmt


def parse_options(
    *,
    engine: str = DEFAULT_ENGINE,
    groups: int | None = None,
    lang: str | None = None,
    model: str | None = None,
    base_url: str | None = None,
    max_input_tokens: int | None = None,
    verify: bool = True,
    strict: bool = False,
    force: bool = False,
    engines: Sequence[str] = ENGINES,
    api: bool = False,
) -> BriefOptions:
    """The one parse step from raw values to BriefOptions: a bad value is a UsageError naming
    it (its flag; with `api`, its field). `engines`: those this front end offers (a web app
    without a model offers no llm)."""
    if engine not in engines:
        hint = " (no LLM is configured here)" if engine in ENGINES else ""  # offered only with a model
        raise _bad("engine", f"must be one of {', '.join(engines)}, not {engine!r}{hint}", api=api)
    if lang is not None and lang not in LANGS:
        raise _bad("lang", f"must be zh or en, not {lang!r}", api=api)
    if groups is not None and not MIN_GROUPS <= groups <= MAX_GROUPS:
        raise _bad("groups", f"must be between {MIN_GROUPS} and {MAX_GROUPS}, not {groups}", api=api)
    if max_input_tokens is not None and max_input_tokens < MIN_INPUT_TOKENS:
        raise _bad("max-input-tokens", f"must be at least {MIN_INPUT_TOKENS}, not {max_input_tokens}", api=api)
    return BriefOptions(
        engine=cast("Engine", engine),
        groups=groups,
        lang=lang,
        model=model,
        base_url=base_url,
        max_input_tokens=max_input_tokens,
        verify=verify,
        strict=strict,
        force=force,
    )


def settle(options: BriefOptions, client: LLMClient | None = None, settings: LLMSettings | None = None) -> BriefOptions:
    """The one settle step of an engine that asks a model (`EngineSpec.asks_model`): the options
    naming the model and server the run really uses — the client's, else the settings', else
    the environment's or the config file's — so a stored brief is found only for the same model."""
    if client is not None:
        model, base_url = client.model, client.base_url
    elif settings is not None:
        model, base_url = settings.model or "", settings.base_url
    elif options.model and options.base_url:
        return options
    else:
        from citebrief.llm_config import resolve

        settings = resolve(base_url=options.base_url, model=options.model)
        model, base_url = options.model or settings.model or "", options.base_url or settings.base_url
    return options.model_copy(update={"model": model or None, "base_url": base_url.rstrip("/")})
