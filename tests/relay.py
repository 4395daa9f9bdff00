"""A loopback relay between the llm engine and a capable model, recording what it answers.

Recording (once per article, by a person or a capable model at the keyboard):

    python tests/relay.py record tests/data/llm/relay/NAME.json --inbox /tmp/relay
    citebrief run ARTICLE --engine llm --lang en --base-url <printed URL> --model relay ...

Every request the engine sends is written to `INBOX/<k>.request.json` (its messages and the
schema it asks for) and waits there until `INBOX/<k>.answer.txt` holds the answer's text; the
relay sends it back as a chat completion and appends the exchange to the cassette
(`NAME.json`). Replaying (`replay_step`, in the tests) answers from the cassette and refuses an
unknown request with HTTP 404 "no recorded answer", so a change to what the engine sends shows
at once. An exchange is found by what the article contributes — the user and assistant messages
and the schema's name — so a reworded system prompt still replays; the tests check separately
that the recorded system prompts are today's.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import threading
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))

from chat_server import Reply, Request, Step, chat_server, completion_body

MODEL = "relay"


def exchange_key(request: Request) -> str:
    """What identifies a request across prompt rewordings: the non-system messages and the schema."""
    fmt = request.get("response_format") or {}
    schema_name = (fmt.get("json_schema") or {}).get("name", fmt.get("type", "text"))
    messages = [m for m in request["messages"] if m["role"] != "system"]
    text = json.dumps({"schema": schema_name, "messages": messages}, ensure_ascii=False, sort_keys=True)
    return hashlib.sha256(text.encode()).hexdigest()[:20]


def schema_name(request: Request) -> str:
    fmt = request.get("response_format") or {}
    return str((fmt.get("json_schema") or {}).get("name", fmt.get("type", "text")))


def load_cassette(path: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


def replay_step(cassette: dict[str, Any]) -> Step:
    """Answer from a cassette; HTTP 404 for a request it does not hold."""
    answers = {item["key"]: item["answer"] for item in cassette["exchanges"]}

    def step(request: Request) -> Reply:
        found = answers.get(exchange_key(request))
        if found is None:
            message = f"no recorded answer for this {schema_name(request)} request: record the article again"
            return Reply(status=404, body=json.dumps({"error": {"message": message}}).encode())
        return Reply(body=completion_body(found, prompt_tokens=sum(len(m["content"]) for m in request["messages"])))

    return step


def record_step(cassette_path: Path, inbox: Path, *, wait: float = 3600.0) -> Step:
    """Write each request to the inbox, wait for its answer file, keep the exchange."""
    inbox.mkdir(parents=True, exist_ok=True)
    lock = threading.Lock()
    counter = [0]
    cassette: dict[str, Any] = (
        load_cassette(cassette_path) if cassette_path.exists() else {"model": MODEL, "exchanges": []}
    )
    known = {item["key"]: item["answer"] for item in cassette["exchanges"]}

    def step(request: Request) -> Reply:
        key = exchange_key(request)
        answer = known.get(key)
        if answer is None:
            with lock:
                counter[0] += 1
                k = counter[0]
            question = {
                "schema": schema_name(request),
                "response_format": request.get("response_format"),
                "messages": request["messages"],
            }
            (inbox / f"{k}.request.json").write_text(json.dumps(question, ensure_ascii=False, indent=1), "utf-8")
            answer_file = inbox / f"{k}.answer.txt"
            deadline = time.monotonic() + wait
            while not answer_file.exists():
                if time.monotonic() > deadline:
                    return Reply(status=504, body=b'{"error": {"message": "nobody answered"}}')
                time.sleep(0.5)
            time.sleep(0.2)  # the writer has finished
            answer = answer_file.read_text("utf-8").strip()
            with lock:
                known[key] = answer
                cassette["exchanges"].append(
                    {"key": key, "schema": schema_name(request), "messages": request["messages"], "answer": answer}
                )
                cassette_path.parent.mkdir(parents=True, exist_ok=True)
                cassette_path.write_text(json.dumps(cassette, ensure_ascii=False, indent=1) + "\n", "utf-8")
        return Reply(body=completion_body(answer, prompt_tokens=sum(len(m["content"]) for m in request["messages"])))

    return step


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("mode", choices=["record"])
    parser.add_argument("cassette", type=Path)
    parser.add_argument("--inbox", type=Path, required=True)
    args = parser.parse_args()
    with chat_server(default=record_step(args.cassette, args.inbox)) as server:
        print(server.url, flush=True)
        try:
            while True:
                time.sleep(1)
        except KeyboardInterrupt:
            pass


if __name__ == "__main__":
    main()
