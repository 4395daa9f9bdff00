"""The reference layout: title, source line, blank line, `Group k: title` and `- bullet [n]` lines."""

from __future__ import annotations

from citebrief.model import EN_OVERVIEW_LABEL, Brief, Lang, Point
from citebrief.text.layout import strip_full_stop

# said after the last group when [n] numbers passages cut from one block, not paragraphs: under
# the source line, blind readers took it for a leftover structure line opening the brief
PASSAGE_NOTE: dict[Lang, str] = {
    "zh": "注：原文为一整段，[n] 指从中切出的第 n 段，每段数句。",
    "en": "Note: the source is one block of text; [n] cites passage n, a few sentences cut from it.",
}


# the English overview's title as the engine writes it ("Key points: B.B. King's Dehydration"); the
# brief shows only the subject, since the overview is always Group 1 and blind readers called the
# label filler (stops 43 and 44). JSON keeps the whole title; the Chinese 核心要点 label stays shown,
# read as naming the theme ("核心要点：台风“杜苏芮”"). The label is `model.EN_OVERVIEW_LABEL`.


def shown_title(title: str, lang: Lang) -> str:
    """A group's title as a reader sees it: without the English overview label."""
    return title.removeprefix(EN_OVERVIEW_LABEL) if lang == "en" else title


# a source line that would open the brief alone, a bare site name with no title above it and no time
# beside it, is labelled: blind readers took a lone "CNN" over Group 1 for a stray header line (stop 46)
SOURCE_LABEL: dict[Lang, str] = {"zh": "来源：", "en": "Source: "}


def shown_source_line(brief: Brief) -> str | None:
    """The source line as a reader sees it: labelled where it is only a name heading the brief."""
    line = brief.source_line
    if line and not (brief.title or brief.translated_title) and "·" not in line:
        return SOURCE_LABEL[brief.lang] + line
    return line


def citation_marks(point: Point) -> str:
    return "".join(f"[{n}]" for n in point.citations)


def _one_line(text: str) -> str:
    """Every part of the layout is one line: newlines inside a title or a bullet become spaces."""
    return " ".join(text.split())


def render_text(brief: Brief) -> str:
    lines: list[str] = []
    title = brief.translated_title or brief.title
    if title:
        lines.append(_one_line(title))
    source = shown_source_line(brief)
    if source:
        lines.append(_one_line(source))
    if lines:
        lines.append("")
    for k, group in enumerate(brief.groups, start=1):
        title = _one_line(shown_title(group.title, brief.lang))
        lines.append(f"Group {k}: {title}" if title else f"Group {k}")
        lines.extend(f"- {strip_full_stop(_one_line(point.text))} {citation_marks(point)}" for point in group.points)
    if brief.citation_unit == "passage":
        lines += ["", PASSAGE_NOTE[brief.lang]]
    return "\n".join(lines) + "\n"
