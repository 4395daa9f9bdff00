"""Verse a Chinese group title must not name: a phrase its bullets say only inside a quoted
poem, couplet or saying ("锦绣清城，雪满西泠。戏院川剧，叹变脸奇幻；……", a student's letter
quoted praising Chengdu) is the verse's image, not what the group is about: readers marked
"戏院川剧" over the letter's two bullets as "a quoted phrase, not a theme". The letter ("亲笔信")
is the theme.

Verse is told by its shape: a quotation of four clauses or more, split by commas, full stops
or semicolons, each short (`MAX_MEAN_CLAUSE` characters on average: four- and five-character
lines). Quoted speech runs longer clauses and stays a source of titles; a list in 、 ("玩滨海、
享都市、叹美食") is a list of the matters themselves and stays too.
"""

from __future__ import annotations

from functools import lru_cache

from citebrief.text.lazy_re import LazyPattern

VERSE_FACTOR = 0.3  # as `zh_asides.ASIDE_FACTOR`: a side remark's weight
MIN_CLAUSES = 4
MAX_MEAN_CLAUSE = 6.0
_QUOTED = LazyPattern(r"“([^“”]+)”")
_CLAUSE_BREAK = LazyPattern(r"[，。；！？,;!?…]+")


def verse_factor(phrase: str, bullets: list[str]) -> float:
    """`VERSE_FACTOR` for a phrase the bullets that say it say only inside quoted verse, else 1."""
    said = False
    for bullet in bullets:
        if phrase not in bullet:
            continue
        said = True
        if not only_inside(phrase, bullet, _verse_spans(bullet)):  # most bullets: no verse quoted
            return 1.0
    return VERSE_FACTOR if said else 1.0


def only_inside(phrase: str, bullet: str, spans: tuple[tuple[int, int], ...]) -> bool:
    """Whether every place `bullet` says `phrase` lies inside one of `spans` (none: False)."""
    if not spans:
        return False
    start = bullet.find(phrase)
    while start >= 0:
        if not any(low <= start and start + len(phrase) <= high for low, high in spans):
            return False
        start = bullet.find(phrase, start + 1)
    return True


@lru_cache(maxsize=256)
def _verse_spans(bullet: str) -> tuple[tuple[int, int], ...]:
    """Where `bullet` quotes verse (see the module's docstring): read once per bullet, not once
    for each of the ~30 phrases a title weighs."""
    if "“" not in bullet:
        return ()
    spans = []
    for match in _QUOTED.finditer(bullet):
        clauses = [c for c in _CLAUSE_BREAK.split(match.group(1)) if c]
        if len(clauses) >= MIN_CLAUSES and sum(map(len, clauses)) / len(clauses) <= MAX_MEAN_CLAUSE:
            spans.append(match.span(1))
    return tuple(spans)
