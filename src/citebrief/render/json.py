"""JSON: exactly the `Brief` schema that `citebrief schema` prints."""

from __future__ import annotations

from citebrief.model import Brief


def render_json(brief: Brief) -> str:
    return brief.model_dump_json(indent=2) + "\n"
