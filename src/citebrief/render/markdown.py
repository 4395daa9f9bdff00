"""Markdown: the same layout, with headings and list items."""

from __future__ import annotations

import re

from citebrief.model import Brief
from citebrief.render.text import PASSAGE_NOTE, citation_marks, shown_source_line, shown_title
from citebrief.text.layout import strip_full_stop

_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]<>#|&~])")
_BLOCK_START = re.compile(r"^(\d{1,9})([.)])(?=\s|$)|^([-+=])(?=\s|$)")


def escape_markdown(text: str) -> str:
    """Article text must not turn into links, emphasis, lists or HTML in a Markdown viewer.

    Whitespace runs (newlines included) become one space, so a text stays one line; the
    punctuation Markdown acts on is backslash-escaped, and so is a list or heading marker at
    the start (`1.`, `-`, `+`, `=`).
    """
    escaped = _MARKDOWN_SPECIAL.sub(r"\\\1", " ".join(text.split()))
    return _BLOCK_START.sub(lambda m: f"{m[1]}\\{m[2]}" if m[1] else f"\\{m[3]}", escaped)


def render_markdown(brief: Brief) -> str:
    lines: list[str] = []
    if brief.translated_title and brief.title:  # --lang en: the title in English, the original under it
        lines += [f"# {escape_markdown(brief.translated_title)}", "", escape_markdown(brief.title), ""]
    elif brief.title:
        lines += [f"# {escape_markdown(brief.title)}", ""]
    source = shown_source_line(brief)
    if source:
        lines += [f"*{escape_markdown(source)}*", ""]
    for k, group in enumerate(brief.groups, start=1):
        title = f": {escape_markdown(shown_title(group.title, brief.lang))}" if group.title else ""
        lines += [f"## Group {k}{title}", ""]
        lines += [f"- {escape_markdown(strip_full_stop(point.text))} {citation_marks(point)}" for point in group.points]
        lines.append("")
    if brief.citation_unit == "passage":  # after the groups, as in the text layout
        lines += [f"*{escape_markdown(PASSAGE_NOTE[brief.lang])}*", ""]
    return "\n".join(lines).rstrip("\n") + "\n"
