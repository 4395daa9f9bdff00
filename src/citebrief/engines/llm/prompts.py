"""The messages sent to the model: prompt files from `engines/prompts/*.txt` filled in, the
article numbered ([n] …) and fenced as data that cannot close its fence."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache
from importlib import resources
from string import Template

from citebrief.engines.llm.answers import MAX_POINT_WORDS, DraftPoint
from citebrief.engines.llm.parts import POINTS_PER_GROUP, Part
from citebrief.engines.llm_client import Message
from citebrief.model import Document, Lang, Segment

LANGUAGE_NAMES: dict[str, str] = {"en": "English", "zh": "Chinese (简体中文)"}
MAX_GLOSSARY_LINES = 40  # institutions, laws and programmes first, then the most frequent terms


@cache
def prompt(name: str) -> Template:
    """A prompt template from `prompts/<name>.txt` (placeholders are $names)."""
    return Template(resources.files("citebrief.engines").joinpath("prompts", f"{name}.txt").read_text("utf-8"))


def _fence_safe(text: str) -> str:
    """Article text cannot close the fence it sits in."""
    fence = r"</?\s*(article|points|context)\s*>"
    return re.sub(fence, lambda m: m.group(0).replace("<", "‹").replace(">", "›"), text, flags=re.I)


def numbered(segments: Sequence[Segment]) -> str:
    return "\n".join(f"[{s.n}] {_fence_safe(' '.join(s.text.split()))}" for s in segments)


def groups_rule(paragraphs: int, groups: int | None) -> str:
    if groups is not None:
        return f"Exactly {groups} group{'s' if groups > 1 else ''}."
    if paragraphs < 4:
        return "1 or 2 groups."
    if paragraphs < 8:
        return "2 or 3 groups."
    if paragraphs < 16:
        return "3 to 5 groups."
    return "5 to 8 groups."


def glossary_block(document: Document, segments: Sequence[Segment], lang: Lang) -> str:
    """The official English renderings of the names and terms these paragraphs use (an English
    brief of a Chinese article), for the end of the system message; empty otherwise."""
    if lang != "en" or document.lang != "zh":
        return ""
    from citebrief.glossary import default

    lines = default().for_prompt("\n".join(s.text for s in segments), MAX_GLOSSARY_LINES)
    if not lines:
        return ""
    return "\n\nOfficial English renderings of names and terms in this article (use them):\n" + "\n".join(
        f"- {line}" for line in lines
    )


def groups_most(paragraphs: int, groups: int | None) -> int:
    """The most groups `groups_rule` allows."""
    if groups is not None:
        return groups
    return 2 if paragraphs < 4 else 3 if paragraphs < 8 else 5 if paragraphs < 16 else 8


def brief_messages(document: Document, lang: Lang, groups: int | None) -> list[Message]:
    last = len(document.segments)
    system = prompt("brief_system").substitute(
        language=LANGUAGE_NAMES[lang],
        groups_rule=groups_rule(last, groups),
        last=last,
        glossary=glossary_block(document, document.segments, lang),
    )
    user = prompt("brief_user").substitute(
        title=_fence_safe(document.title or "(none)"), paragraphs=numbered(document.segments)
    )
    return [{"role": "system", "content": system}, {"role": "user", "content": user}]


def map_messages(document: Document, part: Part, lang: Lang) -> list[Message]:
    """One part of a long article: where it stands (part k of N, its sections), what is repeated
    before it as context, and how many points its substance is worth."""
    numbers = part.numbers
    sections = "; ".join(part.sections) if part.sections else "(the article's opening, before any heading)"
    system = prompt("map_system").substitute(
        language=LANGUAGE_NAMES[lang],
        max_points=part.max_points,
        points_word="point" if part.max_points == 1 else "points",
        first=numbers[0],
        last=numbers[-1],
        k=part.k,
        total=part.total,
        words=MAX_POINT_WORDS,
        glossary=glossary_block(document, part.segments, lang),
    )
    context = ""
    if part.context:
        context = (
            "Repeated from before this part, for context (the section's heading or a list's lead-in):\n"
            f"<context>\n{numbered(part.context)}\n</context>\n"
        )
    user = prompt("map_user").substitute(
        title=_fence_safe(document.title or "(none)"),
        k=part.k,
        total=part.total,
        sections=_fence_safe(sections),
        context=context,
        paragraphs=numbered(part.segments),
    )
    return [{"role": "system", "content": system}, {"role": "user", "content": user}]


def reduce_messages(
    document: Document,
    points: Sequence[DraftPoint],
    lang: Lang,
    groups: int | None,
    sections: dict[int, str] | None = None,
) -> list[Message]:
    """The grouping call: every key point with its citations and, where the article has an
    outline, the section it comes from ("(二、指标体系) …")."""
    last = len(document.segments)
    slots = groups_most(last, groups) * POINTS_PER_GROUP
    system = prompt("reduce_system").substitute(
        language=LANGUAGE_NAMES[lang],
        groups_rule=groups_rule(last, groups),
        last=last,
        count=len(points),
        slots=slots,
        words=MAX_POINT_WORDS,
    )
    lines = []
    for point in points:
        label = (sections or {}).get(point.citations[0], "")
        where = f"({_fence_safe(label)}) " if label else ""
        cited = "".join(f"[{n}]" for n in point.citations)
        lines.append(f"- {where}{_fence_safe(point.text)} {cited}")
    user = prompt("reduce_user").substitute(title=_fence_safe(document.title or "(none)"), points="\n".join(lines))
    return [{"role": "system", "content": system}, {"role": "user", "content": user}]


def repair_message(error: str) -> Message:
    return {"role": "user", "content": prompt("repair").substitute(error=error)}
