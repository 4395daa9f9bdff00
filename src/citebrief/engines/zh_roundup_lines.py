"""A Chinese roundup's item line moved from the overview down to the item's own group.

A roundup's overview is picked from its opening and the sentences most central to the piece;
the first item's own line ("红枣黑芝麻粥，原料：大米、红枣、黑芝麻。", "……扫地机器人@iRobot") sits right
after the opening and says what the item is made of, so it is often picked into the overview,
where it reads as the whole piece's point while the item's group below (its steps and tips)
lacks the line that names it. Blind read 33b: "the overview holds the first recipe's
ingredient line that belongs to the recipe's group". Here such a bullet goes to the group that
follows it in reading order, where that group comes before the next item's line (it is this
item's) and has room; the overview keeps one point at least.
"""

from __future__ import annotations

from citebrief.engines.scored import Draft
from citebrief.text.zh_roundup import item_line, roundup_items

MAX_GROUP = 4  # the item's group takes its line while it holds three bullets at most


def _home(drafts: list[Draft], at: int, lines: list[int]) -> int | None:
    """The group (index in `drafts`) that item line `at` heads: the first whose bullets all come
    after it and before the next item's line (`lines`: the sentences that open items), with room."""
    after = [k for k, group in enumerate(drafts[1:], 1) if group.picked and min(group.picked) > at]
    if not after:
        return None
    home = min(after, key=lambda k: min(drafts[k].picked))
    group = drafts[home].picked
    following = [i for i in lines if i > at]
    if (following and max(group) >= following[0]) or len(group) >= MAX_GROUP:
        return None
    return home


def item_lines_down(drafts: list[Draft], sentences: list[str]) -> list[Draft]:
    """The drafts (overview first; `sentences` the article's) with each overview bullet that is a
    roundup item's own line moved to the item's group (`_home`); unchanged where the piece is
    no roundup."""
    if len(drafts) < 2 or len(drafts[0].picked) < 2:
        return drafts
    items = roundup_items(sentences)
    if not items:
        return drafts
    lines = [i for i, text in enumerate(sentences) if item_line(text, items)]
    overview = drafts[0]
    for at in [i for i in overview.picked if i in lines]:
        home = _home(drafts, at, lines)
        if home is not None and len(overview.picked) > 1:
            overview.move(at, drafts[home])
    return drafts
