"""A policy's measure keeps who delivers it. A document that lists measures ends each with its
owner: "……给予优先支持。（商务部负责）", "……告知承诺制。（负责部门：卫生健康委）", "……执飞西安机场。
（负责部门：民航局，适用范围：陕西自贸试验区）". The splitter cuts that parenthesis off as a sentence
of its own (or glues it to the next measure's opening, `lead_points.drop_owner_head`), and a
parenthesis alone is never a bullet (`text/data/lines.tsv`: attribution-parenthesis,
responsible-units), so every bullet lost its owner and the analyst who delivers it (blind reader,
zh-policy 19 and 24: coverage 3). A bullet that quotes a whole measure gets back the owner's
parenthesis that follows it in its paragraph, word for word (still one quote of the paragraph), where
half the brief's bullets or more get one: a tag or two among many untagged bullets ("……人员培训等服务。
（体育总局、民政部负责）", zh-policy 37) read to the stop-80 blind readers as clutter (`OWNER_SHARE`)."""

from __future__ import annotations

from citebrief.model import Group, Point
from citebrief.text.lazy_re import LazyPattern
from citebrief.text.outline import item_marker
from citebrief.text.patterns import skip_reason

# the parenthesis right after a measure ("。" and maybe a space between): what lines.tsv calls it decides
_PARENTHESIS = LazyPattern(r"\s*([（(][^（）()]{2,80}[)）])")
_OWNER_ROWS = frozenset(("attribution-parenthesis", "responsible-units"))
_MEASURE_ENDS = ("。", "！", "!")  # a whole measure: one the bullet cut short has no owner of its own
# ... and one that opens a sentence: after a stop, an outline number ("（二）", "一、") or the owner
# of the measure before ("（体育总局负责）重视和鼓励……"); not the clause after a "；" ("……用地计划；有关地方应
# 优先支持……。（负责部门：自然资源部）": the owner is the land plan's, not the localities')
_OPENS_AFTER = ("。", "！", "？", "!", "?", "）", ")")
# an owner list longer than this (24's first measure adds the scope note of all the measures after
# it: "……；适用范围：所有自贸试验区，以下除标注……均为所有自贸试验区）") would outweigh its measure
MAX_OWNER_CHARS = 60
MAX_BULLET_CHARS = 200  # bullets.NEAR_WHOLE_CHARS_ZH: the measure and its owner still read as one bullet
# the share of a brief's bullets that must have an owner for any to get it: where most do (zh-policy 19's
# incentives, 24's pilot measures: one ministry each) the owners are the brief's who-does-what column; where
# a few bullets among many end on "（体育总局、民政部负责）" (37, 25, 7) the stop-80 blind readers marked the
# tags down as clutter (the bullet's citation still points at the paragraph that names them)
OWNER_SHARE = 0.5
# "（各省级人民政府负责）", "（各有关部门和单位按职责分工负责）": every body of a kind, no one named; the
# measure's own subject already says as much ("各省、自治区、直辖市人民政府要……")
_EVERY = ("（各", "(各")
_OWNER_WORDS = ("负责", "牵头", "指导", "配合")  # a document naming no owner is left as it was, unread


def owner_after(text: str, paragraph: str) -> str:
    """The owner's parenthesis that follows the whole measure `text` in `paragraph`
    ("（市场监管总局负责）"), or "" where none does."""
    if not text.endswith(_MEASURE_ENDS):
        return ""
    at = paragraph.find(text)
    while at >= 0:
        found = _PARENTHESIS.match(paragraph, at + len(text))
        if found is not None and _opens_sentence(paragraph[:at].rstrip()):
            owner = found.group(1)
            if len(owner) <= MAX_OWNER_CHARS and not owner.startswith(_EVERY) and skip_reason(owner) in _OWNER_ROWS:
                return owner
        at = paragraph.find(text, at + 1)
    return ""


def without_owner(text: str) -> str:
    """`text` less the owner's parenthesis it ends on ("……给予优先支持。（商务部负责）" → "……给予优先支持。"):
    two measures of one owner are not one point said twice (`bullets.near_duplicate`)."""
    if not text.endswith(("）", ")")):
        return text  # nearly every bullet: no parenthesis read
    start = max(text.rfind("（"), text.rfind("("))
    if start <= 0 or not text[:start].endswith(_MEASURE_ENDS) or skip_reason(text[start:]) not in _OWNER_ROWS:
        return text
    return text[:start]


def _opens_sentence(before: str) -> bool:
    """True where a bullet after `before` (its paragraph up to it) opens a sentence."""
    marker = item_marker(before)
    return not before or before.endswith(_OPENS_AFTER) or (marker is not None and marker.end() == len(before))


def with_owners(texts: list[str] | None, groups: list[Group]) -> list[Group]:
    """`groups` with each whole measure's bullet followed by its owner, where its cited paragraph
    names one right after it and half the brief's bullets or more get one (`OWNER_SHARE`); `texts` (the
    paragraphs) None: no policy, as they were."""
    if texts is None or not any(word in text for text in texts for word in _OWNER_WORDS):
        return groups
    owners = [[_fitting_owner(point, texts) for point in group.points] for group in groups]
    named = sum(bool(owner) for row in owners for owner in row)
    if named < OWNER_SHARE * sum(len(row) for row in owners):
        return groups  # a few tagged measures among many: the tags read as clutter
    return [
        group.model_copy(
            update={
                "points": [
                    point.model_copy(update={"text": point.text + owner}) if owner else point
                    for point, owner in zip(group.points, row, strict=True)
                ]
            }
        )
        for group, row in zip(groups, owners, strict=True)
    ]


def _fitting_owner(point: Point, texts: list[str]) -> str:
    """The owner's parenthesis after `point`'s measure in one of its cited paragraphs (`texts`: the
    paragraphs), where the two still read as one bullet, else ""."""
    owner = next(
        (o for n in point.citations if 0 < n <= len(texts) and (o := owner_after(point.text, texts[n - 1]))),
        "",
    )
    return owner if owner and len(point.text) + len(owner) <= MAX_BULLET_CHARS else ""
