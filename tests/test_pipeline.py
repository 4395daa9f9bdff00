"""The pipeline: the stages chained for the CLI, batch and web app alike — the engine looked up
in the table, the header filled from the document, the verify stage, and the store."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from chat_server import chat_server, content
from citebrief.engines import TABLE, engine_named, engine_of
from citebrief.engines.llm import FALLBACK_PREFIX
from citebrief.engines.llm_client import LLMClient, forget_discoveries
from citebrief.errors import UsageError
from citebrief.ingest import read_path
from citebrief.llm_config import LLMSettings
from citebrief.model import Brief, Document, Group, Point
from citebrief.options import ENGINES, BriefOptions, parse_format, parse_options
from citebrief.pipeline import brief, brief_document, draft, render, shaped
from citebrief.store import Store


@pytest.fixture(scope="module")
def policy(examples_dir: Path) -> Document:
    return read_path(examples_dir / "zh-tech-policy.html")


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with Store.open(tmp_path / "store.db") as opened:
        yield opened


@pytest.fixture(autouse=True)
def _no_llm_settings(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[None]:
    monkeypatch.setenv("CITEBRIEF_CONFIG", str(tmp_path / "no-config.toml"))
    for name in ("CITEBRIEF_LLM_BASE_URL", "CITEBRIEF_LLM_MODEL", "CITEBRIEF_LLM_API_KEY", "OPENAI_API_KEY"):
        monkeypatch.delenv(name, raising=False)
    forget_discoveries()
    yield
    forget_discoveries()


# --- the engine table --------------------------------------------------------------------------


def test_the_table_names_the_engines_the_options_allow() -> None:
    assert tuple(TABLE) == ENGINES
    assert [name for name, engine in TABLE.items() if engine.asks_model] == ["llm"]
    assert engine_named("extractive").regenerate is not None


def test_an_unknown_engine_is_a_usage_error() -> None:
    with pytest.raises(UsageError, match="unknown engine 'magic'"):
        engine_named("magic")


@pytest.mark.parametrize(
    ("engine", "expected"),
    [
        pytest.param("extractive", "extractive", id="extractive"),
        pytest.param("llm", "llm", id="llm"),
        pytest.param(f"{FALLBACK_PREFIX}: no answer)", "extractive", id="fallback-is-extractive"),
        pytest.param("hand", None, id="made-elsewhere"),
    ],
)
def test_engine_of_a_brief_is_the_one_that_wrote_it(engine: str, expected: str | None) -> None:
    made = Brief(
        document_id="d", lang="zh", engine=engine, groups=[Group(title="g", points=[Point(text="x", citations=[1])])]
    )
    found = engine_of(made)
    assert (found.name if found else None) == expected


# --- the draft stage ---------------------------------------------------------------------------


def test_draft_fills_the_header_from_the_document(policy: Document) -> None:
    made = draft(policy)
    assert made.title == policy.title
    assert made.source == policy.source == "人民日报"
    assert made.source_line == "人民日报·2025-05-14 22:17"
    assert made.published_at == policy.published_at


def test_draft_takes_option_shortcuts(policy: Document) -> None:
    assert draft(policy, groups=5) == draft(policy, BriefOptions(groups=5))
    assert len(draft(policy, groups=5).groups) == 5


def test_a_shortcut_keeps_every_other_option() -> None:
    given = BriefOptions(strict=True, verify=True, force=True, max_input_tokens=900)
    assert shaped(given, groups=4) == given.model_copy(update={"groups": 4})


@pytest.mark.parametrize(
    ("shortcut", "message"),
    [
        pytest.param({"groups": 9}, "groups must be between 1 and 8, not 9", id="groups"),
        pytest.param({"engine": "magic"}, "engine must be one of extractive, llm, not 'magic'", id="engine"),
        pytest.param({"lang": "fr"}, "lang must be zh or en, not 'fr'", id="lang"),
    ],
)
def test_bad_shortcuts_are_usage_errors_naming_the_option(
    policy: Document, shortcut: dict[str, object], message: str
) -> None:
    with pytest.raises(UsageError) as caught:
        draft(policy, **shortcut)  # type: ignore[arg-type]
    assert caught.value.message == message
    assert caught.value.source == next(iter(shortcut))


# --- options: one parse step -------------------------------------------------------------------


def test_the_command_line_names_flags_and_the_api_fields() -> None:
    with pytest.raises(UsageError) as flag:
        parse_options(lang="fr")
    assert str(flag.value) == "--lang must be zh or en, not 'fr'"
    with pytest.raises(UsageError) as field:
        parse_options(engine="llm", engines=("extractive",), api=True)
    assert str(field.value) == "engine: engine must be one of extractive, not 'llm' (no LLM is configured here)"
    with pytest.raises(UsageError, match="--format must be one of text, markdown, json, html, not 'pdf'"):
        parse_format("pdf")


def test_parsed_options_are_the_same_key_as_built_ones() -> None:
    assert parse_options(engine="extractive", groups=4).key() == BriefOptions(groups=4).key()


# --- brief_document: verify and the store -------------------------------------------------------


def test_without_a_store_nothing_is_stored(policy: Document) -> None:
    made = brief_document(policy)
    assert made.brief_id is None
    assert made.brief.checks is not None  # verified by default


def test_brief_document_returns_what_it_stored(policy: Document, store: Store) -> None:
    first = brief_document(policy, BriefOptions(), store)
    assert first.brief_id is not None
    assert store.get_brief(first.brief_id) == first.brief
    again = brief_document(policy, BriefOptions(), store)
    assert (again.brief_id, again.brief) == (first.brief_id, first.brief)
    other = brief_document(policy, BriefOptions(groups=3), store)
    assert other.brief_id not in (None, first.brief_id)


def test_no_verify_skips_the_stage(policy: Document) -> None:
    made = brief_document(policy, BriefOptions(verify=False)).brief
    assert made.checks is None and not any(p.support for p in made.points())


def test_strict_repairs_with_the_drafting_engines_regenerate(policy: Document) -> None:
    from citebrief.pipeline import verify

    made = draft(policy)
    group = made.groups[1]
    broken = group.points[0].model_copy(update={"text": "全国政协今年在火星召开了关于量子养殖业的座谈会。"})
    groups = [made.groups[0], group.model_copy(update={"points": [broken, *group.points[1:]]}), *made.groups[2:]]
    checked = verify(policy, made.model_copy(update={"groups": groups}), BriefOptions(strict=True))
    assert checked.checks is not None and len(checked.checks.repaired) == 1  # replaced, not dropped
    hand = made.model_copy(update={"groups": groups, "engine": "hand"})
    dropped = verify(policy, hand, BriefOptions(strict=True))
    assert dropped.checks is not None and len(dropped.checks.dropped) == 1  # no engine to ask: dropped


def test_brief_ingests_and_briefs(examples_dir: Path) -> None:
    document, made = brief(str(examples_dir / "zh-news-flash.txt"), groups=2)
    assert made.document_id == document.id and len(made.groups) == 2


# --- the llm engine through the same pipeline ------------------------------------------------------


def _client(url: str) -> LLMClient:
    return LLMClient(LLMSettings(base_url=url, model="fault-model", timeout=10.0, max_output_tokens=400), backoff=0.01)


def test_an_llm_brief_is_stored_under_the_model_it_was_made_with(policy: Document, store: Store) -> None:
    with chat_server() as server, _client(server.url) as llm:
        made = brief_document(policy, BriefOptions(engine="llm", lang="en"), store, llm)
    assert made.brief.engine == "llm" and made.brief_id is not None
    assert made.brief.source_line == "Ren Min Ri Bao·2025-05-14 22:17"  # the header, romanized for English
    settled = BriefOptions(engine="llm", lang="en", model="fault-model", base_url=server.url)
    assert store.brief_id(policy.id, "llm", settled.key()) == made.brief_id


def test_a_fallback_is_returned_but_not_stored(policy: Document, store: Store) -> None:
    with chat_server(default=content("not JSON at all")) as server, _client(server.url) as llm:
        made = brief_document(policy, BriefOptions(engine="llm", lang="en"), store, llm)
    assert made.brief.engine.startswith(FALLBACK_PREFIX)
    assert made.brief_id is None
    assert made.brief.title == policy.title  # the pipeline filled its header too
    assert store.latest_brief(policy.id) is None


# --- render ----------------------------------------------------------------------------------------


def test_render_every_format_and_refuse_others(policy: Document) -> None:
    made = draft(policy)
    outputs = {fmt: render(made, policy, fmt) for fmt in ("text", "markdown", "json", "html")}
    assert outputs["text"].startswith(policy.title or "")
    assert Brief.model_validate_json(outputs["json"]) == made
    assert outputs["html"].startswith("<!doctype html>")
    with pytest.raises(UsageError, match="unknown format 'pdf'"):
        render(made, policy, "pdf")


def test_points_are_the_groups_bullets_in_order(policy: Document) -> None:
    made = draft(policy)
    assert made.points() == [p for g in made.groups for p in g.points]
    assert all(isinstance(p, Point) for p in made.points())
