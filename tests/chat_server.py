"""A small chat-completions server on loopback that misbehaves on command.

Each request takes the next scripted step (`script`), or the default one when the script is
empty. A step is a function of the request that returns a `Reply`; ready-made steps: `answer`
(a competent answer built from the paragraph numbers in the prompt), `content` (fixed text),
`status` (an HTTP error), `hang` (no answer for a while), `reject_mode` (a server that does not
take a structured-output mode, as llama-cpp-python does with json_schema). Every request is
recorded with its arrival time, and the server counts how many are in flight at once.
"""

from __future__ import annotations

import json
import re
import threading
import time
from collections import deque
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

Request = dict[str, Any]


@dataclass(frozen=True)
class Reply:
    status: int = 200
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0  # seconds before answering
    close: bool = False  # drop the connection without an answer


Step = Callable[[Request], Reply]


def completion_body(text: str, *, finish_reason: str = "stop", prompt_tokens: int = 100) -> bytes:
    return json.dumps(
        {
            "id": "chatcmpl-test",
            "object": "chat.completion",
            "created": 1,
            "model": "fault-model",
            "choices": [
                {"index": 0, "message": {"role": "assistant", "content": text}, "finish_reason": finish_reason}
            ],
            "usage": {"prompt_tokens": prompt_tokens, "completion_tokens": 50, "total_tokens": prompt_tokens + 50},
        }
    ).encode()


def _user(request: Request) -> str:
    return next((m["content"] for m in request["messages"] if m["role"] == "user"), "")


def _system(request: Request) -> str:
    return next((m["content"] for m in request["messages"] if m["role"] == "system"), "")


def paragraph_numbers(request: Request) -> list[int]:
    """The paragraph numbers a prompt shows: `[n] text` lines, or citations after points."""
    text = _user(request)
    numbers = [int(n) for n in re.findall(r"^\[(\d+)\] ", text, re.MULTILINE)]
    if not numbers:
        numbers = sorted({int(n) for n in re.findall(r"\[(\d+)\]", text)})
    return numbers or [1]


def good_answer(request: Request) -> str:
    """What a competent model would return for this prompt: valid, in range, in English."""
    numbers = paragraph_numbers(request)
    if '{"points"' in _system(request):
        points = [{"text": f"Paragraph {n} makes a point about policy.", "citations": [n]} for n in numbers[:3]]
        return json.dumps({"points": points})
    forced = re.search(r"Exactly (\d+) group", _system(request))
    count = int(forced.group(1)) if forced else 3
    groups = []
    for k in range(count):
        cited = numbers[k % len(numbers)]
        title = "Core insights" if k == 0 else f"Theme {k + 1}"
        groups.append(
            {
                "title": title,
                "points": [
                    {"text": f"The article states a claim drawn from paragraph {cited}.", "citations": [cited]},
                    {"text": f"A second claim rests on paragraph {numbers[-1]}.", "citations": [numbers[-1]]},
                ],
            }
        )
    return json.dumps({"groups": groups})


def answer(request: Request) -> Reply:
    return Reply(body=completion_body(good_answer(request)))


def content(text: str, *, finish_reason: str = "stop", delay: float = 0.0) -> Step:
    return lambda request: Reply(body=completion_body(text, finish_reason=finish_reason), delay=delay)


def slow_answer(delay: float) -> Step:
    return lambda request: Reply(body=completion_body(good_answer(request)), delay=delay)


def status(code: int, message: str = "error", headers: dict[str, str] | None = None) -> Step:
    body = json.dumps({"error": {"message": message, "type": "server_error", "code": code}}).encode()
    return lambda request: Reply(status=code, body=body, headers=headers or {})


def hang(seconds: float) -> Step:
    """Answer nothing for `seconds`, then drop the connection."""
    return lambda request: Reply(delay=seconds, close=True)


def reject_mode(mode: str, then: Step = answer) -> Step:
    """HTTP 500 for a response_format type the server does not take (llama-cpp-python and json_schema)."""

    def step(request: Request) -> Reply:
        if (request.get("response_format") or {}).get("type") == mode:
            return status(500, f"response_format type {mode!r} is not supported")(request)
        return then(request)

    return step


@dataclass
class ChatServer:
    url: str  # the base URL the client is given: http://127.0.0.1:PORT/v1
    script: deque[Step]
    default: Step
    requests: list[Request] = field(default_factory=list)
    arrivals: list[float] = field(default_factory=list)
    in_flight: int = 0
    peak: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)

    def then(self, *steps: Step) -> ChatServer:
        self.script.extend(steps)
        return self

    def _next(self) -> Step:
        with self.lock:
            return self.script.popleft() if self.script else self.default


class _Handler(BaseHTTPRequestHandler):
    server_state: ChatServer

    def log_message(self, format: str, *args: object) -> None:
        """Quiet."""

    def do_GET(self) -> None:
        body = json.dumps({"object": "list", "data": [{"id": "fault-model", "object": "model"}]}).encode()
        self._send(Reply(body=body))

    def do_POST(self) -> None:
        state = self.server_state
        if self.path != "/v1/chat/completions":
            self._send(Reply(status=404, body=b'{"detail": "Not Found"}'))
            return
        length = int(self.headers.get("Content-Length") or 0)
        request = json.loads(self.rfile.read(length) or b"{}")
        with state.lock:
            state.requests.append(request)
            state.arrivals.append(time.monotonic())
            state.in_flight += 1
            state.peak = max(state.peak, state.in_flight)
        try:
            self._send(state._next()(request))
        finally:
            with state.lock:
                state.in_flight -= 1

    def _send(self, reply: Reply) -> None:
        try:
            if reply.delay:
                time.sleep(reply.delay)
            if reply.close:
                self.close_connection = True
                return
            self.send_response(reply.status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(reply.body)))
            for name, value in reply.headers.items():
                self.send_header(name, value)
            self.end_headers()
            self.wfile.write(reply.body)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up first (its timeout): what the test wanted


@contextmanager
def chat_server(*steps: Step, default: Step = answer, port: int = 0) -> Iterator[ChatServer]:
    """A chat-completions server on 127.0.0.1 (a free port, unless `port` names one) in a thread."""
    state = ChatServer(url="", script=deque(steps), default=default)
    handler = type("Handler", (_Handler,), {"server_state": state})
    server = ThreadingHTTPServer(("127.0.0.1", port), handler)
    server.daemon_threads = True
    state.url = f"http://127.0.0.1:{server.server_address[1]}/v1"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield state
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)
