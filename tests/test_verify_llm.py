"""The verify stage's cross-language judge through the LLM client: batched and cached."""

from __future__ import annotations

import json
from pathlib import Path

from chat_server import Reply, Request, completion_body
from citebrief.model import Brief
from helpers import ZH_PARAGRAPHS, run_cli
from test_llm_faults import MODEL, chat_server, write_article


def _is_judgement(request: Request) -> bool:
    user = next(m["content"] for m in request["messages"] if m["role"] == "user")
    return user.startswith('{"claims"')


BRIEF = {
    "groups": [
        {
            "title": "Core insights",
            "points": [
                {"text": "Members discussed the digital transformation of manufacturing.", "citations": [1]},
                {"text": "Small firms find the transformation hard to afford.", "citations": [2]},
            ],
        }
    ]
}


def judge_or_brief(request: Request) -> Reply:
    """A brief without figures for brief prompts (so only the judge can settle its bullets);
    'yes' to every claim for judge prompts."""
    if not _is_judgement(request):
        return Reply(body=completion_body(json.dumps(BRIEF)))
    user = next(m["content"] for m in request["messages"] if m["role"] == "user")
    claims = json.loads(user)["claims"]
    judgements = [{"id": claim["id"], "answer": "yes", "reason": "the paragraph says so"} for claim in claims]
    return Reply(body=completion_body(json.dumps({"judgements": judgements})))


def test_an_english_brief_of_a_chinese_article_is_judged_in_one_cached_request(tmp_path: Path) -> None:
    path = write_article(tmp_path, "a.txt", ZH_PARAGRAPHS)
    db = tmp_path / "c.db"
    args = ["--engine", "llm", "--lang", "en", "--model", MODEL, "--db", str(db), "--format", "json"]
    with chat_server(default=judge_or_brief) as server:
        first = run_cli("run", path, *args, "--base-url", server.url)
        requests_after_first = len(server.requests)
        second = run_cli("run", path, *args, "--base-url", server.url)
    assert first.returncode == 0, first.stderr
    brief = Brief.model_validate_json(first.stdout)
    assert brief.engine == "llm" and brief.lang == "en"
    judged = [request for request in server.requests if _is_judgement(request)]
    assert len(judged) == 1, "every bullet of the brief is judged in one batched request"
    assert requests_after_first == 2  # the brief, then its judgement
    claims = json.loads(next(m["content"] for m in judged[0]["messages"] if m["role"] == "user"))["claims"]
    assert len(claims) == len(brief.points())
    assert all(point.support is not None and point.support.label == "supported" for point in brief.points())
    assert second.returncode == 0, second.stderr
    assert len(server.requests) == requests_after_first, "a rerun makes no request: brief and judgement cached"
    assert second.stdout == first.stdout
