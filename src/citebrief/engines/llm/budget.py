"""How much article one call carries, and what a run would spend: token estimates, context
windows by model name, the article cut into parts of whole paragraphs, --dry-run's estimate."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from citebrief.engines.llm.answers import MAX_POINTS_PER_PART, brief_schema, points_schema
from citebrief.engines.llm.prompts import brief_messages, map_messages
from citebrief.engines.llm_client import ContextOverflow, Message, request_key
from citebrief.model import Document, Lang, Segment

if TYPE_CHECKING:
    from citebrief.llm_config import LLMSettings
    from citebrief.options import BriefOptions
    from citebrief.store import Store

MAP_MAX_TOKENS = 800  # five short points and their citations
PROMPT_RESERVE = 600  # tokens of instructions and fences around the article
MAX_SINGLE_CALL = 16_000  # past this a brief of 8 groups cannot do an article justice in one pass
MIN_BUDGET = 200
DEFAULT_CONTEXT = 8192
# context windows by model-name prefix (lower case); a server that says less is believed (re-plan)
CONTEXT_WINDOWS: tuple[tuple[str, int], ...] = (
    ("gpt-4.1", 1_000_000),
    ("gpt-4o", 128_000),
    ("gpt-5", 400_000),
    ("o1", 200_000),
    ("o3", 200_000),
    ("o4", 200_000),
    ("deepseek", 64_000),
    ("qwen", 32_768),
    ("llama-3", 128_000),
    ("llama3", 128_000),
    ("gemma-3", 32_768),
    ("gemma3", 32_768),
    ("mistral", 32_768),
    ("smollm2", 8192),
)


def estimate_tokens(text: str) -> int:
    """About how many tokens a text is: a Han character about one, English about four characters
    a token. An estimate for planning and --dry-run; the server's count is what --stats shows."""
    cjk = sum(1 for ch in text if "\u2e80" <= ch <= "\u9fff" or "\uf900" <= ch <= "\uffef")
    return cjk + math.ceil((len(text) - cjk) / 4)


def context_window(model: str) -> int:
    name = model.lower().rsplit("/", 1)[-1]
    return next((size for prefix, size in CONTEXT_WINDOWS if name.startswith(prefix)), DEFAULT_CONTEXT)


def default_input_budget(model: str, max_output_tokens: int) -> int:
    """Tokens of numbered article one call may carry, fitted to the model's context window."""
    room = context_window(model) - max_output_tokens - PROMPT_RESERVE
    return max(MIN_BUDGET, min(MAX_SINGLE_CALL, room))


def _split_paragraph(segment: Segment, budget: int) -> list[Segment]:
    """A paragraph longer than a whole part, cut at sentence ends; every piece keeps its number."""
    pieces: list[Segment] = []
    current: list[str] = []
    for sentence in segment.sentences or []:
        if current and estimate_tokens(" ".join([*current, sentence.text])) > budget:
            pieces.append(segment.model_copy(update={"text": " ".join(current), "sentences": []}))
            current = []
        current.append(sentence.text)
    if current:
        pieces.append(segment.model_copy(update={"text": " ".join(current), "sentences": []}))
    return pieces or [segment]


def plan_parts(segments: Sequence[Segment], budget: int) -> list[list[Segment]]:
    """The article in parts of whole paragraphs, each about the same size and within `budget`
    tokens; one part when it all fits."""
    sizes = [estimate_tokens(f"[{s.n}] {s.text}\n") for s in segments]
    total = sum(sizes)
    if total <= budget:
        return [list(segments)]
    count = math.ceil(total / budget)
    target = min(budget, math.ceil(total / count))
    parts: list[list[Segment]] = []
    current: list[Segment] = []
    size = 0
    for segment, tokens in zip(segments, sizes, strict=True):
        if tokens > budget:
            if current:
                parts.append(current)
                current, size = [], 0
            parts.extend([piece] for piece in _split_paragraph(segment, budget))
            continue
        if current and (size + tokens > budget or size >= target):
            parts.append(current)
            current, size = [], 0
        current.append(segment)
        size += tokens
    if current:
        parts.append(current)
    return parts


@dataclass(frozen=True)
class Estimate:
    """What a run would spend, counted before it spends anything (--dry-run)."""

    requests: int
    prompt_tokens: int
    max_completion_tokens: int
    parts: int
    cached: int = 0
    stored: bool = False


def estimate(document: Document, options: BriefOptions, settings: LLMSettings, store: Store | None = None) -> Estimate:
    """Requests and tokens of briefing `document` (no repairs, no retries), cache hits left out."""
    if store is not None and store.find_brief(document.id, options.engine, options.key()) is not None:
        return Estimate(0, 0, 0, 0, stored=True)
    lang: Lang = options.lang or document.lang
    model = settings.model or ""
    max_output = settings.max_output_tokens
    budget = options.max_input_tokens or default_input_budget(model, max_output)
    parts = plan_parts(document.segments, budget)
    calls: list[tuple[list[Message], dict[str, Any], int]] = []
    if len(parts) == 1:
        calls.append(
            (
                brief_messages(document, lang, options.groups),
                brief_schema(len(document.segments), options.groups),
                max_output,
            )
        )
    else:
        for part in parts:
            calls.append(
                (
                    map_messages(document, part, lang),
                    points_schema(part[0].n, part[-1].n),
                    min(MAP_MAX_TOKENS, max_output),
                )
            )
    requests = prompt_tokens = completion = cached = 0
    for messages, schema, max_tokens in calls:
        key = request_key(settings.base_url, model, messages, schema=schema, max_tokens=max_tokens)
        if store is not None and store.cached_response(key) is not None:
            cached += 1
            continue
        requests += 1
        prompt_tokens += sum(estimate_tokens(m["content"]) for m in messages)
        completion += max_tokens
    if len(parts) > 1:  # the grouping call: about 40 tokens a point
        requests += 1
        prompt_tokens += PROMPT_RESERVE + 40 * MAX_POINTS_PER_PART * len(parts)
        completion += max_output
    return Estimate(requests, prompt_tokens, completion, len(parts), cached=cached)


def smaller_budget(budget: int, overflow: ContextOverflow, max_output: int) -> int:
    """A budget that fits the context the server reported, else half the last one.

    The server counts the prompt that did not fit in its own tokens; beside our estimate of the
    same prompt that gives its tokenizer's rate, and so how much article fits beside the
    instructions and the answer (with a tenth to spare)."""
    estimated = sum(estimate_tokens(m["content"]) for m in overflow.messages)
    if not (overflow.limit and overflow.requested and estimated):
        return budget // 2
    rate = overflow.requested / estimated  # server tokens per estimated token
    instructions = sum(estimate_tokens(m["content"]) for m in overflow.messages if m["role"] == "system")
    fitted = int((overflow.limit - max_output) / rate * 0.9) - instructions - 50
    return min(fitted, budget * 9 // 10)
