"""A Chinese bullet gives each quotation it says both its marks.

Chinese news quotes a speaker over several sentences inside one pair of marks (镇长说：“……很远的路。
……方便多了。……连起来。”), and a quotation longer than a bullet stays cut at its sentences
(segment.py `_zh_join_quotes`), which the engine picks one by one: a bullet of the first opens a
quotation it never closes, one of the last closes a quotation it never opened (zh-news blind reads:
"one opens a quotation it never closes and the next closes one it never opened"). Where the
article goes on with the quotation past the bullet's end, the bullet closes it where it stops;
where the quotation was opened before the bullet's start, the bullet opens it where it starts
(after a speaker's label the brief put before it), as a writer quoting part of a speech does; a
sentence from the quotation's middle gets both marks rather than read as the writer's own claim.
Only where the article shows the quotation running on: a mark the article itself leaves unpaired
(为“……基地（河口）揭了牌。) stays as the article has it. Verify reads a bullet without the marks
it added (verify/index.py `_cores`).
"""

from __future__ import annotations

import operator

from citebrief.model import Document, Group, Point
from citebrief.text.speaker_label import ZH_SPEAKER_LABEL

OPEN, CLOSE = "“", "”"
EDGE_CHARS = 12  # of the bullet's start or end, found in the article: the bullet's own words there


def marks_paired(document: Document, groups: list[Group]) -> list[Group]:
    """`groups` with each Chinese bullet's quotation cut at its edges given its other mark."""
    if document.lang != "zh":
        return groups
    source = "\n".join(segment.text for segment in document.segments)
    result: list[Group] = []
    for group in groups:
        points = [_paired(point, source) for point in group.points]
        # most groups have no quotation cut at a bullet's edge: kept as they are
        same = all(map(operator.is_, points, group.points))
        result.append(group if same else group.model_copy(update={"points": points}))
    return result


def unpaired(text: str) -> tuple[int, int]:
    """The closing marks of `text` that close no quotation it opened, and the quotations it opens
    and leaves open: (1, 0) for "……注入了新动力。”", (0, 1) for "“我们……不断变迁。"."""
    depth = closes = 0
    for char in text:
        if char == OPEN:
            depth += 1
        elif char == CLOSE:
            if depth:
                depth -= 1
            else:
                closes += 1
    return closes, depth


def _paired(point: Point, source: str) -> Point:
    """The bullet, its quotation closed where it stops and opened where it starts (both or neither,
    for a quotation's middle sentence), each only where the article goes on with the quotation past
    the bullet's edge."""
    text = point.text.strip()
    middle = OPEN not in text and CLOSE not in text  # most bullets: no quotation, no article's either
    closes, opens = (1, 1) if middle else unpaired(text)
    if not closes and not opens:
        return point
    label = ZH_SPEAKER_LABEL.match(text)
    start = label.end() if label else 0
    opened = bool(closes) and _opened_before(text[start : start + EDGE_CHARS], source)
    closed = bool(opens) and _closed_after(text[-EDGE_CHARS:], source)
    if (middle and not (opened and closed)) or not (opened or closed):
        return point
    head = OPEN * closes if opened else ""
    return point.model_copy(update={"text": text[:start] + head + text[start:] + (CLOSE * opens if closed else "")})


def _last_mark(text: str) -> str:
    """The last quotation mark of `text`, "" where none."""
    return next((char for char in reversed(text) if char in (OPEN, CLOSE)), "")


def _first_mark(text: str) -> str:
    """The first quotation mark of `text`, "" where none."""
    return next((char for char in text if char in (OPEN, CLOSE)), "")


def _opened_before(head: str, source: str) -> bool:
    """The bullet's first words stand in the article inside a quotation opened before them."""
    where = source.find(head) if len(head) == EDGE_CHARS else -1
    return where > 0 and _last_mark(source[:where]) == OPEN


def _closed_after(tail: str, source: str) -> bool:
    """The bullet's last words stand in the article inside a quotation closed after them."""
    where = source.find(tail) if len(tail) == EDGE_CHARS else -1
    return where >= 0 and _first_mark(source[where + len(tail) :]) == CLOSE
