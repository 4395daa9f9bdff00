"""The outline of a one-block Chinese essay or feature, read off the first lines of its passages.

An essay pasted as one block still numbers its sections ("（一）……收入来源", "（三）……“供养比”不断
下降的压力"), but glued to their bodies the headings open no paragraph `find_outline` could read.
Cut into passages, each section opens its own (`text/passage_heads.py`), its heading a sentence
of its own: a passage whose first line (or the line after a part's bare heading) is a numbered
heading opens a section, and three such headings at one level are the essay's outline, which
`themes.section_themes` then reads as it reads a policy's. A roundup's items have their own path
(`runs.py`); a level used less than three times divides nothing.
"""

from __future__ import annotations

from collections import Counter

from citebrief.engines.runs import MAX_ZH_PASSAGE_THEMES
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


def essay_outline(sentences: list[tuple[str, int]]) -> list[Heading]:
    """The sections of a one-block essay: (sentence, 0-based passage) in reading order give a
    heading per passage that one opens, at the levels used MIN_PARALLEL times or more; none in
    a roundup (an item's line anywhere)."""
    firsts: dict[int, list[str]] = {}
    for text, passage in sentences:
        if names_item(text):
            return []
        lines = firsts.setdefault(passage, [])
        if len(lines) < FIRST_LINES:
            lines.append(text.strip())
    found: list[Heading] = []
    for passage, lines in firsts.items():
        for at, line in enumerate(lines):
            if at and (len(lines[0]) > BARE_PART or any(mark in lines[0] for mark in "，,。；;：:！!？?")):
                break  # a numbered line after a sentence is inside the section, not its start
            heading = _heading_line(line)
            if heading is not None:
                found.append(Heading(passage, heading.level, heading.label, 0))
                break
    levels = Counter(h.level for h in found)
    return [h for h in found if levels[h.level] >= MIN_PARALLEL]


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
