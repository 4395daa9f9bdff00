"""How much article one call carries, and what a run would spend: context windows by model name,
the input budget, --dry-run's estimate of every request (map, reduce, verify's judge)."""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from citebrief.engines.llm.answers import DraftPoint, brief_schema, points_schema
from citebrief.engines.llm.parts import estimate_tokens, plan_parts, section_of
from citebrief.engines.llm.prompts import brief_messages, groups_most, map_messages, reduce_messages
from citebrief.engines.llm_client import ContextOverflow, Message, request_key
from citebrief.judge import JUDGE_SYSTEM, judge_max_tokens
from citebrief.model import Document, Lang
from citebrief.text.structure import says_something

if TYPE_CHECKING:
    from citebrief.llm_config import LLMSettings
    from citebrief.options import BriefOptions
    from citebrief.store import Store

MAP_MAX_TOKENS = 800  # six short points and their citations
POINT_TOKENS = 45  # one key point with its section label and citations, in the reduce prompt
CLAIM_TOKENS = 40  # one bullet and its JSON around it, in the judge prompt
POINTS_PER_GROUP = 3  # the judge sees every bullet: at most 3 a group
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


def context_window(model: str) -> int:
    name = model.lower().rsplit("/", 1)[-1]
    return next((size for prefix, size in CONTEXT_WINDOWS if name.startswith(prefix)), DEFAULT_CONTEXT)


def default_input_budget(model: str, max_output_tokens: int) -> int:
    """Tokens of numbered article one call may carry, fitted to the model's context window."""
    room = context_window(model) - max_output_tokens - PROMPT_RESERVE
    return max(MIN_BUDGET, min(MAX_SINGLE_CALL, room))


@dataclass(frozen=True)
class Estimate:
    """What a run would spend, counted before it spends anything (--dry-run)."""

    requests: int
    prompt_tokens: int
    max_completion_tokens: int
    parts: int
    cached: int = 0
    stored: bool = False
    judge: bool = False  # verify's judge request is counted in (bullets in another language)


def _judge_estimate(document: Document, groups: int | None) -> tuple[int, int]:
    """Prompt and completion tokens of verify's judge request: every bullet the brief may have,
    each with its cited paragraphs (about one and a half of the article's average)."""
    bullets = groups_most(len(document.segments), groups) * POINTS_PER_GROUP
    texts = [s.text for s in document.segments]
    body = [texts[i] for i in says_something(texts, document.lang)] or texts
    paragraph = sum(estimate_tokens(t) for t in body) / max(1, len(body))
    prompt = estimate_tokens(JUDGE_SYSTEM) + bullets * (CLAIM_TOKENS + math.ceil(1.5 * paragraph))
    return prompt, judge_max_tokens(bullets)


def estimate(document: Document, options: BriefOptions, settings: LLMSettings, store: Store | None = None) -> Estimate:
    """Every request a run would make (no repairs, no retries), cache hits left out: the map
    calls and the reduce call of a long article, or its one call, and verify's judge request
    when the bullets are in another language than the article."""
    if store is not None and store.find_brief(document.id, options.engine, options.key()) is not None:
        return Estimate(0, 0, 0, 0, stored=True)
    lang: Lang = options.lang or document.lang
    model = settings.model or ""
    max_output = settings.max_output_tokens
    budget = options.max_input_tokens or default_input_budget(model, max_output)
    parts = plan_parts(document, budget, groups_most(len(document.segments), options.groups))
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
                    points_schema(part.numbers[0], part.numbers[-1], part.max_points),
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
    if len(parts) > 1:  # the grouping call: its instructions, and every point the parts may give
        points = sum(part.max_points for part in parts)
        placeholder = [DraftPoint(text="…", citations=[1])]
        instructions = reduce_messages(document, placeholder, lang, options.groups, section_of(document))
        requests += 1
        prompt_tokens += sum(estimate_tokens(m["content"]) for m in instructions) + POINT_TOKENS * points
        completion += max_output
    if options.verify and lang != document.lang:  # verify's judge: one request per brief, never cached ahead
        prompt, most = _judge_estimate(document, options.groups)
        requests += 1
        prompt_tokens += prompt
        completion += most
    judged = options.verify and lang != document.lang
    return Estimate(requests, prompt_tokens, completion, len(parts), cached=cached, judge=judged)


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
