"""The outline of a one-block Chinese essay or feature, read off the first lines of its passages.

An essay pasted as one block still numbers its sections ("（一）……收入来源", "（三）……“供养比”不断
下降的压力"), but glued to their bodies the headings open no paragraph `find_outline` could read.
Cut into passages, each section opens its own (`text/passage_heads.py`), its heading a sentence
of its own: a passage whose first line (or the line after a part's bare heading) is a numbered
heading opens a section, and three such headings at one level are the essay's outline, which
`themes.section_themes` then reads as it reads a policy's. A roundup's items have their own path
(`runs.py`); a level used less than three times divides nothing. Paragraphs cut by size (three
sentences each) open on such headings too, or end on one whose body opens the next paragraph.
"""

from __future__ import annotations

from collections import Counter

import numpy as np

from citebrief.engines.bullets import repeats_any
from citebrief.engines.runs import MAX_ZH_PASSAGE_THEMES
from citebrief.engines.scored import Draft, Scored
from citebrief.engines.sparse import SparseRows
from citebrief.engines.themes import OVERVIEW_THEME, Themes, preamble_end, section_themes
from citebrief.text.outline import ITEM_LEVEL, Heading, numbered_heading
from citebrief.text.passage_heads import RUN_HEADING, names_item

MIN_PARALLEL = 3  # headings at one level, for them to be the essay's sections
FIRST_LINES = 2  # a part's bare heading, then its first subsection's numbered one
# an essay's sections have room for one theme more than a block read in runs: seven groups at most
ESSAY_THEMES = MAX_ZH_PASSAGE_THEMES + 1
BARE_PART = 30  # characters of a part's bare heading at most


RUN_LEVEL = 4  # "一是……" headings: below a （一）'s


def _heading_line(line: str) -> Heading | None:
    """A numbered heading that is the whole line ("（六）城镇职工基本养老保险基金投资收益率偏低"),
    or a run's point said as a heading ("二是扎实做好外汇管理与服务。")."""
    if line.startswith("是", 1) and RUN_HEADING.match(line):
        return Heading(0, RUN_LEVEL, line[2:].rstrip("。"), len(line))
    heading = numbered_heading(line)
    if heading is None or heading.level >= ITEM_LEVEL or not heading.label:
        return None
    return heading if heading.length >= len(line.rstrip("。 ")) else None


def essay_room(wanted: int) -> int:
    """The themes an essay with sections gets besides the overview (`runs.feature_themes` for
    one read in runs)."""
    return min(wanted, ESSAY_THEMES)


def essay_outline(sentences: list[tuple[str, int]], *, closing: bool = False) -> list[Heading]:
    """The sections of a one-block essay: (sentence, 0-based passage) in reading order give a
    heading per passage that one opens, at the levels used MIN_PARALLEL times or more; none in
    a roundup (an item's line anywhere). With `closing` (paragraphs cut by size, not at the
    headings), a passage that opens on none starts the section whose heading closes the one before."""
    firsts: dict[int, list[str]] = {}
    lasts: dict[int, tuple[str, int]] = {}  # a passage's last line and how many lines it has
    for text, passage in sentences:
        if names_item(text):
            return []
        lines = firsts.setdefault(passage, [])
        if len(lines) < FIRST_LINES:
            lines.append(text.strip())
        lasts[passage] = (text.strip(), lasts.get(passage, ("", 0))[1] + 1)
    found: list[Heading] = []
    for passage, lines in firsts.items():
        heading = _opening_heading(lines) or (_closing_heading(lasts.get(passage - 1)) if closing else None)
        if heading is not None:
            found.append(Heading(passage, heading.level, heading.label, 0))
    levels = Counter(h.level for h in found)
    return [h for h in found if levels[h.level] >= MIN_PARALLEL]


def _opening_heading(lines: list[str]) -> Heading | None:
    """The numbered heading a passage opens on: its first line, or the line after a part's bare heading."""
    for at, line in enumerate(lines):
        if at and (len(lines[0]) > BARE_PART or any(mark in lines[0] for mark in "，,。；;：:！!？?")):
            return None  # a numbered line after a sentence is inside the section, not its start
        heading = _heading_line(line)
        if heading is not None:
            return heading
    return None


def _closing_heading(last: tuple[str, int] | None) -> Heading | None:
    """The heading that closes a paragraph cut by size ("……收支缺口更大。（三）……压力"): its
    section's body opens the next paragraph (a paragraph that is a heading alone opens its own)."""
    if last is None or last[1] < 2:
        return None
    heading = _heading_line(last[0])
    return heading if heading is not None and heading.level != RUN_LEVEL else None  # "三是……": a run's last point


def essay_themes(
    outline: list[Heading],
    available: list[int],
    themes: int,
    overview: frozenset[int],
    vectors: SparseRows,
    *,
    exact: bool,
) -> Themes | None:
    """An essay's sections as its themes (`themes.section_themes`, ESSAY_THEMES at most). Where
    it has more sections than room, its opening (the background before the first heading, where
    the overview's points come from) is the overview's, not a theme of its own: the room goes to
    the sections ("供养比", "投资收益率偏低"), not to a second group of background figures."""
    start = preamble_end(outline)
    crowded = sum(1 for h in outline if h.level == min(h.level for h in outline)) >= ESSAY_THEMES
    counts = [0] * start + available[start:] if crowded and not exact else available
    found = section_themes(outline, counts, themes, "zh", exact, overview, vectors, most=ESSAY_THEMES)
    if found is not None and counts is not available:
        found.labels[:start] = OVERVIEW_THEME
    return found


MOST_PICKS = 4  # bullets of a group that gathers several sections


def _figure(text: str) -> bool:
    """Whether a sentence states a figure (a ratio, rate, sum or year)."""
    return any(c.isdigit() for c in text)


def each_section(scored: Scored, drafts: list[Draft], themes: Themes, chosen: list[int]) -> None:
    """A group that gathers several of an essay's sections says something specific of each: a
    section none of its picks comes from gets its most specific sentence (the rate "费率为工资收入的
    20%"), added while the group has room, else in place of the least specific pick of the section
    that has most; a section whose picks state no figure, its most specific one that does, in place
    of its last (the ratio "已降至2.65∶1"); never a repeat of a chosen bullet."""
    paragraph_of = [u.paragraph - 1 for u in scored.units]
    for draft in drafts:
        heads = sorted(p for p, _ in themes.titles.get(draft.theme, [])) if draft.theme is not None else []
        if len(heads) < 2:
            continue
        members = np.flatnonzero(themes.labels == draft.theme)
        bounds = [*heads[1:], int(members[-1]) + 1]
        sections = list(zip(heads, bounds, strict=True))

        def section_of(i: int, sections: list[tuple[int, int]] = sections) -> int:
            return next((k for k, (low, high) in enumerate(sections) if low <= paragraph_of[i] < high), -1)

        for k, (low, high) in enumerate(sections):
            mine = [i for i in draft.picked if section_of(i) == k]
            if any(scored.kinds.get(i, 0) and _figure(scored.trimmed[i]) for i in mine):
                continue
            taken = set(chosen)
            own = [i for i in scored.usable if low <= paragraph_of[i] < high and i not in taken]
            if not own:
                continue
            best = max(own, key=lambda i: (scored.kinds.get(i, 0), -i))
            if not scored.kinds.get(best, 0) or (mine and not _figure(scored.trimmed[best])):
                continue  # nothing specific to say of it
            if mine:  # its picks say nothing specific: its most specific sentence instead of one
                weakest = mine[-1]
                draft.drop(weakest, chosen)
            elif len(draft.picked) >= MOST_PICKS:
                counts = Counter(section_of(i) for i in draft.picked)
                fullest = max(counts, key=lambda s: (counts[s], -s))
                if counts[fullest] < 2:
                    continue
                weakest = min(
                    (i for i in draft.picked if section_of(i) == fullest), key=lambda i: (scored.kinds.get(i, 0), -i)
                )
                draft.drop(weakest, chosen)
            others = [scored.trimmed[i] for i in chosen]
            if repeats_any(scored.trimmed[best], others, scored.lang):
                continue
            draft.add(best, chosen)
