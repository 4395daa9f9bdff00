"""The heading a merged theme's sections share one level up in the document's own outline.

A brief of more sections than groups merges neighbours. Where the outline opened a section into
its parts (二、鼓励支持就业创业 into （五）支持创业载体建设 and （六）扩大就业见习补贴范围) and two
of those parts merge back, the section they both belong to names the group's theme
("鼓励支持就业创业"), where a list of the parts' headings reads as two headings pasted together.
Kept apart from themes.py, which records this heading for each theme it applies to.
"""

from __future__ import annotations

from collections.abc import Sequence

from citebrief.text.outline import Heading


def shared_parent(inner: Sequence[Heading], start: int, end: int, merged: Sequence[Heading]) -> Heading | None:
    """The heading above a merged section [start, end) that holds all of it, where the section
    is `merged` (two headings or more, of one level) and opens after that heading's own first
    paragraph; None where the merged headings have no such heading above them (top-level
    sections: 城市安全运行 and 规划组织实施 are two of the document's own points)."""
    if len(merged) < 2:
        return None
    level = min(h.level for h in merged)
    above = [h for h in inner if h.paragraph < start and h.level < level]
    if not above:
        return None
    parent = max(above, key=lambda h: h.paragraph)
    # the parent's span ends at the next heading of its level or above; the section lies inside
    closing = (h for h in inner if h.paragraph > parent.paragraph and h.level <= parent.level)
    if any(h.paragraph < end for h in closing):
        return None
    return parent


def share_a_word(names: Sequence[str]) -> bool:
    """Whether two of the merged sections' names share a run of two characters: a list of
    names that share one reads as one theme already ("产业链条、产业标准" under 优化产业布局)."""
    runs = [{name[k : k + 2] for k in range(len(name) - 1)} for name in names]
    return any(runs[i] & runs[j] for i in range(len(runs)) for j in range(i + 1, len(runs)))
