"""A Chinese policy group under a heading any document has ("基本原则", "组织实施", "总体要求")
titled with the labels of the points its bullets quote: "基本原则：依法规范、改革创新、统筹协调".

A policy's parts often set their points as "label。text" ("坚持依法规范。全面履行法定职责……",
"建立治理工作协调机制。成立……工作小组"), unnumbered, so the outline reads no parts in them and
the group keeps the bare heading: "基本原则" says which part of the document, not what is in it,
and readers mark such a title down as generic. The labels are the author's own names for the
points the bullets quote; listed after the heading (as the headings of numbered parts already
are: "组织保障：组织领导、经费投入、队伍建设") they say what the group holds. A label the title
names is left off its bullet, whole or shorter ("坚持依法规范" as "依法规范": `cited_points`).
"""

from __future__ import annotations

from citebrief.text.headings import heading_phrase
from citebrief.text.lazy_re import LazyPattern
from citebrief.text.outline import item_marker
from citebrief.text.title_choice import is_generic_heading

MIN_LABELS = 2  # one label names one bullet, not the group
MAX_LABELS = 3
MAX_LABEL = 10  # characters of one label's name, at most
MAX_LABELS_CHARS = 18  # the names together, at most
# a paragraph's opening label: a few characters of one clause, then a full stop and the point;
# a principle's two ("坚持公益性导向，提高医疗服务效率。"), named by the first (of two clauses
# that open on anything else, the first may be a sentence's start: "各地要高度重视，精心组织。")
_LABEL = LazyPattern(r"^(?:(坚持[\u4e00-\u9fff]{2,10})，[\u4e00-\u9fff]{2,12}|([\u4e00-\u9fff]{2,12}))。")
MAX_SKIPPED = 4  # characters of the point the bullet may leave off its start ("同时，")
OPENING = 6  # characters of a bullet that find it in its paragraph
# a principle's frame ("坚持依法规范"): the principle is what follows
_FRAMES = ("坚持",)
MIN_NAME = 2


def _label(bullet: str, paragraph: str) -> tuple[str, bool]:
    """The name of the label `paragraph` opens on ("坚持改革创新。……" → "改革创新", "坚持公益性
    导向，提高医疗服务效率。" → "公益性导向"), '' where none or `bullet` is not in it; and whether
    `bullet` is the point right after the label."""
    marker = item_marker(paragraph)
    text = paragraph[marker.end() :] if marker else paragraph
    found = _LABEL.match(text)
    place = text.find(bullet[:OPENING], found.end()) if found is not None else -1
    if found is None or place < 0:
        return "", False
    name = heading_phrase(found.group(1) or found.group(2), "zh")
    for frame in _FRAMES:
        if name.startswith(frame) and len(name) - len(frame) >= MIN_NAME:
            name = name[len(frame) :]
    return name, place - found.end() <= MAX_SKIPPED


def labelled_title(heading: str, bullets: list[str], paragraphs: list[str]) -> str:
    """`heading` followed by the labels of the paragraphs its bullets come from, where two or
    three are and the names are short and not the heading again; where they are more, the labels
    its bullets are the points of (right after them); else `heading` as it is. `paragraphs`:
    each bullet's paragraph."""
    found = [_label(bullet, paragraph) for bullet, paragraph in zip(bullets, paragraphs, strict=True)]
    for names in ([n for n, _ in found], [n for n, right_after in found if right_after]):
        listed = list(dict.fromkeys(n for n in names if n and n != heading))
        if _fits(listed):
            return heading + "：" + "、".join(listed)
    return heading


def _fits(names: list[str]) -> bool:
    """Whether labels' names list what a group holds in its title: a few, each short."""
    return (
        MIN_LABELS <= len(names) <= MAX_LABELS
        and all(len(n) <= MAX_LABEL for n in names)
        and sum(map(len, names)) <= MAX_LABELS_CHARS
    )


def labelled_part(title: str, bullets: list[str], paragraphs: list[str]) -> str:
    """A section's heading with the one part its bullets come from, both headings any document
    has ("总体要求：基本原则"), titled as that part with its points' labels ("基本原则：问题导向、开放融合、
    平稳有序"): two generic headings say where in the document, the labels what the group holds.
    `title` as it is where the part is not generic or its bullets' paragraphs list no labels."""
    _, colon, part = title.partition("：")
    if not colon or "、" in part or not is_generic_heading(part):
        return title
    labelled = labelled_title(part, bullets, paragraphs)
    return labelled if labelled != part else title
