"""A Chinese news overview that states none of the story's headline figures takes one up.

The overview (group 1) is read first; an analyst wants in it the news and the figure the
story turns on: a toll ("共造成死亡、失联人员27名"), a total or amount ("中国机器人产业营业收入超过
1700亿元", "非法经营数额约14万元"), a share or rank ("占全球比重超过50%，稳居全球第一大市场") or what
a person's work came to ("杨志刚已经育成6个小麦品种"). The overview is picked from the lead,
which opens on the occasion (the flood, the award, the verdict), and the figure is often told
paragraphs later, so it ends as a later group's bullet. Readers of zh-news (read 38f): "the
overview gets the wrong bullet … the headline figure sits in a later group".

Here, where no overview point states such a figure (`headline_kinds`: the kinds are patterns of
Chinese news prose, read from `text/data/zh_headline_figures.tsv`; a bare count of what was sent,
a date or a length is not one; whom a decision honours, counted, is: "授予478名同志……称号" is the
award story's figure, and the profiled winner's "已经育成6个小麦品种" the detail his theme closes on,
s51a) nor a measured one (a percent, a number in 万 or 亿, "达620万吨":
readers found a second figure from another matter made the overview a mix, read 38i) and a
later group's bullet does, that bullet (the one stating most kinds, then the earliest) goes up
into the overview, in reading order, while its group is not drawn from one paragraph (then the
figure is a detail of that paragraph's account: "削峰率达92%" among the flood measures), keeps
`MIN_GROUP` bullets that still say its title, the group's next bullet does not lean on it
("所有患者……" after "47例患者……"), the figure is about what the overview is about (its
sentence names no place or body other than the overview's own: Jiangsu's "累计开展各类活动13900余场"
is no figure of a story on Qingdao's old town, zh-news L1327, which blind readers named a fault),
and the overview shows `MAX_OVERVIEW` bullets at most (a quotation carried beside its line counted).
The sentence right after it that gives a figure for the same period follows it up
(`zh_figure_followers`: the 2022 install share after the 1700亿元 revenue, zh-news 173), as does a
bullet of its group further off with a figure for the same half, quarter or months (`term_siblings`:
the half's catering growth after the half's retail total, zh-news 136), where the overview has room.
A condition ("若……可申请500万元") or a target ("到2035年力争……") reports no figure; nor does a
sentence whose numbers the overview gives already.
Read for Chinese news and features, once every group is titled (`extractive`, after
`zh_title_moves`): moved earlier, the group was titled afresh by what it had left ("帮扶活动" →
"司副司长") and a later step could send an overview point back down.
"""

from __future__ import annotations

import re
from functools import cache

from citebrief.engines.scored import Draft, Scored
from citebrief.engines.zh_antecedent_next import antecedents_next
from citebrief.engines.zh_antecedent_pairs import released_antecedents
from citebrief.engines.zh_figure_followers import period_follower, term_siblings
from citebrief.engines.zh_figure_remnants import remnant_moved
from citebrief.engines.zh_leaned_on import leaned_on
from citebrief.engines.zh_teaser_drops import gives_way
from citebrief.text.data_files import package_text
from citebrief.text.lazy_re import LazyPattern
from citebrief.text.tokenize import zh_words_tags

MAX_OVERVIEW = 4  # the overview holds four points at most (as `zh_overview_moves` keeps it)
MIN_GROUP = 2  # the group the figure leaves keeps two bullets at least
MAX_CHARS = 230  # a longer bullet is a paragraph's worth of detail, not a figure to lead with
# a number in digits, with 余/多/万/亿 after; not a date, a clock time, an age or an edition
_NUMBER = r"\d+(?:\.\d+)?(?:余|多)?(?:万亿|万|亿)?(?![\d.年月日时分秒岁号届期])"

# a condition ("若项目落户……，还可申请不超过500万元的……") offers a figure, it does not report one
_IF = LazyPattern(r"^(?:若|如果|假如|倘若)")
# nor does a target ("到2035年力争全区通用机场总数达59个"): the story turns on what was done
_TARGET = LazyPattern(r"(?<!截)(?:到)\d{4}年|力争|目标|预计")
# a sentence that opens on what the one before counted or named ("所有患者……", "这些企业……")
_BACK = LazyPattern(r"^(?:所有|全部|这|此|其|该|上述|以上|他们|她们|它们)")
_PLACE_TAGS = frozenset({"ns", "nt"})  # the tagger's places and bodies ("江苏省", "青岛", "市南区")
# the whole country is no other place: "中国机器人产业营业收入" is the figure of a Beijing expo's story
_COUNTRY = LazyPattern(r"^(?:中国|全国|我国|中华人民共和国)$")
_DIGITS = LazyPattern(r"\d+(?:\.\d+)?")
# a measured figure an overview may give without a headline kind: a percent ("收购……90%股份"), a
# number in 万 or 亿 ("从业人员1.1万人"), or what something came to ("植被固碳量达620万吨")
_MEASURED = LazyPattern(r"\d+(?:\.\d+)?\s*[%％]|\d+(?:\.\d+)?(?:余|多)?(?:万|亿)|达\d")


def _said_already(text: str, overview: str) -> bool:
    """Whether every number a sentence gives is one the overview gives already: "共250余家企业，
    提供……2800余个岗位" after "汇聚250余家参会企业……提供2800余个工作岗位" says it again."""
    numbers = _DIGITS.findall(text)
    return bool(numbers) and all(number in overview for number in numbers)


def _shown(scored: Scored, groups: list[list[int]]) -> int:
    """How many bullets the overview (`groups[0]`) shows once each bullet that leans on the
    sentence before it has that sentence beside it (`zh_antecedent_pairs`, `zh_antecedent_next`:
    "“这些造假行为……”" after the line that introduces it)."""
    return len(antecedents_next(scored, released_antecedents(scored, groups))[0])


def _leant_on(scored: Scored, i: int, group: list[int]) -> bool:
    """Whether the group's next bullet, the sentence right after `i`, leans on it: carries it or
    turns on it (`zh_leaned_on`), or points back at what it counted ("所有患者均表现出显著的症状
    改善" after "结果发现，47例患者……"): moved up, the figure would leave that bullet hanging."""
    if i + 1 not in group or i + 1 >= len(scored.units) or scored.units[i + 1].paragraph != scored.units[i].paragraph:
        return False
    return leaned_on(scored, i, group) or bool(_BACK.match(scored.trimmed[i + 1]))


def _one_paragraph(scored: Scored, group: list[int]) -> bool:
    """Whether every bullet of a group comes from one paragraph: the group is that paragraph's
    account, and its figure a detail of it (the reservoir's "削峰率达92%" among the ministry's
    flood measures; the lottery's "累计筹集公益金" before the lines on what the fund is for).
    Moved up, the figure would leave the paragraph's framing lines without their fact."""
    return len({scored.units[i].paragraph for i in group}) == 1


def _places(text: str) -> set[str]:
    """The places and bodies (two characters or more) a sentence names."""
    words, tags = zh_words_tags(text)
    return {w for w, tag in zip(words, tags, strict=True) if tag in _PLACE_TAGS and len(w) >= 2}


def _elsewhere(text: str, overview: str) -> bool:
    """Whether a sentence's figure is about a place or body other than the overview's own: it
    names places or bodies (the tagger's), the overview names its own, and none of the
    sentence's is one of the overview's (nor its short form, "江苏" for "江苏省"; the country is
    none: `_COUNTRY`). Jiangsu's "累计开展各类活动13900余场" is no figure of a story on Qingdao's old
    town (zh-news L1327)."""
    names = {name for name in _places(text) if not _COUNTRY.match(name)}
    own = _places(overview)
    return bool(names and own) and not any(
        name in overview or name[:2] in overview or any(mine in name for mine in own) for name in names
    )


def _title_kept(group: Draft, leaving: int, texts: list[str]) -> bool:
    """Whether the group's title ("保险报案", "供水设施、支农支小再贷款额度") is still said, each of its
    parts by a bullet that stays, once sentence `leaving` goes up: a title only the figure said
    would name what the group no longer holds."""
    if not group.title:
        return False
    staying = [texts[i] for i in group.picked if i != leaving]
    return all(any(part in text for text in staying) for part in group.title.split("、"))


@cache
def _kinds() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """The kinds of headline figure and the pattern of each (`{N}` a number), from the data file."""
    text = package_text("citebrief.text", "data/zh_headline_figures.tsv")
    kinds: list[tuple[str, re.Pattern[str]]] = []
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        kind, pattern = line.split("\t", 1)
        kinds.append((kind, re.compile(pattern.strip().replace("{N}", _NUMBER))))
    return tuple(kinds)


def headline_kinds(text: str) -> set[str]:
    """The kinds of headline figure a sentence states ("toll", "total", "share", "rank", "result")."""
    return {kind for kind, pattern in _kinds() if pattern.search(text)}


def _movable(text: str, overview: str) -> bool:
    """Whether a bullet may lead as the story's figure: short enough, no condition or target,
    a number the overview (its bullets' text) does not give already."""
    return (
        len(text) <= MAX_CHARS
        and not _IF.match(text)
        and not _TARGET.search(text)
        and not _said_already(text, overview)
    )


def would_lead(text: str, overview: str) -> bool:
    """Whether a bullet states a headline figure an overview (its bullets' text) with none could
    take up: a kind of figure (`headline_kinds`), movable, about what the overview is about."""
    return bool(headline_kinds(text)) and _movable(text, overview) and not _elsewhere(text, overview)


def _in_order(overview: list[int], i: int) -> list[int]:
    """The overview with sentence `i` placed in reading order among its bullets."""
    later = [at for at, k in enumerate(overview) if k > i]
    return [*overview[: later[0]], i, *overview[later[0] :]] if later else [*overview, i]


def _siblings_up(
    scored: Scored, drafts: list[Draft], k: int, best: int, moved: list[int], group: list[int]
) -> tuple[list[int], list[int]]:
    """The overview and group `k` once the bullets that give a figure for the term the figure
    `best` gives one for follow it up (`zh_figure_followers.term_siblings`), each where the group's
    title stays said, nothing left leans on it and the overview shows `MAX_OVERVIEW` bullets at most
    (a setter that will give way to the bullet after it, `zh_teaser_drops`, not counted)."""
    texts = scored.trimmed
    for sibling in term_siblings(scored, best, group):
        if not _title_kept(Draft(None, group, drafts[k].title), sibling, texts) or _leant_on(scored, sibling, group):
            continue
        up, left = _in_order(moved, sibling), [i for i in group if i != sibling]
        trial = [up if at == 0 else left if at == k else d.picked for at, d in enumerate(drafts)]
        leaving = sum(gives_way(scored, Draft(None, up), i) for i in up)
        if _shown(scored, trial) - leaving <= MAX_OVERVIEW:
            moved, group = up, left
    return moved, group


def figure_up(scored: Scored, drafts: list[Draft]) -> list[Draft]:
    """The drafts (overview first), a later group's headline-figure bullet moved up into an
    overview that states none; unchanged otherwise."""
    texts = scored.trimmed
    if len(drafts) < 2 or not drafts[0].picked:
        return drafts
    overview = drafts[0].picked
    if any(headline_kinds(texts[i]) or _MEASURED.search(texts[i]) for i in overview):
        return drafts
    said = "".join(texts[i] for i in overview)
    candidates = [
        (len(kinds), -i, k, i)
        for k, draft in enumerate(drafts[1:], 1)
        if len(draft.picked) > MIN_GROUP and not _one_paragraph(scored, draft.picked)
        for i in draft.picked
        if _movable(texts[i], said)
        and (kinds := headline_kinds(texts[i]))
        and _title_kept(draft, i, texts)
        and not _leant_on(scored, i, draft.picked)
        and not _elsewhere(texts[i], said)
    ]
    if not candidates or _shown(scored, [d.picked for d in drafts]) >= MAX_OVERVIEW:
        return drafts
    _, _, k, best = max(candidates)  # the most kinds of figure, then the earliest
    later = [at for at, i in enumerate(overview) if i > best]  # in reading order
    moved = [*overview[: later[0]], best, *overview[later[0] :]] if later else [*overview, best]
    group = [i for i in drafts[k].picked if i != best]
    after = [moved if at == 0 else group if at == k else d.picked for at, d in enumerate(drafts)]
    if _shown(scored, after) > MAX_OVERVIEW:
        return drafts  # with the sentence it leans on, the figure would make a fifth bullet
    follower = period_follower(scored, best, group)  # its period's next figure follows (`zh_figure_followers`)
    kept = follower is not None and not _leant_on(scored, follower, group)  # nothing left hanging on it
    if follower is not None and kept and _title_kept(Draft(None, group, drafts[k].title), follower, texts):
        both = [*moved[: moved.index(best) + 1], follower, *moved[moved.index(best) + 1 :]]
        left = [i for i in group if i != follower]
        if _shown(scored, [both if at == 0 else left if at == k else p for at, p in enumerate(after)]) <= MAX_OVERVIEW:
            moved, group = both, left
    moved, group = _siblings_up(scored, drafts, k, best, moved, group)
    drafts[0].picked[:], drafts[k].picked[:] = moved, group
    remnant_moved(scored, drafts, k)  # what the figure held together goes where it belongs (`zh_figure_remnants`)
    return drafts
