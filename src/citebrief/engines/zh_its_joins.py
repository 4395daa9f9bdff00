"""A Chinese bullet that opens on 其 ("其位于……的工厂将改为……", "其规定，……", "其受访时笑称，……")
right after the bullet that says its antecedent, the sentence before it: one bullet.

A bullet reads alone, and "其" ("its", "his") at its head points at nothing in it: blind readers
marked such bullets as having lost their subject even where the bullet above names it (zh-clts 11,
松下; zh-news 139, the 《办法》; zh-news 180, the tourist; zh-news 100, the weather stations).
`zh_antecedent_pairs` joins the two where the antecedent stands in another group (or, in a theme
group, is a bare sentence); here both are bullets of one group, one after the other, and the
antecedent's bullet may carry a sentence of its own before it ("“前方乌篷船缓行啦！”13日，……喊道。"),
so the 其-sentence goes onto the end of that bullet, verbatim, citing both bullets' paragraphs.
Only where the two sentences are neighbours in the source (the same paragraph, or the passage
before where the tool cut one block into passages), the first bullet ends on its sentence whole,
the second opens on its own (nothing carried before it), the group keeps two bullets or more and
the two fit one bullet (`anaphora.CARRY_CHARS_ZH`, a sentence and its antecedent carried as one).
"""

from __future__ import annotations

from collections.abc import Sequence

from citebrief.engines.scored import Scored
from citebrief.engines.zh_run_pairs import neighbours_joined
from citebrief.model import Point
from citebrief.text.anaphora import CARRY_CHARS_ZH
from citebrief.text.zh_its import opens_on_its

_STOPS = ("。", "！", "？", "”")
_SAME_START = 8  # a bullet opening on its sentence's first characters carries nothing before it


def _joined(scored: Scored, first: int, said_first: str, said_second: str) -> str | None:
    """Bullets `said_first` (of sentence `first`) and `said_second` (of `first + 1`, opening on 其)
    as one, or None where they are no such pair (module doc)."""
    head, tail = scored.units[first], scored.units[first + 1]
    if tail.paragraph - head.paragraph > (1 if scored.passages else 0):
        return None
    own, second = head.text.strip(), tail.text.strip()
    if not opens_on_its(said_second) or not said_second.startswith(second[:_SAME_START]):
        return None
    if not said_first.endswith(_STOPS) or not own.endswith(said_first[-_SAME_START:]):
        return None  # the first bullet is cut short of its sentence's end
    text = said_first + said_second
    return text if len(text) <= CARRY_CHARS_ZH else None


def its_pairs_joined(scored: Scored, picked: Sequence[list[int]], points: list[list[Point]]) -> None:
    """Each group's bullet on sentence `i + 1` opening on 其 said at the end of the bullet on
    sentence `i` just before it (`points` and `picked` updated in place)."""
    neighbours_joined(scored, picked, points, _joined)
