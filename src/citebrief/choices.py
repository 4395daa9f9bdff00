"""The names and ranges a brief's options take, in a module that imports nothing heavy: the
command line builds its flags from them at start-up (`citebrief --version` loads no pydantic),
and `options.py` checks values against them."""

from __future__ import annotations

from typing import Literal, get_args

Format = Literal["text", "markdown", "json", "html"]
FORMATS: tuple[Format, ...] = get_args(Format)
FORMAT_SUFFIX: dict[str, str] = {"text": ".txt", "markdown": ".md", "json": ".json", "html": ".html"}
Engine = Literal["extractive", "llm"]
ENGINES: tuple[Engine, ...] = get_args(Engine)
DEFAULT_ENGINE: Engine = "extractive"  # offline, no model, no key
Lang = Literal["zh", "en"]
LANGS: tuple[Lang, ...] = get_args(Lang)
MIN_GROUPS = 1
MAX_GROUPS = 8  # overview included
MIN_INPUT_TOKENS = 200
