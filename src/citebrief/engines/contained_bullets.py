"""A bullet whose whole text another bullet of the brief says as well, widened by a join or carry
(a quote and the next quote of the same speaker; a lead sentence and the "此次……" that leans on it):
the reader meets the same words twice (issue #9, a repeat).

Within a group the shorter bullet gives way: the wider one says it all, in its place. Across
groups, where the shorter bullet is printed above (an earlier group), the wider one leaves off its
copy of it at its start and says the rest, which reads on from what the reader has just read; where the
shorter is printed below, it gives way if its group keeps another bullet. Only a copy that opens or
ends the wider bullet, on a sentence's stop, counts: a join adds whole sentences at one end.
"""

from __future__ import annotations

from citebrief.model import Point

_STOPS = ("。", "！", "？", ".", "!", "?", "”", "’", '"', "'")
MIN_COPY = 12  # characters a bullet says before its copy counts (not a short "会议指出。")


def _copy_at(short: str, wide: str) -> str | None:
    """Where `wide` says `short` whole at one end: "start" or "end"; None otherwise."""
    if len(short) < MIN_COPY or len(short) >= len(wide) or not short.endswith(_STOPS):
        return None
    if wide.startswith(short) and (wide[len(short)].isspace() or not short.isascii()):
        return "start"
    if wide.endswith(short) and wide[: -len(short)].rstrip().endswith(_STOPS):
        return "end"
    return None


def without_contained(points: list[list[Point]]) -> None:
    """Each group's bullets in `points` (in place) with no bullet another says whole (module doc)."""
    for g, mine in enumerate(points):
        for k in range(len(mine) - 1, -1, -1):
            short = mine[k].text.strip()
            for h, theirs in enumerate(points):
                wide = next((p for p in theirs if p is not mine[k] and _copy_at(short, p.text.strip())), None)
                if wide is None:
                    continue
                if h == g or (h < g and len(mine) > 1):
                    del mine[k]  # the wider bullet says it all, in the same group or above it
                elif h > g and _copy_at(short, wide.text.strip()) == "start":
                    rest = wide.text.strip()[len(short) :].strip()
                    where = theirs.index(wide)
                    theirs[where] = wide.model_copy(update={"text": rest})
                else:
                    continue
                break
