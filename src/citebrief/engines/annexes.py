"""What an outline's sections are not: annexes read for reference, not for their points (kept
out of the themes and the bullets), and a numbered list whose items pass for headings."""

from __future__ import annotations

import itertools
import re
from functools import lru_cache

from citebrief.text.lazy_re import LazyPattern
from citebrief.text.outline import ITEM_LEVEL, Heading, item_marker

# An annex read for reference, not for its points: an indicator table's formulas and data
# sources ("计算方法：住院收入/医疗收入×100%。"). It starts at its own "附件" line, after the signature.
_ANNEX_START = LazyPattern(r"^附件\s*\d*\s*[：:]?$")
_REFERENCE_LINE = LazyPattern(
    r"^(?:计算方法|计算公式|指标来源|指标说明|指标导向|指标性质|数据来源|定量|定性)(?:[：:]|$)|[=＝]|[×xX*]\s*100\s*[%％]"
)
MIN_REFERENCE_LINES = 3
REFERENCE_SHARE = 0.25  # of the annex's paragraphs


def reference_annexes(texts: list[str]) -> set[int]:
    """Paragraphs (0-based) of annexes that are tables of formulas and data sources, or that only
    repeat what the body says: kept out of the themes and the bullets (a forwarded plan or list
    in an annex is content, and stays)."""
    starts = [i for i, text in enumerate(texts) if _ANNEX_START.match(text.strip())]
    result = _repeats(texts, starts[0]) if starts else set()
    for k, start in enumerate(starts):
        end = starts[k + 1] if k + 1 < len(starts) else len(texts)
        lines = sum(bool(_REFERENCE_LINE.search(texts[i])) for i in range(start, end))
        if lines >= MIN_REFERENCE_LINES and lines >= REFERENCE_SHARE * (end - start):
            result.update(range(start, end))
    return result


_CLAUSES = LazyPattern(r"[^。；！？，,]+")
_MARKS = LazyPattern(r"[\s、：:“”\"]")
MIN_REPEATED_CHARS = 8
NAME_SHARE = 0.25  # of a clause, a fuller name in front the body left out ("应急救援|专用号牌")


def _repeats(texts: list[str], start: int) -> set[int]:
    """Annex paragraphs every clause of which the body before `start` says word for word ("应急
    救援专用号牌分为汽车号牌和摩托车号牌两种，……" under 附件, said in section 二): a repeat
    cited under whichever body section the annex follows."""
    body = _MARKS.sub("", "".join(texts[:start]))
    found = set()
    for i in range(start + 1, len(texts)):
        clauses = [_MARKS.sub("", c) for c in _CLAUSES.findall(texts[i])]
        clauses = [c for c in clauses if c]
        if clauses and sum(map(len, clauses)) >= MIN_REPEATED_CHARS and all(_said(c, body) for c in clauses):
            found.add(i)
    return found


def _said(clause: str, body: str) -> bool:
    """The clause is in the body, or all of it but a fuller name at its front. Each tail the
    loop tries holds the shortest one: where the body lacks that, it lacks them all (one search
    of the body, not one a tail, for most clauses of an annex that is no repeat; issue #14)."""
    front = int(len(clause) * NAME_SHARE)
    if clause[front:] not in body:
        return False
    return any(clause[k:] in body for k in range(front + 1))


def set_aside(
    texts: list[str], outline: list[Heading], lists: set[int] | None = None
) -> tuple[set[int], list[Heading]]:
    """The paragraphs of reference annexes, and the outline without them and without list levels
    (`lists`: `list_levels` of this whole outline, where the caller has it: asked again only when
    an annex took headings away)."""
    reference = reference_annexes(texts)
    kept = [h for h in outline if h.paragraph not in reference]
    if lists is None or len(kept) != len(outline):
        lists = list_levels(kept, texts)
    return reference, [h for h in kept if h.level not in lists]


@lru_cache(maxsize=1024)  # a marker's own: the few forms ("（二）", "15.") recur through every document
def _shape(marker: str) -> str:
    """A number's form without its value: "15." and "3." alike, "（二）" and "（十）" alike."""
    return _ZH_NUMERALS.sub("一", _DIGITS.sub("9", marker.strip()))


_DIGITS = re.compile(r"\d+")
_ZH_NUMERALS = LazyPattern(r"[一二三四五六七八九十百零〇]+")


def list_levels(outline: list[Heading], texts: list[str]) -> set[int]:
    """Levels whose "headings" are items of a numbered list: between two of them stand mostly
    more items numbered the same way, too long to pass for headings ("14.河北省黄骅市通过家庭医生
    管医保推进基层健康管理。" among "15.山西省大同市……，……。"). Such a level divides nothing."""
    found: set[int] = set()
    shapes: dict[int, str | None] = {}  # each paragraph's number form, read once for every level

    def shape_of(index: int) -> str | None:
        if index not in shapes:
            marker = item_marker(texts[index])
            shapes[index] = _shape(marker.group()) if marker is not None else None
        return shapes[index]

    for level in {h.level for h in outline if h.level < ITEM_LEVEL}:
        heads = [h.paragraph for h in outline if h.level == level]
        shape = shape_of(heads[0])
        if shape is None:
            continue
        between = 0
        for low, high in itertools.pairwise([*heads, len(texts)]):
            for index in range(low + 1, high):
                between += shape_of(index) == shape
        if between >= len(heads):
            found.add(level)
    return found
