"""A table's rows each searched alone, behind the quick test of the literals that row needs.

The floating structure rows of a Chinese line (`patterns.is_structure`) are searched as one
alternation behind one quick test of all their literals; that test lets ~1 sentence in 20 of a
policy through ("以下", "活动", "通知如下", "收悉"), and the alternation then tries all fifteen rows
at every position of it: ~150 K instructions a sentence under callgrind, the most costly step of
the check. Here each row is tried only on a line holding a literal it needs (read off the parse
that gives the joint test, `prefilter.branch_prefilter`), so such a line costs the one or two
rows it may match. A row with no literal it must hold is always tried. The verdict is the
alternation's: some row matches.
"""

from __future__ import annotations

from collections.abc import Sequence

from citebrief.text.lazy_re import LazyPattern
from citebrief.text.prefilter import Needed, Prefilter, has_case


class RowGates:
    """Whether any of `sources` (regexes) is found in a text, each asked only where it may be.

    `needs`: the literals each row needs, one of which every match holds (`branch_prefilter`),
    or None for a row that needs none. A row whose literals are all compared plainly is gated by
    `in` tests (nothing compiled for it); one with a word compared ignoring case by a `Prefilter`."""

    __slots__ = ("_rows",)

    def __init__(self, sources: Sequence[str], needs: Sequence[Needed | None]) -> None:
        if len(sources) != len(needs):
            raise ValueError("one set of literals a row")
        rows: list[tuple[LazyPattern, tuple[str, ...] | None, Prefilter | None]] = []
        for source, needed in zip(sources, needs, strict=True):
            plain = needed is not None and not any(case and has_case(s) for s, case in needed)
            words = tuple(sorted(s for s, _ in needed)) if plain and needed is not None else None
            quick = Prefilter(needed) if needed is not None and words is None else None
            rows.append((LazyPattern(source), words, quick))
        self._rows = tuple(rows)

    def search(self, text: str) -> bool:
        """True when some row is found in `text` (the verdict of searching their alternation)."""
        for regex, words, quick in self._rows:
            if words is not None:
                for word in words:  # a loop, not any(): no generator made for each row
                    if word in text:
                        break
                else:
                    continue
            elif quick is not None and not quick.may_match(text):
                continue
            if regex.search(text) is not None:
                return True
        return False
