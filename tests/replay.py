"""A loopback relay that answers the llm engine's requests from recorded answers of a capable model.

Each request is recognised by what it asks, not by its exact text: a map call by its part's
paragraph range ("map [3]-[12]"), the grouping call ("reduce") and verify's judge ("judge").
The fixture (`tests/data/llm/long/<id>.json`) holds one answer per key, written by a capable
model that saw only that request. A request without an answer gets HTTP 400 naming its key,
and is kept in `pending` (the recording run writes them to a folder to be answered).

Recording (once per document; answer the pending requests, add them to the fixture, rerun):

    .venv/bin/python tests/replay.py tests/data/llm/long/govcn_5362266.json --port 8765 --pending /tmp/pending
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Any

from chat_server import Reply, Request, chat_server, completion_body, good_answer, status

FIXTURES = Path(__file__).parent / "data" / "llm" / "long"


def _message(request: Request, role: str) -> str:
    return next((m["content"] for m in request["messages"] if m["role"] == role), "")


def request_key(request: Request) -> str:
    """What the request asks: "map [a]-[b]", "reduce", "judge" (a repair round adds " repair")."""
    system = _message(request, "system")
    repair = " repair" if sum(m["role"] == "user" for m in request["messages"]) > 1 else ""
    if system.startswith("You check a brief"):
        return "judge" + repair
    if "Arrange the points" in system:
        return "reduce" + repair
    span = re.search(r"integers from (\d+) to (\d+)", system)
    if "key points" in system and span:
        return f"map [{span.group(1)}]-[{span.group(2)}]" + repair
    return "brief" + repair


class Replay:
    """The server's step: the recorded answer for each request's key; the keys asked, in order."""

    def __init__(self, fixture: dict[str, Any], *, recording: bool = False) -> None:
        self.answers: dict[str, Any] = fixture["answers"]
        self.recording = recording  # a stand-in answer for a pending request, so that the run goes on
        self.asked: list[str] = []
        self.pending: dict[str, Request] = {}

    def __call__(self, request: Request) -> Reply:
        key = request_key(request)
        self.asked.append(key)
        if key not in self.answers:
            self.pending[key] = request
            if self.recording:
                return Reply(body=completion_body(good_answer(request)))
            return status(400, f"no recorded answer for {key}")(request)
        answer = self.answers[key]
        text = answer if isinstance(answer, str) else json.dumps(answer, ensure_ascii=False)
        return Reply(body=completion_body(text))


def load(name: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((FIXTURES / f"{name}.json").read_text("utf-8"))
    return data


def main(argv: list[str]) -> None:
    """Serve one fixture until interrupted; write each unanswered request to --pending."""
    import time

    path = Path(argv[0])
    port = int(argv[argv.index("--port") + 1])
    pending = Path(argv[argv.index("--pending") + 1])
    pending.mkdir(parents=True, exist_ok=True)
    replay = Replay(json.loads(path.read_text("utf-8")), recording=True)
    with chat_server(default=replay, port=port) as server:
        print(f"serving {path.name} at {server.url}", flush=True)
        while True:
            time.sleep(0.5)
            for key, request in list(replay.pending.items()):
                name = re.sub(r"\W+", "_", key).strip("_")
                (pending / f"{name}.json").write_text(json.dumps(request, ensure_ascii=False, indent=1), "utf-8")


if __name__ == "__main__":
    main(sys.argv[1:])
