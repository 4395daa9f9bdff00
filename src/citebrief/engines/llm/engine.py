"""The llm engine itself: one brief of one document — the calls (whole or map-reduce), one
repair round for an unusable answer, the extractive fallback — and the verify stage's judge."""

from __future__ import annotations

import re
import threading
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor, wait
from typing import TYPE_CHECKING, Any

from citebrief.engines.llm.answers import (
    AnswerError,
    DraftBrief,
    DraftPoint,
    DraftPoints,
    T,
    brief_schema,
    check_citations,
    check_claims,
    check_language,
    check_lengths,
    check_planted,
    cut_long,
    instruction_paragraphs,
    json_text,
    parse_answer,
    points_schema,
)
from citebrief.engines.llm.budget import MAP_MAX_TOKENS, MIN_BUDGET, default_input_budget, smaller_budget
from citebrief.engines.llm.parts import Part, plan_parts, section_of
from citebrief.engines.llm.prompts import brief_messages, groups_most, map_messages, reduce_messages, repair_message
from citebrief.engines.llm_client import Completion, ContextOverflow, LLMClient, Message
from citebrief.errors import LLMError, LLMSetupError
from citebrief.model import Brief, Document, Group, Lang, Point

if TYPE_CHECKING:
    from citebrief.judge import Judge, Judgement, JudgeRequest
    from citebrief.options import BriefOptions
    from citebrief.store import Store

ENGINE_NAME = "llm"
FALLBACK_PREFIX = "extractive (fallback from llm"


class _Writer:
    """One brief of one document: the calls, their checks and the one repair each may get."""

    def __init__(self, document: Document, options: BriefOptions, client: LLMClient, store: Store | None) -> None:
        self.document = document
        self.options = options
        self.client = client
        self.store = store
        self.lang: Lang = options.lang or document.lang
        self.planted = instruction_paragraphs(document)
        self.max_output = client.settings.max_output_tokens
        self.notes: list[str] = []  # what the brief's warnings must say: points cut, trimmed or left out

    def ask(
        self,
        messages: list[Message],
        *,
        schema: dict[str, Any],
        name: str,
        max_tokens: int,
        validate: Callable[[Completion, bool], T],
    ) -> T:
        """One call, validated; one repair round with the exact error; LLMError if still unusable.
        `validate(answer, final)`: on the repair's answer (`final`) a point over the word limit is
        cut at a clause boundary rather than failing the brief."""
        answer = self.client.complete(
            messages, schema=schema, schema_name=name, max_tokens=max_tokens, store=self.store
        )
        try:
            return validate(answer, False)
        except AnswerError as error:
            first = str(error)
        self.client.stats.add(repairs=1)
        again = [*messages, {"role": "assistant", "content": answer.content}, repair_message(first)]
        answer = self.client.complete(again, schema=schema, schema_name=name, max_tokens=max_tokens, store=self.store)
        try:
            return validate(answer, True)
        except AnswerError as error:
            raise LLMError(f"unusable answer after one repair: {error}", source=self.document.origin) from None

    def _shortened(self, located: list[tuple[str, DraftPoint]], final: bool) -> None:
        """The 30-word rule: back to the model once; after that, cut at a clause boundary (noted)."""
        if not final:
            check_lengths(located)
            return
        for where, point in located:
            cut = cut_long(point.text)
            if cut != point.text:
                self.notes.append(f"a point over the word limit after the repair round was cut ({where}): {cut}")
                point.text = cut

    def _checked_brief(self, completion: Completion, final: bool) -> DraftBrief:
        draft = parse_answer(completion, DraftBrief)
        groups = self.options.groups
        if groups is not None and len(draft.groups) != groups:
            raise AnswerError(f"the brief has {len(draft.groups)} groups; write exactly {groups}")
        located = [
            (f"group {g} point {p}", point)
            for g, group in enumerate(draft.groups, 1)
            for p, point in enumerate(group.points, 1)
        ]
        check_citations(located, [s.n for s in self.document.segments], "the article")
        check_claims(located, [group.title for group in draft.groups])
        texts = [group.title for group in draft.groups] + [point.text for _, point in located]
        check_language(texts, self.lang)
        check_planted(texts, self.document, self.planted)
        self._shortened(located, final)
        return draft

    def _checked_points(self, part: Part) -> Callable[[Completion, bool], DraftPoints]:
        def validate(completion: Completion, final: bool) -> DraftPoints:
            draft = parse_answer(completion, DraftPoints)
            located = [(f"point {p}", point) for p, point in enumerate(draft.points, 1)]
            check_citations(located, part.numbers, "this part")
            check_claims(located, [])
            texts = [point.text for point in draft.points]
            check_language(texts, self.lang)
            check_planted(texts, self.document, self.planted)
            extra = len(draft.points) - part.max_points
            if extra > 0 and not final:
                raise AnswerError(f"{len(draft.points)} points; give at most {part.max_points}, the most important")
            if extra > 0:
                where = f"part {part.k} of {part.total}"
                self.notes.append(f"{where} gave {extra} point(s) past its {part.max_points}; dropped")
            self._shortened(located[: part.max_points], final)
            return DraftPoints(points=draft.points[: part.max_points])

        return validate

    def write(self, budget: int) -> DraftBrief:
        parts = plan_parts(self.document, budget, groups_most(len(self.document.segments), self.options.groups))
        last = len(self.document.segments)
        self.notes = []
        if len(parts) == 1:
            return self.ask(
                brief_messages(self.document, self.lang, self.options.groups),
                schema=brief_schema(last, self.options.groups),
                name="brief",
                max_tokens=self.max_output,
                validate=self._checked_brief,
            )

        failed = threading.Event()

        def map_part(part: Part) -> DraftPoints | None:
            if failed.is_set():  # another part failed: the brief falls back, this one is not worth paying for
                return None
            try:
                return self._map(part)
            except BaseException:
                failed.set()
                raise

        workers = min(len(parts), self.client.max_in_flight)
        with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="citebrief-map") as pool:
            futures = [pool.submit(map_part, part) for part in parts]
            wait(futures)
        for future in futures:  # the first part that failed, in part order, says why
            if future.exception() is not None:
                future.result()
        points = [point for future in futures if (answer := future.result()) for point in answer.points]
        draft = self.ask(
            reduce_messages(self.document, points, self.lang, self.options.groups, section_of(self.document)),
            schema=brief_schema(last, self.options.groups),
            name="brief",
            max_tokens=self.max_output,
            validate=self._checked_brief,
        )
        self.notes += left_out(points, draft)
        return draft

    def _map(self, part: Part) -> DraftPoints:
        return self.ask(
            map_messages(self.document, part, self.lang),
            schema=points_schema(part.numbers[0], part.numbers[-1], part.max_points),
            name="points",
            max_tokens=min(MAP_MAX_TOKENS, self.max_output),
            validate=self._checked_points(part),
        )


# "Group 2: Funding" from a model that copied the layout: the renderer writes "Group 2: " itself
_REPEATED_GROUP = re.compile(r"^group\s*\d+\s*[:：.\-–]\s*", re.IGNORECASE)


def left_out(points: Sequence[DraftPoint], draft: DraftBrief) -> list[str]:
    """The key points of the parts that no bullet of the brief cites any paragraph of: said, not
    silently dropped."""
    cited = {n for group in draft.groups for point in group.points for n in point.citations}
    missing = [point for point in points if not cited.intersection(point.citations)]
    if not missing:
        return []
    where = "".join(f"[{point.citations[0]}]" for point in missing)
    return [f"the brief leaves out {len(missing)} of the parts' {len(points)} key points (paragraphs {where})"]


def _brief_from(draft: DraftBrief, document: Document, lang: Lang, warnings: list[str]) -> Brief:
    groups = [
        Group(
            title=_REPEATED_GROUP.sub("", " ".join(group.title.split())) or group.title.strip(),
            points=[Point(text=point.text, citations=sorted(set(point.citations))) for point in group.points],
        )
        for group in draft.groups
    ]
    translated = " ".join((draft.title or "").split())
    if translated.casefold().startswith("the article's title"):  # the prompt's example, copied back
        translated = ""
    return Brief(
        document_id=document.id,
        translated_title=translated if translated and lang != document.lang and document.title else None,
        lang=lang,
        engine=ENGINE_NAME,
        groups=groups,
        warnings=warnings,
    )


def fallback(document: Document, options: BriefOptions, reason: str) -> Brief:
    """The extractive brief, marked as a fallback, in the article's own language."""
    from citebrief.engines.extractive import draft_extractive

    reason = " ".join(reason.split())
    reason = reason if len(reason) <= 200 else reason[:199] + "…"
    brief = draft_extractive(document, groups=options.groups)
    warning = (
        f"the LLM engine gave no usable brief ({reason}); this brief is extractive, "
        f"in the article's language ({document.lang})"
    )
    return brief.model_copy(update={"engine": f"{FALLBACK_PREFIX}: {reason})", "warnings": [warning, *brief.warnings]})


def draft_llm(
    document: Document, options: BriefOptions, *, store: Store | None = None, client: LLMClient | None = None
) -> Brief:
    """A brief by the model the options (or the environment, or the config file) name."""
    owned = client is None
    if client is None:
        from citebrief.llm_config import resolve

        client = LLMClient(resolve(base_url=options.base_url, model=options.model))
    try:
        writer = _Writer(document, options, client, store)
        budget = options.max_input_tokens or default_input_budget(client.model, writer.max_output)
        try:
            for _ in range(3):
                try:
                    draft = writer.write(budget)
                    break
                except ContextOverflow as overflow:
                    if overflow.limit:  # leave the prompt at least three quarters of a small context
                        writer.max_output = min(writer.max_output, max(128, overflow.limit // 4))
                    smaller = smaller_budget(budget, overflow, writer.max_output)
                    if smaller < MIN_BUDGET:
                        raise
                    budget = smaller
            else:
                raise LLMError("the article does not fit the model's context even in small parts")
        except LLMSetupError:
            raise
        except LLMError as error:
            client.stats.add(fallbacks=1)
            return fallback(document, options, error.message)
        warnings = [
            f"paragraph [{n}] reads like an instruction to a language model; it was briefed as article text"
            for n in writer.planted
        ] + writer.notes
        return _brief_from(draft, document, writer.lang, warnings)
    finally:
        if owned:
            client.close()


def llm_judge(client: LLMClient, store: Store | None = None) -> Judge:
    """The verify stage's cross-language judge (`citebrief.judge.Judge`) on this client: one
    cached request per brief, validated like every other answer."""
    from citebrief.judge import JUDGEMENTS_SCHEMA, judge_max_tokens, judge_messages, parse_judgements

    def judge(requests: Sequence[JudgeRequest], /) -> Sequence[Judgement]:
        answer = client.complete(
            judge_messages(requests),
            schema=dict(JUDGEMENTS_SCHEMA),
            schema_name="judgements",
            max_tokens=judge_max_tokens(len(requests)),
            store=store,
        )
        return parse_judgements(json_text(answer.content), len(requests))

    return judge
