"""A Chinese policy group under a heading any document has ("基本原则", "组织实施", "总体要求")
titled with the labels its bullets open on: "基本原则：依法规范、改革创新、统筹协调".

A policy's parts often set their points as "label。text" ("坚持依法规范。全面履行法定职责……",
"建立治理工作协调机制。成立……工作小组"), unnumbered, so the outline reads no parts in them and
the group keeps the bare heading: "基本原则" says which part of the document, not what is in it,
and readers mark such a title down as generic. The labels are the author's own names for the
points, each one on a bullet the reader sees; listed after the heading (as the headings of
numbered parts already are: "组织保障：组织领导、经费投入、队伍建设") they say what the group holds.
"""

from __future__ import annotations

from citebrief.text.headings import heading_phrase
from citebrief.text.lazy_re import LazyPattern
from citebrief.text.outline import item_marker

MIN_LABELS = 2  # one label names one bullet, not the group
MAX_LABELS = 3
MAX_LABEL = 10  # characters of one label's name, at most
MAX_LABELS_CHARS = 18  # the names together, at most
# a paragraph's opening label: a few characters of one clause, then a full stop and the point
_LABEL = LazyPattern(r"^([\u4e00-\u9fff]{2,12})。")
MAX_SKIPPED = 4  # characters of the point the bullet may leave off its start ("同时，")
OPENING = 6  # characters of a bullet that find it in its paragraph
# a principle's frame ("坚持依法规范"): the principle is what follows
_FRAMES = ("坚持",)
MIN_NAME = 2


def _label(bullet: str, paragraph: str) -> str:
    """The name of the label `paragraph` opens on ("坚持改革创新。……" → "改革创新"), where
    `bullet` is the point right after it; '' where there is none."""
    marker = item_marker(paragraph)
    text = paragraph[marker.end() :] if marker else paragraph
    found = _LABEL.match(text)
    if found is None or not 0 <= text.find(bullet[:OPENING], found.end()) - found.end() <= MAX_SKIPPED:
        return ""
    name = heading_phrase(found.group(1), "zh")
    for frame in _FRAMES:
        if name.startswith(frame) and len(name) - len(frame) >= MIN_NAME:
            name = name[len(frame) :]
    return name


def labelled_title(heading: str, bullets: list[str], paragraphs: list[str]) -> str:
    """`heading` followed by the labels its bullets are the points of, where two or three of
    them are and the names are short and not the heading again; else `heading` as it is.
    `paragraphs`: each bullet's paragraph."""
    names: list[str] = []
    for bullet, paragraph in zip(bullets, paragraphs, strict=True):
        name = _label(bullet, paragraph)
        if name and name != heading and name not in names:
            names.append(name)
    if not MIN_LABELS <= len(names) <= MAX_LABELS:
        return heading
    if any(len(n) > MAX_LABEL for n in names) or sum(map(len, names)) > MAX_LABELS_CHARS:
        return heading
    return heading + "：" + "、".join(names)
