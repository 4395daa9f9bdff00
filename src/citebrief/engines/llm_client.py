"""One chat-completions call to any OpenAI-compatible server, made robust and cached.

- Every answer is cached in the store by a hash of the logical request (server, model,
  messages, schema, limits), so the same article with the same settings costs nothing twice.
- Timeouts, connection errors, 429 (honouring Retry-After) and 5xx are retried with exponential
  backoff and jitter, a bounded number of times; every attempt is counted.
- Servers differ in structured output: the client tries JSON-schema output first, steps down to
  `json_object` with a schema (llama.cpp's extension), then plain `json_object`, then none, when a
  server says a mode is unsupported, and remembers the answer per server. It never trusts the
  mode: the engine validates every answer itself.
- At most `max_in_flight` requests are on the wire at once, however many threads call.
"""

from __future__ import annotations

import email.utils
import json
import random
import re
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from citebrief.errors import LLMError, LLMSetupError

if TYPE_CHECKING:
    import openai

    from citebrief.llm_config import LLMSettings
    from citebrief.store import Store

Message = dict[str, str]
TEMPERATURE = 0.0  # the same request gives (nearly) the same answer, which is what makes caching honest


class Mode(StrEnum):
    """Structured-output modes, strongest first."""

    json_schema = "json_schema"  # OpenAI, vLLM, Ollama, recent llama.cpp
    json_object_schema = "json_object+schema"  # llama-cpp-python's extension: grammar from the schema
    json_object = "json_object"  # JSON mode only (DeepSeek); the prompt carries the shape
    text = "text"  # no response_format at all


MODES: tuple[Mode, ...] = tuple(Mode)

# what each server (base URL) was found to support, for the life of the process
_discovered: dict[str, Mode] = {}
_discovered_lock = threading.Lock()
_probing: dict[str, threading.Lock] = {}  # one thread finds out what a new server takes; the others wait

_UNSUPPORTED = re.compile(
    r"response_format|json_schema|json_object|\bschema\b|not supported|unsupported|not implemented"
    r"|unknown (?:type|field)|extra (?:inputs|fields)",
    re.IGNORECASE,
)
_CONTEXT = re.compile(r"context (?:length|window|size)|maximum (?:context|input)|too many tokens", re.IGNORECASE)
_LIMIT = re.compile(r"(?:context (?:length|window|size)(?: of| is)?|maximum context length is)\s*\(?(\d+)", re.I)
# the prompt's own tokens where the server says them apart from the completion's (OpenAI, vLLM, llama.cpp)
_PROMPT_TOKENS = re.compile(r"(\d+) (?:tokens )?in the messages|(\d+) tokens? (?:in|from) the (?:prompt|input)", re.I)
_REQUESTED = re.compile(r"requested\s*\(?(\d+)\)?\s*tokens|\((\d+)(?: tokens)?\) exceed", re.IGNORECASE)


def forget_discoveries() -> None:
    """Forget what servers were found to support (tests start each server fresh)."""
    with _discovered_lock:
        _discovered.clear()


def discovered_mode(base_url: str) -> Mode | None:
    with _discovered_lock:
        return _discovered.get(base_url)


@dataclass
class Stats:
    """What a run spent: counted from every thread that shares the client."""

    requests: int = 0
    cache_hits: int = 0
    prompt_tokens: int = 0
    completion_tokens: int = 0
    retries: int = 0
    repairs: int = 0
    fallbacks: int = 0
    in_flight_peak: int = 0
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False, compare=False)

    def add(self, **counts: int) -> None:
        with self._lock:
            for name, value in counts.items():
                setattr(self, name, getattr(self, name) + value)

    def line(self) -> str:
        return (
            f"{self.requests} requests, {self.prompt_tokens} prompt + {self.completion_tokens} completion tokens, "
            f"{self.cache_hits} cache hits, {self.retries} retries, {self.repairs} repairs, {self.fallbacks} fallbacks"
        )


@dataclass(frozen=True)
class Completion:
    """One answer: its text, why it stopped, and what it cost (nothing when it came from the cache)."""

    content: str
    finish_reason: str | None
    prompt_tokens: int | None
    completion_tokens: int | None
    cached: bool = False
    mode: str | None = None


class ContextOverflow(LLMError):
    """The prompt does not fit the server's context window; the engine re-plans in smaller parts."""

    def __init__(
        self,
        message: str,
        *,
        source: str | None,
        limit: int | None,
        requested: int | None,
        messages: list[Message] | None = None,
    ) -> None:
        super().__init__(message, source=source)
        self.limit = limit  # the context window, in the server's tokens
        self.requested = requested  # the prompt's size, in the server's tokens
        self.messages = messages or []  # the prompt that did not fit


class _Transient(Exception):
    """Internal: an attempt failed in a way worth retrying."""

    def __init__(self, reason: str, *, connection: bool = False, retry_after: float | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.connection = connection
        self.retry_after = retry_after


class _Unsupported(Exception):
    """Internal: the server does not take this output mode; step down to the next."""


def retry_after_seconds(value: str | None, *, now: float | None = None) -> float | None:
    """Retry-After as seconds: either a number or an HTTP date."""
    if not value:
        return None
    value = value.strip()
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - (time.time() if now is None else now))


def request_key(base_url: str, model: str, messages: list[Message], *, schema: dict[str, Any], max_tokens: int) -> str:
    """The hash an answer is cached under. The structured-output mode is not in it, so a rerun
    finds the answer whatever mode the server was found to take; the API key is not in it either."""
    from citebrief.store import request_hash

    return request_hash(
        {
            "base_url": base_url,
            "model": model,
            "messages": messages,
            "schema": schema,
            "max_tokens": max_tokens,
            "temperature": TEMPERATURE,
        }
    )


def response_format(mode: Mode, name: str, schema: dict[str, Any]) -> dict[str, Any] | None:
    if mode is Mode.json_schema:
        return {"type": "json_schema", "json_schema": {"name": name, "schema": schema, "strict": False}}
    if mode is Mode.json_object_schema:
        return {"type": "json_object", "schema": schema}
    if mode is Mode.json_object:
        return {"type": "json_object"}
    return None


def _error_text(exc: openai.APIStatusError) -> str:
    body = exc.body
    if isinstance(body, dict):
        message = body.get("message") or body.get("detail") or body.get("error") or body
        if isinstance(message, dict):
            message = message.get("message") or message
        return str(message)
    return str(body if body is not None else exc.message)


def _short(text: str, limit: int = 160) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


class LLMClient:
    """A chat-completions client for one server and model, shared by every thread of a run."""

    def __init__(
        self,
        settings: LLMSettings,
        *,
        max_in_flight: int = 1,
        max_attempts: int = 4,
        backoff: float = 0.5,
        max_backoff: float = 20.0,
        max_retry_after: float = 60.0,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        settings.check()  # before the import: a missing key is reported at once

        import openai

        self.settings = settings
        self.model: str = settings.model or ""
        self.base_url = settings.base_url
        self.max_attempts = max(1, max_attempts)
        self.backoff = backoff
        self.max_backoff = max_backoff
        self.max_retry_after = max_retry_after
        self.stats = Stats()
        self._sleep = sleep
        self.max_in_flight = max(1, max_in_flight)
        self._slots = threading.BoundedSemaphore(self.max_in_flight)
        self._in_flight = 0
        self._in_flight_lock = threading.Lock()
        self._openai = openai.OpenAI(
            base_url=settings.base_url,
            api_key=settings.key_for_client(),
            timeout=openai.Timeout(settings.timeout, connect=min(10.0, settings.timeout)),
            max_retries=0,  # retries are ours: counted, jittered, and able to step the mode down
        )

    def close(self) -> None:
        self._openai.close()

    def __enter__(self) -> LLMClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # the call ------------------------------------------------------------------------------

    def complete(
        self,
        messages: list[Message],
        *,
        schema: dict[str, Any],
        schema_name: str,
        max_tokens: int,
        store: Store | None = None,
    ) -> Completion:
        """An answer to `messages`: from the store when it holds one, else from the server."""
        key = request_key(self.base_url, self.model, messages, schema=schema, max_tokens=max_tokens)
        if store is not None:
            cached = store.cached_response(key)
            if cached is not None:
                self.stats.add(cache_hits=1)
                return self._from_cache(cached.response, cached.prompt_tokens, cached.completion_tokens, messages)
        if discovered_mode(self.base_url) is None:
            with _discovered_lock:
                probe = _probing.setdefault(self.base_url, threading.Lock())
            with probe:
                completion, latency, mode, request = self._ask_server(
                    messages, schema, schema_name, max_tokens, key, store
                )
        else:
            completion, latency, mode, request = self._ask_server(messages, schema, schema_name, max_tokens, key, store)
        choice = completion.choices[0] if completion.choices else None
        content = (choice.message.content if choice and choice.message else None) or ""
        usage = completion.usage
        prompt_tokens = usage.prompt_tokens if usage else None
        completion_tokens = usage.completion_tokens if usage else None
        self.stats.add(prompt_tokens=prompt_tokens or 0, completion_tokens=completion_tokens or 0)
        result = Completion(
            content=content,
            finish_reason=choice.finish_reason if choice else None,
            prompt_tokens=prompt_tokens,
            completion_tokens=completion_tokens,
            mode=mode.value,
        )
        if store is not None:
            store.cache_response(
                key,
                model=completion.model or self.model,
                request=json.dumps({"base_url": self.base_url, **request}, ensure_ascii=False),
                response=completion.model_dump_json(),
                prompt_tokens=prompt_tokens,
                completion_tokens=completion_tokens,
                latency_s=round(latency, 3),
            )
        return result

    def _ask_server(
        self,
        messages: list[Message],
        schema: dict[str, Any],
        schema_name: str,
        max_tokens: int,
        key: str,
        store: Store | None,
    ) -> tuple[Any, float, Mode, dict[str, Any]]:
        """The answer in the strongest output mode the server takes, stepping down as it refuses."""
        mode = discovered_mode(self.base_url) or MODES[0]
        while True:
            request: dict[str, Any] = {
                "model": self.model,
                "messages": messages,
                "max_tokens": max_tokens,
                "temperature": TEMPERATURE,
            }
            fmt = response_format(mode, schema_name, schema)
            if fmt is not None:
                request["response_format"] = fmt
            started = time.perf_counter()
            try:
                completion, latency = self._with_retries(request)
            except ContextOverflow as overflow:
                if store is not None:  # as lasting as an answer: the same prompt will not fit next time either
                    store.cache_response(
                        key,
                        model=self.model,
                        request=json.dumps({"base_url": self.base_url, **request}, ensure_ascii=False),
                        response=json.dumps(
                            {"error": {"code": "context_length_exceeded", "message": overflow.message}}
                            | {"limit": overflow.limit, "requested": overflow.requested},
                            ensure_ascii=False,
                        ),
                        prompt_tokens=overflow.requested,
                        completion_tokens=0,
                        latency_s=round(time.perf_counter() - started, 3),
                    )
                raise
            except _Unsupported:
                following = MODES.index(mode) + 1
                if following >= len(MODES):
                    raise LLMError("the server rejects every output mode", source=self.base_url) from None
                mode = MODES[following]
                continue
            break
        with _discovered_lock:
            _discovered[self.base_url] = mode
        return completion, latency, mode, request

    def _from_cache(
        self, response: str, prompt_tokens: int | None, completion_tokens: int | None, messages: list[Message]
    ) -> Completion:
        try:
            data = json.loads(response)
            if (data.get("error") or {}).get("code") == "context_length_exceeded":
                raise ContextOverflow(
                    data["error"].get("message", "the prompt does not fit the model's context"),
                    source=self.base_url,
                    limit=data.get("limit"),
                    requested=data.get("requested"),
                    messages=messages,
                )
            choice = (data.get("choices") or [{}])[0]
            content = (choice.get("message") or {}).get("content") or ""
            finish = choice.get("finish_reason")
        except (ValueError, AttributeError, IndexError):
            content, finish = response, None
        return Completion(content, finish, prompt_tokens, completion_tokens, cached=True)

    def _with_retries(self, request: dict[str, Any]) -> tuple[Any, float]:
        """Send with bounded retries; returns (ChatCompletion, seconds) or raises."""
        failures: list[_Transient] = []
        for attempt in range(1, self.max_attempts + 1):
            try:
                return self._send(request)
            except _Transient as failure:
                failures.append(failure)
                if attempt == self.max_attempts:
                    break
                if failure.retry_after is not None and failure.retry_after > self.max_retry_after:
                    raise LLMError(
                        f"the server asks to retry after {failure.retry_after:.0f} s ({failure.reason})",
                        source=self.base_url,
                    ) from None
                self.stats.add(retries=1)
                self._sleep(self._delay(attempt, failure.retry_after))
        last = failures[-1]
        if all(failure.connection for failure in failures):
            raise LLMSetupError(
                f"cannot reach the LLM server ({last.reason}) after {len(failures)} attempts; "
                "is it running, and is --base-url right?",
                source=self.base_url,
            )
        raise LLMError(f"no answer after {len(failures)} attempts ({last.reason})", source=self.base_url)

    def _delay(self, attempt: int, retry_after: float | None) -> float:
        """Retry-After when the server gives one; else exponential backoff with equal jitter."""
        if retry_after is not None:
            return retry_after
        ceiling = min(self.max_backoff, self.backoff * 2 ** (attempt - 1))
        return float(ceiling / 2 + random.uniform(0, ceiling / 2))  # jitter: clients retrying together spread out

    def _send(self, request: dict[str, Any]) -> tuple[Any, float]:
        import openai

        with self._slots:
            with self._in_flight_lock:
                self._in_flight += 1
                self.stats.in_flight_peak = max(self.stats.in_flight_peak, self._in_flight)
            self.stats.add(requests=1)
            started = time.perf_counter()
            try:
                completion = self._openai.chat.completions.create(**request)
            except openai.APITimeoutError:
                raise _Transient(f"no answer within {self.settings.timeout:g} s") from None
            except openai.APIConnectionError as exc:
                cause = exc.__cause__ or exc
                # refused or no such host: unreachable; a connection dropped mid-answer is a fault to retry
                refused = type(cause).__name__ == "ConnectError"
                raise _Transient(_short(f"{type(cause).__name__}: {cause}"), connection=refused) from None
            except openai.APIStatusError as exc:
                self._status_error(exc, request)
                raise  # unreachable: _status_error always raises
            except openai.APIError as exc:  # a body that is not a chat completion
                raise LLMError(_short(f"unreadable answer: {exc}"), source=self.base_url) from None
            finally:
                with self._in_flight_lock:
                    self._in_flight -= 1
            return completion, time.perf_counter() - started

    def _status_error(self, exc: openai.APIStatusError, request: dict[str, Any]) -> None:
        status = exc.status_code
        text = _error_text(exc)
        reason = _short(f"HTTP {status}: {text}")
        if status == 429:
            raise _Transient(reason, retry_after=retry_after_seconds(exc.response.headers.get("retry-after")))
        if status in (400, 413, 422, 500) and _CONTEXT.search(text) and "token" in text.lower():
            limit = _LIMIT.search(text)
            prompt = _PROMPT_TOKENS.search(text) or _REQUESTED.search(text)
            body = exc.body if isinstance(exc.body, dict) else {}
            # llama.cpp's server also gives both numbers as fields of its error object
            size, asked = body.get("n_ctx"), body.get("n_prompt_tokens")
            if not isinstance(size, int):
                size = int(limit.group(1)) if limit else None
            if not isinstance(asked, int):
                asked = int(next(g for g in prompt.groups() if g)) if prompt else None
            raise ContextOverflow(
                f"the prompt does not fit the model's context ({reason})",
                source=self.base_url,
                limit=size,
                requested=asked,
                messages=request["messages"],
            )
        if "response_format" in request and status in (400, 404, 415, 422, 500, 501) and _UNSUPPORTED.search(text):
            raise _Unsupported(reason)
        if status in (401, 403):
            raise LLMSetupError(f"the server refused the API key ({reason})", source=self.base_url)
        if status == 404:
            raise LLMSetupError(
                f"not found ({reason}); check --base-url (most servers end in /v1) and --model",
                source=self.base_url,
            )
        if status >= 500 or status == 408:
            raise _Transient(reason)
        raise LLMError(f"the server rejected the request ({reason})", source=self.base_url)
