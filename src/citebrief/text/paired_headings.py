"""A （一） heading of two clauses: "（一）强化顶层设计引领，发挥政府宏观指导作用。建立……" names a
task the way a one-clause heading does ("（一）加强组织领导。"), but a comma otherwise marks a
sentence (`outline._numbered`), so a plan's 主要任务 lost its six sub-headings and the brief put
its industrial, farming, household and hazardous-waste targets into one catch-all group (zh-policy
25). Such a line is a heading only where every （X） line of its run is one: a list of rules of
which a few happen to have two short clauses ("（二十三）经营性文化事业单位转制为企业后，五年内免征
企业所得税。", zh-policy 22) keeps them as text."""

from __future__ import annotations

import re
from typing import Protocol, TypeVar


class _Heading(Protocol):  # `outline.Heading`, which imports this module
    @property
    def paragraph(self) -> int: ...
    @property
    def level(self) -> int: ...
    @property
    def label(self) -> str: ...
    @property
    def length(self) -> int: ...


H = TypeVar("H", bound=_Heading)

PAIRED_LEVEL = 3  # （一）: a 一、 line of two clauses is as often a rule's sentence ("六、国务院实行总理负责制，……")
MIN_CLAUSE = 4  # characters of each clause, at least
# a clause that ends on a particle or opens on a preposition is part of a sentence ("对……的，")
_NOT_HEADING_CLAUSE = re.compile(r"[的了]$|^[对在为将把]")
_SUBSECTION = re.compile(r"^\s*[（(][一二三四五六七八九十百零〇]+[)）]")


def paired_heading(rest: str, stop: re.Match[str] | None, level: int) -> bool:
    """Whether a numbered line, `rest` its words after the number and `stop` its first stop, opens
    on a heading of two clauses that ends its sentence with "。" and has body text after it."""
    if level != PAIRED_LEVEL or stop is None or stop.group() != "。" or not rest[stop.end() :].strip():
        return False
    clauses = rest[: stop.start()].split("，")
    return len(clauses) == 2 and all(len(c) >= MIN_CLAUSE and not _NOT_HEADING_CLAUSE.search(c) for c in clauses)


def drop_lone_pairs(found: list[H], paragraphs: list[str]) -> list[H]:
    """`found` less the two-clause headings of a run (the （X） lines between two larger headings)
    that has a （X） line read as no heading."""
    headed = {h.paragraph for h in found}
    bounds = [h.paragraph for h in found if h.level < PAIRED_LEVEL]
    kept = []
    for heading in found:
        # two clauses with body text after them: read as a heading here ("（一）逐年扩招，分步实施", a
        # whole line, is one by itself)
        if (
            heading.level == PAIRED_LEVEL
            and "，" in heading.label
            and paragraphs[heading.paragraph][heading.length :].strip()
        ):
            start = max((b for b in bounds if b < heading.paragraph), default=-1) + 1
            end = min((b for b in bounds if b > heading.paragraph), default=len(paragraphs))
            run = [p for p in range(start, end) if _SUBSECTION.match(paragraphs[p])]
            if any(p not in headed for p in run):
                continue
        kept.append(heading)
    return kept
