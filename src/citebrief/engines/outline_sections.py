"""A document's sections as a brief's themes: the sections at the outline's top level, the
largest opened into its subsections while the brief has room (a main body holding most of the
document even without: its tasks, not one catch-all "主要任务"), and neighbours joined while there
are more sections than groups or one is too thin for two bullets (never across a part's start
while two of one part can join; pairs before threes, so a title can name what it holds; two parts
or two chapters before a chapter with a part beside it).
Apart from themes.py, which turns these sections into theme labels and titles them."""

from __future__ import annotations

import itertools
from collections.abc import Mapping
from dataclasses import dataclass

import numpy as np

from citebrief.engines.reply_questions import answers_questions
from citebrief.engines.sparse import SparseRows
from citebrief.engines.weights import unit_vector
from citebrief.text.outline import ITEM_LEVEL, Heading

MAX_COMPARED_SECTIONS = 64  # beyond, neighbours merge by weight alone (each compared section is a dense row)


@dataclass
class Section:
    start: int  # first paragraph (0-based)
    end: int  # one past the last paragraph
    heading: Heading | None
    weight: int  # usable sentences inside


def sections_at(outline: list[Heading], level: int, start: int, end: int, available: list[int]) -> list[Section]:
    """The sections of [start, end) at `level`; text before the first heading is a section too."""
    heads = [h for h in outline if h.level == level and start <= h.paragraph < end]
    bounds = [start] + [h.paragraph for h in heads] + [end]
    result = []
    for index, (low, high) in enumerate(itertools.pairwise(bounds)):
        heading = heads[index - 1] if index else None
        if high > low and (heading is not None or sum(available[low:high]) > 0):
            result.append(Section(low, high, heading, sum(available[low:high])))
    return result


OPENED_PART = 4  # sentences the heaviest subsection of a section with a lead of its own needs to be opened


def split_largest(sections: list[Section], outline: list[Heading], wanted: int, available: list[int]) -> None:
    """While there is room, open the largest section into its own subsections."""
    while len(sections) < wanted:
        order = sorted(range(len(sections)), key=lambda i: -sections[i].weight)
        for index in order:
            section = sections[index]
            inner = [h for h in outline if section.start < h.paragraph < section.end and h.level < ITEM_LEVEL]
            if not inner:
                continue
            level = min(h.level for h in inner)
            parts = sections_at(outline, level, section.start, section.end, available)
            if len(parts) < 2 or (
                len(sections) - 1 + len(parts) > wanted + 1 and not _main_body(section, sections, parts, wanted)
            ):
                continue
            if parts[0].heading is None and max(p.weight for p in parts[1:]) < OPENED_PART:
                continue  # a section that says its point, then a few lines of it: one theme (加强领导，明确职责)
            if parts[0].heading is None and section.heading is not None:
                parts[0].heading = section.heading  # the section's own lead keeps its heading
            sections[index : index + 1] = parts
            break
        else:
            return


# of a document's usable sentences, in one section: its main body (二、主要任务: 0.69 of zh-policy 25's);
# zh-policy 15's 试点任务 (0.56-0.59) opened read worse blind (its pilot list under 总体要求, three
# safeguards gone)
MAIN_BODY_SHARE = 0.65


def _main_body(section: Section, sections: list[Section], parts: list[Section], wanted: int) -> bool:
    """The section that holds most of the document, with no more subsections than the brief has
    groups, opens though its parts outnumber the room: neighbours join after (`merge_neighbours`),
    where one catch-all group would hold its seven tasks and a thin closing section open instead."""
    total = sum(s.weight for s in sections)
    return len(parts) <= wanted and section.weight >= MAIN_BODY_SHARE * total


def _kin(first: Section, second: Section, words: Mapping[int, frozenset[str]]) -> bool:
    """Two sections whose headings share a word (`words`: each heading's, by its paragraph)."""
    a, b = first.heading, second.heading
    if a is None or b is None:
        return False
    return bool(words.get(a.paragraph, frozenset()) & words.get(b.paragraph, frozenset()))


def merge_neighbours(
    sections: list[Section],
    wanted: int,
    minimum: int,
    vectors: SparseRows | None = None,
    words: Mapping[int, frozenset[str]] | None = None,
) -> None:
    """Too many sections, or one too thin for two bullets: join two neighbours, the pair that
    is light and alike in content (`vectors`, the paragraphs'), so that a merged group reads as
    one theme (子女教育 with 继续教育, not 总则 with 子女教育); a thin one joins the neighbour
    nearer its content, else the lighter; a reply's question answered in one sentence stays
    alone while there is room for every question (`reply_questions`). Two whose headings share a
    word (`words`: each heading's, by its paragraph) join before two that share none, where their
    content is as alike as the pair's that would join else: "国有文化资产管理" with "资产和土地处置" is
    one theme; a shared "生产" weighs less than content ("工业绿色生产" with "农业绿色生产" holds two
    sets of targets, each kept under its own title)."""
    sums: list[np.ndarray | None] = [None] * len(sections)
    if vectors is not None and len(sections) <= MAX_COMPARED_SECTIONS:
        # a section is a run of paragraphs: its rows' values are one run of the stored values
        sums = [vectors.sum_range(section.start, section.end) for section in sections]

    units: list[np.ndarray | None] = [None] * len(sections)  # unit_vector of each sum, once

    def unit(k: int) -> np.ndarray | None:
        total = sums[k]
        if units[k] is None and total is not None:
            units[k] = unit_vector(total)
        return units[k]

    def alike(i: int) -> float:
        a, b = unit(i), unit(i + 1)
        return 0.0 if a is None or b is None else float(a @ b)

    top = min((s.heading.level for s in sections if s.heading is not None), default=0)
    # a part's first section (its numbering restarts: part 2's "一、关于财政税收" after part 1's
    # "九、") joins no section of the part before while two of one part can join
    opens = {
        s.start
        for k, s in enumerate(sections)
        if k and s.heading is not None and s.heading.first and s.heading.level == top
    }

    def crosses(j: int) -> bool:
        return sections[j + 1].start in opens

    def levels_differ(j: int) -> bool:
        """A chapter beside a part of an opened one (总体要求 beside 主要任务's first task): two parts
        or two chapters join first, so that a group is one chapter or parts of one."""
        a, b = sections[j].heading, sections[j + 1].heading
        return a is not None and b is not None and a.level != b.level

    # sections each merged section holds: two neighbours merge before a merged one takes a third,
    # so that a group's title can name every section its bullets come from (three names outgrow
    # a title: "北京非首都功能疏解" stood over 国土空间 and 生态环境 bullets)
    held = [1] * len(sections)

    def pairable() -> set[int]:
        """The pairs of two unmerged neighbours whose merge leaves enough such pairs for the merges
        still to come: greedy, the cheapest pair may strand a section between two merged ones, to
        be merged a third (收入分配 under "国有文化资产管理")."""
        runs: list[tuple[int, int]] = []  # runs of unmerged sections of one part: [first, last]
        for k in range(len(sections)):
            if held[k] == 1 and runs and runs[-1][1] == k - 1 and not crosses(k - 1):
                runs[-1] = (runs[-1][0], k)
            elif held[k] == 1:
                runs.append((k, k))
        room = sum((b - a + 1) // 2 for a, b in runs)
        needed = len(sections) - 1 - wanted  # merges after this one
        return {
            j
            for a, b in runs
            for j in range(a, b)
            if room - (b - a + 1) // 2 + (j - a) // 2 + (b - j - 1) // 2 >= needed
        }

    questions = answers_questions(s.heading.label for s in sections if s.heading is not None)
    while len(sections) > 1:
        thin = [i for i, s in enumerate(sections) if s.weight < minimum and not (questions and len(sections) <= wanted)]
        if len(sections) <= wanted and not thin:
            return
        pairs = range(len(sections) - 1)
        if thin:
            victim = min(thin, key=lambda i: (sections[i].weight, i))
            index = max(
                (j for j in (victim - 1, victim) if 0 <= j < len(sections) - 1),
                key=lambda j: (not crosses(j), round(alike(j), 2), -(sections[j].weight + sections[j + 1].weight), -j),
            )
        else:
            fits = pairable()
            # the cheapest pair by crossing, size, level, room, then weight x unlikeness
            keys = [
                (
                    crosses(j),
                    held[j] + held[j + 1] > 2,
                    levels_differ(j),
                    bool(fits) and j not in fits,
                    (sections[j].weight + sections[j + 1].weight) * (1 - alike(j)),
                    j,
                )
                for j in pairs
            ]
            # kin go first only where their content is as alike as that of the pair joined else:
            # 工业 and 农业绿色生产 (0.12) share a heading word, 风险 and 市场 (0.20) more content
            unkin = alike(min(keys)[-1])
            index = min(
                pairs,
                key=lambda j: (
                    keys[j][:4],
                    not (_kin(sections[j], sections[j + 1], words or {}) and alike(j) >= unkin),
                    keys[j][4:],
                ),
            )
        first, second = sections[index], sections[index + 1]
        keep = first.heading if first.weight >= second.weight or second.heading is None else second.heading
        if first.heading is None or second.heading is None:
            keep = first.heading or second.heading
        sections[index : index + 2] = [Section(first.start, second.end, keep, first.weight + second.weight)]
        a, b = sums[index], sums[index + 1]
        sums[index : index + 2] = [a + b if a is not None and b is not None else None]
        units[index : index + 2] = [None]
        held[index : index + 2] = [held[index] + held[index + 1]]
