"""The messages sent to the model: prompt files from `engines/prompts/*.txt` filled in, the
article numbered ([n] …) and fenced as data that cannot close its fence."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache
from importlib import resources
from string import Template

from citebrief.engines.llm.answers import MAX_POINTS_PER_PART, DraftPoint
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
    return re.sub(
        r"</?\s*(article|points)\s*>", lambda m: m.group(0).replace("<", "‹").replace(">", "›"), text, flags=re.I
    )


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


def map_messages(document: Document, part: Sequence[Segment], lang: Lang) -> list[Message]:
    system = prompt("map_system").substitute(
        language=LANGUAGE_NAMES[lang],
        max_points=MAX_POINTS_PER_PART,
        first=part[0].n,
        last=part[-1].n,
        glossary=glossary_block(document, part, lang),
    )
    user = prompt("brief_user").substitute(title=_fence_safe(document.title or "(none)"), paragraphs=numbered(part))
    return [{"role": "system", "content": system}, {"role": "user", "content": user}]


def reduce_messages(document: Document, points: Sequence[DraftPoint], lang: Lang, groups: int | None) -> list[Message]:
    last = len(document.segments)
    system = prompt("reduce_system").substitute(
        language=LANGUAGE_NAMES[lang], groups_rule=groups_rule(last, groups), last=last
    )
    lines = "\n".join(f"- {_fence_safe(p.text)} {''.join(f'[{n}]' for n in p.citations)}" for p in points)
    user = prompt("reduce_user").substitute(title=_fence_safe(document.title or "(none)"), points=lines)
    return [{"role": "system", "content": system}, {"role": "user", "content": user}]


def repair_message(error: str) -> Message:
    return {"role": "user", "content": prompt("repair").substitute(error=error)}
