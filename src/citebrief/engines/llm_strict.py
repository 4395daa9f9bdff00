"""--strict for llm briefs: the model writes an unsupported bullet again.

The verify stage's `regenerate` hook (`citebrief.verify.Regenerate`): told why the bullet failed
and given only the paragraphs it cited (and those the check found its facts in), the model
answers one point; it is validated like every answer and checked again by verify, which keeps it
only if it is supported.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from citebrief.engines.llm.answers import (
    AnswerError,
    DraftPoint,
    _point_schema,
    check_citations,
    check_claims,
    check_language,
    parse_answer,
)
from citebrief.engines.llm.prompts import LANGUAGE_NAMES, _fence_safe, glossary_block, numbered, prompt
from citebrief.engines.llm_client import LLMClient, Message
from citebrief.errors import LLMError
from citebrief.model import Brief, Document, Group, Lang, Point

if TYPE_CHECKING:
    from citebrief.store import Store
    from citebrief.verify import Regenerate, SourceIndex


def regenerate_messages(
    document: Document, point: Point, reason: str, numbers: Sequence[int], lang: Lang
) -> list[Message]:
    """--strict: one unsupported point, why it failed, and the paragraphs it may cite."""
    part = [document.segment(n) for n in numbers]
    system = prompt("regenerate_system").substitute(
        language=LANGUAGE_NAMES[lang],
        first=numbers[0],
        numbers=", ".join(str(n) for n in numbers),
        glossary=glossary_block(document, part, lang),
    )
    user = prompt("regenerate_user").substitute(
        point=_fence_safe(point.text), reason=_fence_safe(reason), paragraphs=numbered(part)
    )
    return [{"role": "system", "content": system}, {"role": "user", "content": user}]


def point_schema(numbers: Sequence[int]) -> dict[str, Any]:
    schema = _point_schema(min(numbers), max(numbers))
    schema["properties"]["citations"]["items"] = {"type": "integer", "enum": list(numbers)}
    return schema


def llm_regenerate(client: LLMClient, document: Document, lang: Lang, store: Store | None = None) -> Regenerate:
    """The verify stage's --strict hook for llm briefs: the model writes an unsupported bullet
    again from its cited paragraphs (and those the check found it in), told why it failed; one
    cached request per bullet, validated like every answer. None when it cannot."""

    def regenerate(point: Point, group: Group, brief: Brief, index: SourceIndex, /) -> Point | None:
        verdict = point.support
        if verdict is None:
            return None
        numbers = sorted({n for n in [*point.citations, *verdict.found_in] if 1 <= n <= len(document.segments)})
        if not numbers:
            return None
        try:
            answer = client.complete(
                regenerate_messages(document, point, verdict.reason, numbers, lang),
                schema=point_schema(numbers),
                schema_name="point",
                max_tokens=min(client.settings.max_output_tokens, 400),
                store=store,
            )
            draft = parse_answer(answer, DraftPoint)
            check_citations([("the point", draft)], numbers, "the paragraphs given")
            check_claims([("the point", draft)], [])
            check_language([draft.text], lang)
        except (LLMError, AnswerError):
            return None
        return Point(text=draft.text, citations=sorted(set(draft.citations)))

    return regenerate
