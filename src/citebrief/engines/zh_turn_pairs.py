"""A Chinese news bullet that turns on the sentence before it ("但同时，……") stands in that
sentence's group.

A turn ("但同时，医药领域腐败问题依然存在……") answers the sentence right before it ("……医药领域行业
风气持续向好。"): the two are one point, the finding and its limit. Theme groups gather sentences by
their words, so the two can land in different groups, and a paired reader (s40) met "'风气持续向好'
sits in a different group from the '但同时…依然存在' bullet that answers it": the one group says
the trade is cleaner, the other that corruption remains, each without the other half.

Here a bullet that opens on a turn word (但、但是、然而、不过、同时、与此同时) whose sentence right
before it is a bullet of another group goes to that sentence's group, where its own keeps
`MIN_LEFT` bullets and the other stays within its size (`MAX_OVERVIEW` for the overview,
`MAX_GROUP` for a theme group); failing that, the sentence comes into the turn's group on the
same terms. The turn word is read in the article's sentence too, where the bullet trimmed it
away ("同时，加强值班值守……" after the flood office's warnings, its bullet "加强值班值守……" left in
the overview: zh-news 3). "Right before" is in the same paragraph, or at the head of the next passage where the
tool cut one block into passages. The turn goes rather than the sentence because the sentence
opens the point and its group was titled by it: brought up into the overview instead, "……风气持续
向好" left its group ("医药反腐风暴") to a title on a side word ("社区医院"). A turn no move can
place stays. zh-news: 2 of 200 briefs change (L94; zh-news 3); zh-clts: none. Read for Chinese news and
features (`final_groups`).
"""

from __future__ import annotations

import re

from citebrief.engines.scored import AFTER, Draft, Scored, next_to, overview_placed

MAX_OVERVIEW = 4  # the overview's points, at most, after a move
MAX_GROUP = 5  # a theme group's bullets, at most, after a move
MIN_LEFT = 2  # the bullets a group keeps, at least, after a move
_TURN = re.compile(r"^(?:但|然而|不过|可是|同时[，,]|与此同时)")


def _turns(trimmed: str, said: str) -> bool:
    """Whether a bullet opens on a turn word, as trimmed or as the article says it: the bullet
    "加强值班值守，……" is the article's "同时，加强值班值守，……", its connective trimmed away."""
    return bool(_TURN.match(trimmed) or _TURN.match(said))


def _room(drafts: list[Draft], k: int) -> bool:
    """Whether group `k` (0: the overview) can take one bullet more."""
    return len(drafts[k].picked) < (MAX_OVERVIEW if k == 0 else MAX_GROUP)


def join_group(drafts: list[Draft], bullet: int, source: int, home: int) -> None:
    """Bullet `bullet` leaves group `source` for group `home`; the overview keeps its own order,
    the bullet placed after the overview point it follows in the article (first where none does)."""
    drafts[source].picked.remove(bullet)
    if home:
        drafts[home].picked = sorted([*drafts[home].picked, bullet])
        return
    drafts[0].picked = overview_placed(drafts[0].picked, bullet)


def turns_paired(scored: Scored, drafts: list[Draft]) -> list[Draft]:
    """The drafts (overview first) with each turn bullet beside the sentence it answers (module
    doc)."""
    if len(drafts) < 2 or scored.lang != "zh":
        return drafts
    texts = scored.trimmed
    group_of = {i: k for k, draft in enumerate(drafts) for i in draft.picked}
    for turn in sorted(group_of):
        before = turn - 1
        if before not in group_of or not _turns(texts[turn], scored.units[turn].text) or turn in scored.carried:
            continue
        mine, theirs = group_of[turn], group_of[before]
        if mine == theirs or not next_to(scored, scored.units[turn], scored.units[before], AFTER):
            continue
        if len(drafts[mine].picked) > MIN_LEFT and _room(drafts, theirs):
            join_group(drafts, turn, mine, theirs)
            group_of[turn] = theirs
        elif len(drafts[theirs].picked) > MIN_LEFT and _room(drafts, mine):
            join_group(drafts, before, theirs, mine)
            group_of[before] = mine
    return drafts
