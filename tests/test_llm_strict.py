"""`--strict` with the llm engine: an unsupported bullet goes back to the model once, told why,
with only the paragraphs it may cite; the new bullet is kept only if verify supports it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from chat_server import Reply, Request, chat_server, completion_body
from citebrief.model import Brief
from helpers import ZH_PARAGRAPHS, run_cli

WRONG = "委员们指出，重点工业企业关键工序数控化率达到73.5%"  # the article says 63.5%
RIGHT = "委员们指出，截至2024年底，全国重点工业企业关键工序数控化率达到63.5%，智能工厂超过3万家"
BRIEF = {
    "title": "制造业数字化转型专题协商会召开",
    "groups": [
        {"title": "会议概况", "points": [
            {"text": ZH_PARAGRAPHS[0].rstrip("。"), "citations": [1]},
            {"text": WRONG, "citations": [2]},
        ]},
        {"title": "政策建议", "points": [
            {"text": ZH_PARAGRAPHS[2].rstrip("。"), "citations": [3]},
            {"text": ZH_PARAGRAPHS[3].rstrip("。"), "citations": [4]},
        ]},
    ],
}  # fmt: skip


def schema_name(request: Request) -> str:
    return str(request["response_format"]["json_schema"]["name"])


@pytest.fixture(autouse=True)
def _environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("CITEBRIEF_CONFIG", str(tmp_path / "no-config.toml"))


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "article.txt"
    path.write_text("制造业数字化转型专题协商会召开\n\n" + "\n\n".join(ZH_PARAGRAPHS) + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("fixed", "kept"),
    [
        pytest.param(RIGHT, True, id="supported-replacement"),
        pytest.param("委员们指出，关键工序数控化率达到83.5%", False, id="still-wrong-dropped"),
    ],
)
def test_strict_regenerates_an_unsupported_bullet_through_the_model(
    article: Path, tmp_path: Path, fixed: str, kept: bool
) -> None:
    asked: list[Request] = []

    def step(request: Request) -> Reply:
        if schema_name(request) == "point":
            asked.append(request)
            return Reply(body=completion_body(json.dumps({"text": fixed, "citations": [2]}, ensure_ascii=False)))
        return Reply(body=completion_body(json.dumps(BRIEF, ensure_ascii=False)))

    with chat_server(default=step) as server:
        done = run_cli(
            "run", article, "--engine", "llm", "--lang", "zh", "--base-url", server.url, "--model", "m",
            "--strict", "--format", "json", "--db", tmp_path / "s.db",
        )  # fmt: skip
    assert done.returncode == 0, done.stderr
    brief = Brief.model_validate_json(done.stdout)
    assert len(asked) == 1  # one bullet failed, one request
    system, user = asked[0]["messages"]
    assert "Write the point again in Chinese" in system["content"]
    assert f"Point: {WRONG}" in user["content"]
    assert "73.5% is not in [2]" in user["content"]  # told why
    assert f"[2] {ZH_PARAGRAPHS[1]}" in user["content"]
    assert "[1] " not in user["content"]  # only the paragraphs it may cite
    texts = [point.text for point in brief.points()]
    assert WRONG not in texts
    assert brief.checks is not None
    if kept:
        assert fixed in texts
        assert brief.checks.repaired and brief.checks.repaired[0].endswith(f"→ {fixed} [2]")
    else:
        assert fixed not in texts
        assert brief.checks.dropped and WRONG in brief.checks.dropped[0]
