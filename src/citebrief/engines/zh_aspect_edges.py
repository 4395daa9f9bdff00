"""A Chinese news theme whose first bullet ends the aspect before the one its group is about.

A press release walks through its aspects one by one, each opened by a sentence that names it
("口袋公园建设方面，……", "在绩效评价方面，……"). A run's cut may fall one sentence early, before
such an opener: the theme then opens on the last sentence of the aspect before ("衡水、石家庄、
保定、邯郸市完工率超过60%" — the old-community renovation's figure — under "高品质口袋公园"),
and its title, read off the aspect the group is about, stands over a bullet it does not cover.
Shared words do not catch it (the places of one figure recur in the next aspect's figures), the
opener does: the theme's first bullet that stands before an aspect opener which all its other
bullets follow, with no opener between it and the group before's bullets, goes to that group,
where it follows that group's last bullet in the article (the aspect's last word after its
figure, not a lead-in to the aspects: "国家文物局印发《通知》……采取了一系列措施来优化服务" stays
over them), speaks in no voice of its own ("报告指出，……" starts afresh), the group has room and
the theme keeps two bullets.
"""

from __future__ import annotations

from collections.abc import Sequence

from citebrief.engines.scored import Draft
from citebrief.text.lazy_re import LazyPattern

MAX_OVERVIEW = 4  # the overview holds four bullets at most (as `zh_overview_moves` keeps it)
MAX_GROUP = 4  # nor does a theme grow past four
MIN_LEFT = 2  # the theme a bullet leaves keeps two

# a sentence that names the aspect it opens: "口袋公园建设方面，", "在提升规范管理能力方面，"
# (not "另一方面", "一方面", which turn or pair; no clause break inside the aspect's name)
_OPENER = LazyPattern(r"^(?:在|从)?(?![一另])[^，。；：:,“”‘’（）()]{2,20}方面[，,：:]")

# a sentence in a voice of its own ("财政部相关负责人表示，", "报告指出，"): a statement that starts
# afresh, not the last word of the aspect before
_OWN_VOICE = LazyPattern(r"^[^，。；]{0,30}(?:表示|指出|介绍|说|认为|强调|称|显示)[，,：:]")


def opens_aspect(sentence: str) -> bool:
    """Whether the sentence opens an aspect of the article by its name."""
    return _OPENER.match(sentence) is not None


def aspects_together(drafts: list[Draft], sentences: Sequence[str]) -> list[Draft]:
    """The drafts (overview first; `sentences` the article's, by index) with each theme's first
    bullet that ends the aspect before its group's moved back to the group before, and each
    theme's last bullet that opens the next group's aspect moved on to it (in place)."""
    openers = [i for i, sentence in enumerate(sentences) if opens_aspect(sentence)]
    if not openers:
        return drafts
    for at in range(1, len(drafts)):
        _edge_back(drafts, at, sentences, openers)
        if at + 1 < len(drafts):
            _edge_on(drafts, at, openers)
    return drafts


def _room(drafts: list[Draft], at: int) -> bool:
    return bool(drafts[at].picked) and len(drafts[at].picked) < (MAX_OVERVIEW if at == 0 else MAX_GROUP)


def _edge_back(drafts: list[Draft], at: int, sentences: Sequence[str], openers: list[int]) -> None:
    """The theme's first bullet to the group before, where the aspect its others are about opens
    after it and it is the next sentence of that group's own aspect."""
    group, before = drafts[at].picked, drafts[at - 1].picked
    if len(group) <= MIN_LEFT or not _room(drafts, at - 1):
        return
    first = min(group)
    if first - 1 not in before or _OWN_VOICE.match(sentences[first]):
        return  # not the next sentence of the group before's aspect, or a statement of its own
    rest = min(i for i in group if i != first)
    # the aspect opened after the first bullet, at or before the others: theirs, not its
    if not any(first < o <= rest for o in openers) or any(max(before) < o <= first for o in openers):
        return  # (nor did an aspect of its own open after the group before's bullets)
    group.remove(first)
    drafts[at - 1].picked = [*before, first] if at == 1 else sorted([*before, first])


def _edge_on(drafts: list[Draft], at: int, openers: list[int]) -> None:
    """The theme's last bullet to the next group, where it opens (or follows the opener of) an
    aspect after all its group's others and the next group's bullets are that aspect's ("在加大对
    行贿犯罪的惩治力度方面，草案增加规定，……" after two bullets on private firms' protection, before
    the bribery penalties)."""
    group, after = drafts[at].picked, drafts[at + 1].picked
    if len(group) <= MIN_LEFT or not _room(drafts, at + 1):
        return
    last = max(group)
    rest = max(i for i in group if i != last)
    if min(after) < last or not any(rest < o <= last for o in openers):
        return
    if any(last < o <= min(after) for o in openers):
        return  # the next group's bullets are of an aspect opened after it
    group.remove(last)
    drafts[at + 1].picked = sorted([*after, last])
