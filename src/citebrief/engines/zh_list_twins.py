"""Two neighbouring Chinese news groups that a "；" list runs across become one group.

A Chinese writer lists several things of one kind in one sentence cut by "；" ("此外，泰国清迈府艺术家
的作品'繁荣之星'……；斯里兰卡科伦坡市设计师的作品'时间旅行者'……；马来西亚艺术家的作品'筑梦'……"),
and the tool reads each piece as a sentence of its own. Where the theme groups are cut between two
pieces, the list's items fall in two groups on one thing: zh-news 157 read the sculptures of Poland
and Thailand under "艺术家" and those of Sri Lanka and Malaysia under "斯里兰卡科伦坡市设计师", a pair
of twin groups a reader marks "two groups on one topic".

Here a theme group whose last bullet is a piece ending on "；" joins the theme group after it where
that group opens on the very next sentence (the list's next item) and the two hold `MOST` bullets
at most; the bullets stay in the article's order. The overview is never joined, and a group that
ends on a piece whose next item no group opens with is left as it is. Read for Chinese news and
features (`final_groups`).
"""

from __future__ import annotations

from citebrief.engines.scored import Draft, Scored

MOST = 5  # the joined group holds five bullets at most
_PIECE_ENDS = ("；", ";")


def list_twins_joined(scored: Scored, drafts: list[Draft]) -> list[Draft]:
    """The drafts (overview first) with two theme groups a "；" list runs across joined (module doc)."""
    if scored.lang != "zh":
        return drafts
    at = 1
    while at < len(drafts) - 1:
        first, second = drafts[at], drafts[at + 1]
        last = max(first.picked)
        if (
            len(first.picked) + len(second.picked) <= MOST
            and min(second.picked) == last + 1
            and scored.units[last].text.rstrip().endswith(_PIECE_ENDS)
        ):
            drafts[at : at + 2] = [Draft(first.theme, sorted([*first.picked, *second.picked]), first.title)]
            continue
        at += 1
    return drafts
