"""The English path against real, good answers: a capable model's answers to the llm engine's
requests for five articles, recorded once through the loopback relay (`tests/relay.py`) and
replayed here through the real CLI. Prompt, parsing, verify and rendering changes are checked
against what a good model really writes; a change to what the engine sends shows as a request
the cassette does not hold (HTTP 404), and a reworded system prompt as the drift test failing.
To record an article again, see `tests/data/llm/README.md`."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from chat_server import chat_server
from citebrief.engines.llm.prompts import brief_messages
from citebrief.ingest import ingest
from citebrief.judge import JUDGE_SYSTEM
from citebrief.model import Brief
from conftest import EXAMPLES, load_records
from helpers import run_cli
from relay import MODEL, load_cassette, replay_step

CASSETTES = Path(__file__).parent / "data" / "llm" / "relay"
ARGS = ["--engine", "llm", "--lang", "en", "--model", MODEL, "--max-input-tokens", "16000"]


# name, where the article comes from, and the verdicts verify gives the recorded brief
CASES = [
    pytest.param("zh-tech-policy", "zh-tech-policy.html", {"supported": 22}, id="zh-tech-policy"),
    pytest.param("zh-news-flash", "zh-news-flash.txt", {"supported": 12}, id="zh-news-flash"),
    pytest.param("govcn_5339579", None, {"supported": 10}, id="policy-leading-group"),
    # bullet 1 names the General Office (国务院办公厅), which its paragraph [3] does not: a citation short
    pytest.param("govcn_5346276", None, {"supported": 8, "partial": 1}, id="policy-holidays"),
    # English from English: word overlap settles 8 bullets; the judge the other 7 paraphrases
    pytest.param("en-city-transit", "en-city-transit.html", {"supported": 15}, id="en-city-transit"),
]


@pytest.fixture(autouse=True)
def _environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("CITEBRIEF_CONFIG", str(tmp_path / "no-config.toml"))
    for name in ("CITEBRIEF_LLM_API_KEY", "OPENAI_API_KEY", "CITEBRIEF_LLM_BASE_URL", "CITEBRIEF_LLM_MODEL"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.delenv("CITEBRIEF_GLOSSARY", raising=False)


def article(name: str, example: str | None, folder: Path) -> Path:
    """The input file: a bundled example, or a State Council document of ../shared/data written out."""
    if example is not None:
        return EXAMPLES / example
    record = next(r for r in load_records("zh-policy.jsonl") if r["id"] == name)
    path = folder / f"{name}.txt"
    path.write_text(record["article"], encoding="utf-8")
    return path


def recorded_brief(cassette: dict[str, Any]) -> dict[str, Any]:
    found: dict[str, Any] = json.loads(next(e["answer"] for e in cassette["exchanges"] if e["schema"] == "brief"))
    return found


def stats(stderr: str) -> dict[str, int]:
    found = re.search(
        r"stats: (\d+) requests, .* (\d+) cache hits, (\d+) retries, (\d+) repairs, (\d+) fallbacks",
        stderr,
    )
    assert found is not None, stderr
    keys = ("requests", "cache_hits", "retries", "repairs", "fallbacks")
    return dict(zip(keys, map(int, found.groups()), strict=True))


@pytest.mark.parametrize(("name", "example", "verdicts"), CASES)
def test_recorded_answers_replay_into_the_same_brief(
    name: str, example: str | None, verdicts: dict[str, int], tmp_path: Path
) -> None:
    cassette = load_cassette(CASSETTES / f"{name}.json")
    path = article(name, example, tmp_path)
    with chat_server(default=replay_step(cassette)) as server:
        done = run_cli("run", path, *ARGS, "--base-url", server.url, "--db", tmp_path / "b.db", "--stats",
                       "--format", "json", timeout=120)  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "warning" not in done.stderr, done.stderr  # no 404 from the relay, no fallback, no failed judge
    assert stats(done.stderr) == {
        "requests": len(cassette["exchanges"]), "cache_hits": 0, "retries": 0, "repairs": 0, "fallbacks": 0
    }  # fmt: skip
    brief = Brief.model_validate_json(done.stdout)
    answer = recorded_brief(cassette)
    assert brief.engine == "llm"
    assert [g.title for g in brief.groups] == [g["title"] for g in answer["groups"]]  # headings as written
    assert [[(p.text, p.citations) for p in g.points] for g in brief.groups] == [
        [(p["text"], sorted(set(p["citations"]))) for p in g["points"]] for g in answer["groups"]
    ]
    document = ingest(str(path))
    assert brief.title == document.title
    if document.lang == "zh":
        assert brief.translated_title == answer["title"]
    else:
        assert brief.translated_title is None  # an English article keeps its own title
    assert brief.checks is not None
    assert brief.checks.counts == verdicts, brief.checks.failures


def test_the_english_brief_of_the_bundled_example_reads_like_the_reference(tmp_path: Path) -> None:
    """The reference layout (`../shared/seed/reference-brief.txt`): the title, the romanized source
    line, Title Case group titles, bullets with no full stop before their citations, official
    renderings and exact figures; a rerun reuses the stored brief, and --stats says so."""
    cassette = load_cassette(CASSETTES / "zh-tech-policy.json")
    db = tmp_path / "b.db"
    with chat_server(default=replay_step(cassette)) as server:
        args = ["run", EXAMPLES / "zh-tech-policy.html", *ARGS, "--base-url", server.url, "--db", db, "--stats"]
        first = run_cli(*args, timeout=120)
        again = run_cli(*args, timeout=120)
        page = run_cli(*args, "--format", "html", timeout=120)
    assert first.returncode == 0, first.stderr
    lines = first.stdout.splitlines()
    assert lines[0].startswith("Making Manufacturing Stronger with Digital Technology")
    assert lines[1] == "Ren Min Ri Bao·2025-05-14 22:17"
    assert lines[2] == ""
    groups = [line for line in lines[3:] if line.startswith("Group ")]
    assert 5 <= len(groups) <= 8
    for line in groups:
        title = re.fullmatch(r"Group \d: (.+)", line)
        assert title is not None, line
        assert ":" not in title[1] and not title[1].startswith(("Overview", "Group"))
        assert all(word[0].isupper() for word in title[1].split() if len(word) > 3), line  # Title Case
    bullets = [line for line in lines[3:] if line.startswith("- ")]
    assert all(re.fullmatch(r"- .+[^.] (\[\d{1,2}\])+", line) for line in bullets), bullets
    text = first.stdout
    for official in ("CPPCC National Committee", "National Development and Reform Commission", "EU Carbon Border"):
        assert official in text
    for figure in ("3.2 trillion yuan", "1.2 trillion yuan", "4.5 million", "100 million kilowatts"):
        assert figure in text
    assert "Zhou Qiming" in text and "Wu Haitao" in text  # pinyin, family name first
    # the rerun: the stored brief, no request, counted as a cache hit
    assert again.stdout == first.stdout
    assert stats(again.stderr)["requests"] == 0
    assert stats(again.stderr)["cache_hits"] == 1
    # the page shows the translation with the article's own title under it
    assert "<h1>Making Manufacturing Stronger" in page.stdout
    assert 'class="original-title" lang="zh">让数字技术为制造业“强筋壮骨”' in page.stdout


@pytest.mark.parametrize("name", [c.values[0] for c in CASES])
def test_the_recorded_system_prompts_are_todays(name: str, tmp_path: Path) -> None:
    """The answers were given to these instructions; after rewording a prompt, record again."""
    cassette = load_cassette(CASSETTES / f"{name}.json")
    example = next(c.values[1] for c in CASES if c.values[0] == name)
    document = ingest(str(article(name, example, tmp_path)))
    for exchange in cassette["exchanges"]:
        system = exchange["messages"][0]["content"]
        if exchange["schema"] == "brief":
            assert system == brief_messages(document, "en", None)[0]["content"]
            assert exchange["messages"][1:] == brief_messages(document, "en", None)[1:]
        else:
            assert exchange["schema"] == "judgements"
            assert system == JUDGE_SYSTEM
