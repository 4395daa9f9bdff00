"""A Chinese bullet that leans on the sentence before it ("“这些造假行为往往是……”黄润秋说。", "上述部分
地区伴有短时强降水……", "其中，“广东粤北南岭……试点”……") where that sentence is a bullet too, but
another group's or further up its own group, and the two are too long to be one (`zh_antecedent_pairs`
joins those that fit): the two become neighbours, the antecedent first.

Read two groups apart, "这些造假行为" names nothing; right after "……谈起……发现的造假行为，……" it is
plain. Which one moves: an overview point goes down to the leaning bullet's group (the overview keeps
two points) where it is the overview's last, its least point; an earlier one stays ("预计，……部分地区
有暴雨或大暴雨" under "暴雨橙色预警") and the leaning bullet goes up to stand after it. An overview point
that leans on a theme's bullet goes down to stand after it (never the lead); between theme groups, the
leaning bullet follows its antecedent; within one group it moves to stand right after it ("此次重点查处
……" after "……联合印发通知，部署……专项检查"). Never where the group it leaves would keep fewer than two
bullets. The overview's last point goes down to a leaning bullet only where that names its thing as a
kind said before (此类/上述), not by a pronoun. (zh-news readers' form: 10 briefs changed,
9 better, 1 mixed by its author's read; read 35a: 6 better, 3 worse, 1 same: L821's pronoun move
is now left, L1291's join undone in `cited_points`; L1348's equipment bullet going up stays.)
"""

from __future__ import annotations

from collections.abc import Sequence

from citebrief.engines.scored import Scored
from citebrief.text.anaphora import needs_antecedent
from citebrief.text.lazy_re import LazyPattern
from citebrief.text.zh_frame_pronoun import pronoun_after_frame
from citebrief.text.zh_kind_reference import refers_back_zh

MIN_LEFT = 2  # bullets a group keeps after one moves out
MAX_OVERVIEW = 4  # the overview's points, at most, after a leaning bullet joins it
# a bullet that points at a thing, not a person ("其观测设备……", "该技术……", "这项技术……", "此举……")
_THING = LazyPattern(r"(?:其(?![他她它中实余次])[\u4e00-\u9fff]|该[\u4e00-\u9fff]|这[项些种一个次]|此[举次项类])")


def points_at_thing(text: str) -> bool:
    """Whether a Chinese bullet opens on a word that points back at a thing ("其观测设备", "该技术",
    "这项技术"), not a person ("他提出", "她表示")."""
    return bool(_THING.match(text))


def _leans_back(scored: Scored, i: int) -> bool:
    """Whether sentence `i` leans on sentence `i - 1` of its own paragraph (or the passage before,
    where the tool cut one block into passages)."""
    if i == 0 or i in scored.carried:
        return False  # (a bullet that holds its own sentence before leans on nothing more)
    before, unit = scored.units[i - 1], scored.units[i]
    same = before.paragraph == unit.paragraph or (scored.passages and before.paragraph == unit.paragraph - 1)
    text = scored.trimmed[i]
    return (
        bool(same)
        and not before.heading
        and (needs_antecedent(text, "zh") or pronoun_after_frame(text) or refers_back_zh(text))
    )


def _after(kept: list[list[int]], i: int, source: int, target: int) -> None:
    """Bullet `i` out of group `source` to stand right after `i - 1` in group `target`."""
    kept[source].remove(i)
    kept[target].insert(kept[target].index(i - 1) + 1, i)


def _place(kept: list[list[int]], i: int, mine: int, owner: int, *, kind: bool, thing: bool = False) -> None:
    """Leaning bullet `i` (group `mine`) and its antecedent (group `owner`) made neighbours (module
    doc). The overview's last point goes down only for a `kind` reference (此类/上述: read apart it
    names nothing): a pronoun at a group's head ("他提出，要……") reads plainly after the overview
    point that names him, and the overview keeps what he said (read 35a preferred it left: zh-news
    L821). A thing pointed at by 其/该/这项 ("其观测设备包括……" at a group's head, after the overview's
    "此次投用的6套智能气象站……") goes up instead to end the overview (up to `MAX_OVERVIEW` points),
    where its own group keeps two: read under a title, "其" names nothing (zh-news L1348, a reader)."""
    if mine == 0:  # an overview point that leans on a theme's bullet goes down to it (not the lead)
        if kept[0].index(i) > 0 and len(kept[0]) - 1 >= MIN_LEFT:
            _after(kept, i, 0, owner)
    elif owner == 0 and kept[0][-1] == i - 1 and not kind:
        if thing and len(kept[mine]) - 1 >= MIN_LEFT and len(kept[0]) < MAX_OVERVIEW:
            _after(kept, i, mine, 0)  # "其观测设备包括……" up to end the overview, after the stations it names
        return
    elif owner == 0 and kept[0][-1] == i - 1 and len(kept[0]) - 1 >= MIN_LEFT:  # the overview's last goes down
        kept[0].remove(i - 1)
        kept[mine].insert(kept[mine].index(i), i - 1)
    elif len(kept[mine]) - 1 >= MIN_LEFT:  # the leaning bullet goes to stand after its antecedent
        _after(kept, i, mine, owner)


# the thing a demonstrative names ("这项技术" → 技术, "此次合龙" → 合龙)
_NAMED_THING = LazyPattern(r"(?:这项|这一|这种|这次|此次|此项|该)([\u4e00-\u9fff]{2})")


def _after_naming(scored: Scored, group: list[int], i: int) -> None:
    """Bullet `i` of `group`, whose antecedent sentence is no bullet, moved to stand right after the
    nearest bullet before it in its group that names the thing it points at ("近日，……合成糖技术取得新
    进展。" for "这项技术比自然光合作用……", a definition of 己糖 stood between: zh-news L120, a reader),
    where no bullet between names it."""
    found = _NAMED_THING.match(scored.trimmed[i])
    at = group.index(i)
    if found is None or at < 2:
        return
    thing = found.group(1)
    if thing in scored.trimmed[group[at - 1]]:
        return
    naming = next((k for k in range(at - 2, -1, -1) if thing in scored.trimmed[group[k]]), None)
    if naming is not None:
        group.remove(i)
        group.insert(naming + 1, i)


def antecedents_next(scored: Scored, groups: Sequence[list[int]]) -> list[list[int]]:
    """`groups` (overview first) with each leaning bullet beside its antecedent (module doc)."""
    kept = [list(g) for g in groups]
    if scored.lang != "zh":
        return kept
    for i in [i for g in groups for i in g]:
        if not _leans_back(scored, i):
            continue
        mine = next(g for g, group in enumerate(kept) if i in group)
        owner = next((h for h, group in enumerate(kept) if i - 1 in group), None)
        if owner is None:
            _after_naming(scored, kept[mine], i)
            continue
        if owner != mine:
            _place(
                kept, i, mine, owner, kind=refers_back_zh(scored.trimmed[i]), thing=points_at_thing(scored.trimmed[i])
            )
        elif kept[mine].index(i) != kept[mine].index(i - 1) + 1 and (mine or kept[0].index(i)):
            _after(kept, i, mine, mine)  # one group's bullets apart: the leaning one after (the overview's lead stays)
    return kept
