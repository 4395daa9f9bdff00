"""Which part of a section a paragraph stands under, for a title that names the parts its bullets
come from ("组织保障：组织领导、督促检查、经费投入").

A paragraph between two numbered parts goes on the part before it. After a section's last part,
it does so only where that part is a bare heading ("（三）队伍建设", its text below it): an item
that states its point on its own line ("（二十三）加强队伍建设。高素质的执法人员是……") ends there,
and the unnumbered paragraph after it closes the section ("各地区、各部门要于2019年3月底前制定……
实施方案"), which a title naming 队伍建设 would misname (readers: a label no bullet is on).
"""

from __future__ import annotations

from collections.abc import Sequence

from citebrief.text.outline import item_marker


def _states_point(text: str) -> bool:
    """Whether a part's paragraph says more than its heading: a sentence after its label."""
    marker = item_marker(text)
    body = text[marker.end() :] if marker else text
    stop = body.find("。")
    return 0 <= stop < len(body.rstrip()) - 1


def part_of(paragraph: int, parts: Sequence[tuple[int, str]], texts: Sequence[str]) -> str:
    """The name of the part (`parts`: each part's 0-based paragraph and name, in order, of one
    section) `paragraph` stands under; '' where none: before the first part, or after a last part
    that states its point on its own line (`texts`: every paragraph's text)."""
    owner = next((k for k in range(len(parts) - 1, -1, -1) if parts[k][0] <= paragraph), -1)
    if owner < 0:
        return ""
    start, name = parts[owner]
    last = owner == len(parts) - 1
    if last and paragraph > start and 0 <= start < len(texts) and _states_point(texts[start]):
        return ""
    return name
