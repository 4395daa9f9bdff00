"""A Chinese news overview's late bystander quote, told inside one theme's run, goes down to that theme.

`zh_overview_details.details_down` moves an overview's late bullet down to its theme where the
lead gives a point in its place, or where the bullet is plainly the theme's in words
(`zh_clear_details`); else it stays, so that the overview keeps three points. A bystander's
words share few terms with anything ("王姓渔民说，有可能是船体碰撞浸水……" shares none with the
sunk boats' group it is told among), so one such quote stayed in the overview, out of reading
order, above the lead's two points, while its own group below went on "另一沉船船主说……" with
no first owner for "另一". Here such a quote goes down all the same, the overview keeping the
lead's points, but only where all of this holds: the bullet opens on an ordinary person's words
(a fisherman, boat owner, villager, resident, visitor: "X姓渔民说，", "经营户高燕回忆，"; not an
official's or a body's statement, which may well be the news), it stands inside the theme's own
run (after the theme's first bullet, before its last, in a paragraph of one of them), the theme
holds three bullets at most (four with it), and the overview keeps two points at least, each
from an earlier paragraph than the quote.
"""

from __future__ import annotations

from citebrief.text.lazy_re import LazyPattern

LEAST_OVERVIEW = 2  # the overview keeps the lead's two points at least
MAX_GROUP = 4  # the theme takes the quote while it holds three bullets at most
# a bystander opening on their own words: who (an ordinary person, not one spoken to: "对村民说")
# then 说/回忆/坦言/感慨/告诉记者 and a comma or colon
_WITNESS = LazyPattern(
    r"^[^，。：；“”对向给]{0,12}?"
    r"(?:渔民|船主|村民|市民|居民|游客|经营户|店主|摊主|车主|乘客|网友|家长|农户|果农|菜农|业主|目击者|路人|顾客)"
    r"[^，。：；“”]{0,4}?(?:说|回忆|坦言|感慨|告诉记者)[，：]"
)


def witness(sentence: str) -> bool:
    """Whether a sentence opens on an ordinary person's own words ("王姓渔民说，……")."""
    return _WITNESS.search(sentence) is not None


def witness_inside(texts: list[str], paragraphs: list[int], detail: int, overview: list[int], theme: list[int]) -> bool:
    """Whether overview bullet `detail` (a sentence index; `texts` each sentence as its bullet
    says it, `paragraphs` its paragraph) goes down to `theme` though no point takes its place:
    a bystander's quote inside the theme's run, the overview keeping its earlier points (module doc)."""
    others = [j for j in overview if j != detail]
    if len(others) < LEAST_OVERVIEW or any(paragraphs[j] >= paragraphs[detail] for j in others):
        return False
    if not theme or len(theme) >= MAX_GROUP or not min(theme) < detail < max(theme):
        return False
    if paragraphs[detail] not in {paragraphs[j] for j in theme}:
        return False
    return witness(texts[detail])
