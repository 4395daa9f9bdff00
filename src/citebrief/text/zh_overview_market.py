"""A Chinese stock-market report's overview on what its lead says moved or was forecast, not the
bare market or sector: "核心要点：房地产市场" where the first sentence's news is that "房地产相关板块
却逆势上涨" (the sector's shares, not the housing market), "核心要点：A股" where an analyst's lead
says "一季度为全年A股的每股盈利(EPS)低点" (the shares' earnings, not the shares at large). The subject
steps find the market word the article repeats; a reader of it alone does not learn what the
report says of it.

Two readings of the first sentence (dateline cut), each of the market word the subject is:
a board ("……板块", the market's name for a sector's shares) said there whose front is the
subject's front (the same sector), said whole on word boundaries in an overview bullet; or the
subject's measure the lead writes "S的M" (one of MEASURES), shown as the article says it
elsewhere, "SM", on word boundaries. Either is at most MAX_CHARS; any other subject stands.
"""

from __future__ import annotations

from citebrief.text.lazy_re import LazyPattern
from citebrief.text.titles import on_word_boundaries

# a sector's shares, from a clause's start: "，房地产相关板块却逆势上涨"
_BOARD = LazyPattern(r"(?:^|[，。；：！？、])(?P<board>[^，。；：！？、（）()“”\s]{2,10}?板块)")
# what a report measures a market by ("A股的每股盈利"): the figure its forecast is about
MEASURES = ("每股盈利", "估值", "市值", "成交额")
SHARED_FRONT = 2  # "房地产市场", "房地产相关板块": one sector
MAX_CHARS = 12


def market_measure(subject: str, opening: list[str], bullets: list[str], texts: list[str], used: set[str]) -> str:
    """The board or measure the first `opening` sentence reports of the market `subject` (module
    doc), else ''. `used` is left as it is: the market word stays free for a group."""
    first = opening[0] if opening else ""
    if len(subject) < SHARED_FRONT or subject not in "".join(texts):
        return ""
    for found in _BOARD.finditer(first):
        board = found.group("board")
        if board == subject or not board.startswith(subject[:SHARED_FRONT]) or len(board) > MAX_CHARS:
            continue
        if board.casefold() not in used and any(on_word_boundaries(board, b, "zh") for b in bullets):
            return board
    for measure in MEASURES:
        shown = subject + measure
        if f"{subject}的{measure}" not in first or len(shown) > MAX_CHARS or shown.casefold() in used:
            continue
        if any(on_word_boundaries(shown, t, "zh") for t in texts):
            return shown
    return ""
