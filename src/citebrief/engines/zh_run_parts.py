"""A Chinese bullet that is one long run repeating a verb ("国务院批准，授予A…，授予B…等37项…，……") is said
as two or three whole bullets, each carrying the sentence's own actor.

A list of figures is what a policy document is read for, so a sentence whose cut would drop figures
is kept whole up to 320 characters (`bullets.FIGURES_WHOLE_CHARS_ZH`). zh-policy 9's award decision
then read as one 314-character run-on of eight "授予……" clauses; a blind reader still preferred it to a
120-character cut, which dropped the counts. So the run is parted at clause boundaries instead: the
fewest parts that each fit the length a bullet is kept whole at (`bullets.NEAR_WHOLE_CHARS_ZH`), as
even as can be, each holding a figure and each opening on the clauses before the run ("国务院批准，"),
the sentence's own words, so that each reads alone and verify finds every word in the cited
paragraph. The parts keep the bullet's citations; a part ending on the source's "，" is closed with
"。" by `zh_clause_stops`. Only a run of `MIN_RUN` clauses or more that ends the sentence, after a
short lead, in a bullet longer than `bullets.NEAR_WHOLE_CHARS_ZH`.
"""

from __future__ import annotations

from collections import Counter

from citebrief.engines.bullets import NEAR_WHOLE_CHARS_ZH
from citebrief.model import Group, Lang, Point
from citebrief.text.lazy_re import LazyPattern

OPENER_CHARS = 2  # the repeated verb: 授予, 支持
MIN_RUN = 4  # clauses opening on it: a run, not a pair
MAX_LEAD_CHARS = 20  # the actor before the run: "国务院批准，"
MAX_PARTS = 3
_CLAUSE = LazyPattern(r"[^，]+(?:，|$)")
_HAN = LazyPattern(r"[\u4e00-\u9fff]{2}")
_FIGURE = LazyPattern(r"\d")


def run_parts(lang: Lang, groups: list[Group]) -> list[Group]:
    """`groups` with each Chinese bullet that is a long verb run said as its whole parts."""
    if lang != "zh":
        return groups
    result: list[Group] = []
    for group in groups:
        points = [part for point in group.points for part in _parted(point)]
        result.append(group.model_copy(update={"points": points}) if len(points) != len(group.points) else group)
    return result


def _parted(point: Point) -> list[Point]:
    parts = split_run(point.text)
    return [point.model_copy(update={"text": text}) for text in parts] if parts else [point]


def split_run(text: str) -> list[str] | None:
    """The whole bullets `text` is said as, each opening on its lead; None where it is no long run."""
    if len(text) <= NEAR_WHOLE_CHARS_ZH or not text.endswith("。") or any(mark in text for mark in "；;：:"):
        return None
    clauses = _CLAUSE.findall(text)
    openers = Counter(clause[:OPENER_CHARS] for clause in clauses if _HAN.match(clause))
    if not openers:
        return None
    verb, count = openers.most_common(1)[0]
    start = next(k for k, clause in enumerate(clauses) if clause.startswith(verb))
    run = clauses[start:]
    lead = "".join(clauses[:start])
    if count < MIN_RUN or not lead or len(lead) > MAX_LEAD_CHARS or not all(c.startswith(verb) for c in run):
        return None
    for size in range(2, MAX_PARTS + 1):
        cuts = _even_cuts(run, size, NEAR_WHOLE_CHARS_ZH - len(lead))
        if cuts is not None:
            return [lead + "".join(part).removesuffix("，") for part in cuts]
    return None


def _even_cuts(run: list[str], size: int, room: int) -> list[list[str]] | None:
    """`run` cut into `size` parts of consecutive clauses, each within `room` characters and holding
    a figure, the longest part as short as can be; None where no such cut is."""
    best: tuple[int, list[list[str]]] | None = None
    for cut in _cuts(len(run), size):
        parts = [run[a:b] for a, b in zip((0, *cut), (*cut, len(run)), strict=True)]
        lengths = [sum(len(clause) for clause in part) for part in parts]
        if max(lengths) > room or not all(_FIGURE.search("".join(part)) for part in parts):
            continue
        if best is None or max(lengths) < best[0]:
            best = (max(lengths), parts)
    return best[1] if best else None


def _cuts(n: int, size: int) -> list[tuple[int, ...]]:
    """Every way to place `size - 1` cuts between `n` items, in order."""
    if size == 1:
        return [()]
    return [(k, *(k + rest for rest in tail)) for k in range(1, n) for tail in _cuts(n - k, size - 1)]
