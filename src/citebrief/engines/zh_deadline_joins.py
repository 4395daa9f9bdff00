"""A Chinese bullet that only sets the deadline of the work the bullet before it asks for ("……要按照上述原则
修订和制定相关实施办法和制度。| 以上工作要在2019年2月底前完成。", zh-policy 34): one bullet.

Such a sentence leans on the one before it (`lead_points.lean_on_previous` carries that one), but where the
group's bullet right before ends on that very sentence the lean is not said twice (`zh_said_leans`), so the
deadline stood alone: a date for "以上工作", the work it belongs to in the bullet above (issue #9, a 'deadline'
without its task). It goes onto the end of that bullet, verbatim, citing both bullets' paragraphs, where the
two are neighbours in the source (`zh_run_pairs.neighbours_joined`: one after the other, the group keeping two
bullets or more), the first bullet ends on its sentence whole and the two fit one bullet
(`anaphora.CARRY_CHARS_ZH`). The sentences that only set a deadline are data (text/data/zh_deadline_closers.tsv).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from citebrief.engines.scored import Scored
from citebrief.engines.zh_run_pairs import neighbours_joined
from citebrief.model import Point
from citebrief.text.anaphora import CARRY_CHARS_ZH
from citebrief.text.data_files import any_row_pattern

_STOPS = ("。", "！", "？", "”")
_SAME_END = 8  # a bullet ending on its sentence's last characters says that sentence to its end


@cache
def _closer() -> re.Pattern[str]:
    return any_row_pattern("zh_deadline_closers.tsv")


def deadline_only(text: str) -> bool:
    """Whether `text`, a Chinese sentence, only sets the deadline of work it names by pointing back."""
    return _closer().fullmatch(text.strip()) is not None


def _joined(scored: Scored, first: int, said_first: str, said_second: str) -> str | None:
    """Bullets `said_first` (of sentence `first`) and `said_second` (of `first + 1`, a deadline only)
    as one, or None where they are no such pair (module doc)."""
    head, tail = scored.units[first], scored.units[first + 1]
    if tail.paragraph != head.paragraph or not deadline_only(said_second):
        return None
    if not said_first.endswith(_STOPS) or not head.text.strip().endswith(said_first[-_SAME_END:]):
        return None  # the first bullet is cut short of its sentence's end
    text = said_first + said_second.strip()
    return text if len(text) <= CARRY_CHARS_ZH else None


def deadlines_joined(scored: Scored, picked: Sequence[list[int]], points: list[list[Point]]) -> None:
    """Each group's deadline-only bullet on sentence `i + 1` said at the end of the bullet on sentence `i`
    just before it (`points` and `picked` updated in place)."""
    neighbours_joined(scored, picked, points, _joined)
