"""The reference layout: title, source line, blank line, `Group k: title` and `- bullet [n]` lines."""

from __future__ import annotations

from citebrief.model import Brief, Point


def citation_marks(point: Point) -> str:
    return "".join(f"[{n}]" for n in point.citations)


def render_text(brief: Brief) -> str:
    lines: list[str] = []
    if brief.title:
        lines.append(brief.title)
    if brief.source_line:
        lines.append(brief.source_line)
    if lines:
        lines.append("")
    for k, group in enumerate(brief.groups, start=1):
        lines.append(f"Group {k}: {group.title}" if group.title else f"Group {k}")
        lines.extend(f"- {point.text} {citation_marks(point)}" for point in group.points)
    return "\n".join(lines) + "\n"
