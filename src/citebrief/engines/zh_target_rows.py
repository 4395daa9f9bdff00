"""A policy's paragraph of targets ("具体指标：到2022年，……建设50所……。……推动建设300个……。职业院校
实践性教学课时原则上占总课时一半以上，……。“双师型”教师……占专业课教师总数超过一半，……。"), quoted by a
group in two or more sentences that each state a figure: the reader takes the group for the
paragraph's targets, and a target left out of it is a specific missed. The paragraph's first unsaid
sentence that states a counted figure or a share ("一半以上", `data/zh_share_words.tsv`) joins the
group in source order, one a paragraph. Not in the overview (its lead sentences are chosen for the
gist, not as a list), not where the group has MAX_GROUP_BULLETS, another group says the sentence,
or it repeats a bullet of the brief.
"""

from __future__ import annotations

from collections.abc import Callable

from citebrief.engines.bullets import repeats_any
from citebrief.engines.scored import Scored
from citebrief.engines.zh_hollow_swaps import states_figure
from citebrief.model import Point
from citebrief.text.data_files import any_row_pattern
from citebrief.text.repeated_figures import figure_keys

MAX_GROUP_BULLETS = 5  # as `zh_missing_items`: a longer group reads as a list pasted, not a theme
MIN_QUOTED = 2  # one quoted sentence with a figure is a point; two make the paragraph a list of targets


def states_target(text: str) -> bool:
    """Whether a Chinese sentence states a counted figure ("300个", "12000元") or a share in words."""
    return bool(figure_keys(text, "zh")) or any_row_pattern("zh_share_words.tsv").search(text) is not None


def targets_filled(
    scored: Scored,
    picked: list[list[int]],
    points: list[list[Point]],
    bullet_of: Callable[[int, int], Point],
    overview: list[bool],
) -> None:
    """Each policy group that quotes a paragraph of targets given that paragraph's first unsaid
    target, in source order (`picked` and `points` updated in place); `bullet_of(g, k)` is the
    bullet group g would say sentence k with; `overview[g]`: group g is the overview."""
    if not scored.policy or scored.lang != "zh":
        return
    texts = [unit.text for unit in scored.units]
    paragraphs = [unit.paragraph for unit in scored.units]
    for g, mine in enumerate(picked):
        if overview[g]:
            continue
        for paragraph in sorted({paragraphs[i] for i in mine}):
            quoted = [i for i in mine if paragraphs[i] == paragraph]
            if len(mine) >= MAX_GROUP_BULLETS or len(quoted) < MIN_QUOTED:
                continue
            if not all(states_figure(texts[i]) for i in quoted):
                continue
            said = {k for group in picked for k in group}
            others = [p.text for group in points for p in group]
            for k in scored.usable:
                if paragraphs[k] != paragraph or k in said or not states_target(texts[k]):
                    continue
                bullet = bullet_of(g, k)
                if repeats_any(bullet.text, others, "zh"):
                    continue
                before = [mine.index(i) for i in quoted if i < k]  # after the target it follows in source
                at = max(before) + 1 if before else mine.index(min(quoted))
                mine.insert(at, k)
                points[g].insert(at, bullet)
                break
