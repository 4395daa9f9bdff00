"""A table's rows each searched alone, behind the quick test of the literals that row needs.

The floating structure rows of a Chinese line (`patterns.is_structure`) are searched as one
alternation behind one quick test of all their literals; that test lets ~1 sentence in 20 of a
policy through ("以下", "活动", "通知如下", "收悉"), and the alternation then tries all fifteen rows
at every position of it: ~450 K instructions a sentence under callgrind, the most costly step of
the check. Here each row is tried only on a line holding a literal it needs (its own
`literal_prefilter`), so such a line costs the one or two rows it may match. A row with no
literal it must hold is always tried. The verdict is the alternation's: some row matches.
"""

from __future__ import annotations

from collections.abc import Sequence

from citebrief.text.lazy_re import LazyPattern
from citebrief.text.prefilter import Prefilter, literal_prefilter


class RowGates:
    """Whether any of `sources` (regexes) is found in a text, each asked only where it may be."""

    __slots__ = ("_rows",)

    def __init__(self, sources: Sequence[str], *, lowered: bool = False) -> None:
        rows: list[tuple[LazyPattern, Prefilter | None]] = []
        for source in sources:
            rows.append((LazyPattern(source), literal_prefilter(source, lowered=lowered)))
        self._rows = tuple(rows)

    def search(self, text: str) -> bool:
        """True when some row is found in `text` (the verdict of searching their alternation)."""
        for regex, quick in self._rows:
            if (quick is None or quick.may_match(text)) and regex.search(text) is not None:
                return True
        return False
