"""Shared fixtures: where the bundled examples and the shared data sets live."""

from __future__ import annotations

import functools
import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    from citebrief.model import Brief

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
SHARED_DATA = ROOT.parent / "shared" / "data"


@pytest.fixture(scope="session")
def examples_dir() -> Path:
    return EXAMPLES


def load_records(name: str) -> list[dict[str, Any]]:
    """Records of one ../shared/data file (read in place, never copied into the repo)."""
    path = SHARED_DATA / name
    if not path.exists():
        pytest.fail(f"{path} is missing: CI lays ../shared beside the checkout")
    with path.open(encoding="utf-8") as lines:
        return [json.loads(line) for line in lines if line.strip()]


@functools.lru_cache(maxsize=8)
def _articles(name: str) -> tuple[str, ...]:
    return tuple(str(record["article"]) for record in load_records(name))


def shared_article(name: str, index: int) -> str:
    """One article of a ../shared/data set by its line: a test that reads it fails, not skips,
    where the set is missing (a skipped test passes in a CI that lost its data)."""
    return _articles(name)[index]


def shared_group_titles(name: str, index: int) -> list[str]:
    """The extractive brief's group titles for one shared article, its text as pasted."""
    from citebrief.engines.extractive import draft_extractive
    from citebrief.ingest import document_from_text

    document = document_from_text(shared_article(name, index), origin=f"{name}-{index}", kind="text")
    return [group.title for group in draft_extractive(document).groups]


def shared_groups(name: str, index: int) -> list[list[str]]:
    """A shared article's brief (the default pipeline, its text as pasted) as its groups' bullets."""
    from citebrief.ingest import document_from_text
    from citebrief.pipeline import draft

    brief = draft(document_from_text(shared_article(name, index), origin="x", kind="text"))
    return [[point.text for point in group.points] for group in brief.groups]


def cnndm_groups(index: int) -> list[list[str]]:
    """An en-cnndm article's brief as its groups' bullets (`shared_groups`)."""
    return shared_groups("en-cnndm.jsonl", index)


def group_opening(groups: list[list[str]], opening: str) -> list[str]:
    """The group (of `cnndm_groups`-style lists) holding a bullet that opens on `opening`."""
    return next(group for group in groups if any(text.startswith(opening) for text in group))


def cnndm_bullets(record_id: str) -> list[str]:
    """An en-cnndm article's bullets (the default pipeline, its text as pasted), by its id: fails,
    not skips, where the set is missing."""
    from citebrief.ingest import document_from_text
    from citebrief.pipeline import draft

    record = next((r for r in load_records("en-cnndm.jsonl") if r["id"] == record_id), None)
    if record is None:
        raise AssertionError(f"no record {record_id}")
    brief = draft(document_from_text(str(record["article"]), origin="x", kind="text"))
    return [p.text for group in brief.groups for p in group.points]


def zh_news_brief(record_id: str) -> Brief:
    """A zh-news article's brief as the blind readers read it (its raw text), by the end of its id
    ("_L1349")."""
    from citebrief.engines.extractive import draft_extractive
    from citebrief.ingest import document_from_text

    record = next(r for r in load_records("zh-news.jsonl") if str(r["id"]).endswith(record_id))
    return draft_extractive(document_from_text(str(record["article"]), origin="x", kind="text"))


@pytest.fixture(scope="session")
def shared_data() -> Path:
    return SHARED_DATA
