"""Engines draft a Brief from a Document: `extractive` (offline, the default)."""

from __future__ import annotations

from citebrief.engines.extractive import draft_extractive

ENGINES = ("extractive",)

__all__ = ["ENGINES", "draft_extractive"]
