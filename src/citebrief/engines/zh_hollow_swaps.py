"""A Chinese news bullet that says nothing an analyst can use: how someone spoke or looked ("面对
记者采访，……娓娓道来，眼里满是憧憬。", "……一名四川游客对水面上的船客喊道。"), the reporter's scene
("记者在现场看到，……", "走进……", "清晨，……"), a byline ("作者：……五（6）班") or a meeting held with no
outcome ("8月3日，……召开……工作会议。"). It states no figure; a sentence of its own or the next
paragraph does ("……亩产870公斤", "……撤出33处煤矿的1000余名矿工"). It gives way to the nearest
such sentence no bullet cites: the group keeps its size and says the specific instead of the
scene. Run after coverage, on a brief that is not a policy's. Colour outside the overview (heat, sound,
a view: `text/colour.py`, "……热浪在地平线上滚滚袭来。") is hollow too."""

from __future__ import annotations

import re
from collections.abc import Callable

from citebrief.digest_points import announces
from citebrief.engines.bullets import repeats_any
from citebrief.engines.lead_points import dangling
from citebrief.engines.scored import Draft, Scored
from citebrief.engines.zh_overview_details import Refill
from citebrief.text.brief_memo import per_brief
from citebrief.text.colour import is_colour
from citebrief.text.lazy_re import LazyPattern

# how a person spoke or looked, with nothing said: the sentence ends on the manner
_MANNER = (
    r"(?:娓娓道来|侃侃而谈|眼里满是|眼中满是|眼里闪着|眼中闪烁|脸上(?:洋溢|写满|挂满|露出|堆满)|满是憧憬|笑得合不拢嘴"
    r"|(?:喊|叫|问|笑|叹|说|感叹|感慨|回忆)道[。！]?$"
    r"|气氛(?:热烈|温馨|欢快|融洽)|欢声笑语|热闹非凡|人头攒动|映入眼帘)"
)
# the reporter's scene or a season's opening: "记者在现场看到，", "走进……，", "清晨，", "初夏时节，"
_SCENE = (
    r"^(?:记者(?:在现场|近日|日前|走进|来到)?(?:看到|注意到|见到)|记者(?:在)?现场|已经?入[春夏秋冬]|走进|步入|穿行在|漫步|行走在|置身"
    r"|(?:清晨|早晨|傍晚|黄昏|深夜|凌晨|午后|夜幕降临|(?:初|盛|仲)?[春夏秋冬](?:日|季|天|时节)|金秋|寒冬|隆冬)[的时]?，)"
)
# a setting or a mood with no event: "8月的西安，……", "放眼望去，", "红霞满天，暑气仍盛。", a news
# peg only teased ("……又有下文。"), examples trailing off ("有的……，有的……")
_SETTING = (
    r"^\d{1,2}月的[^，。\d]{1,6}，|^放眼望去|^[^，。]{0,12}(?:一大早|大清早)|又有(?:下文|新进展)|有了新进展"
    r"|^[^，。\d]{2,6}，[^，。\d]{2,6}。$|^[^，。]{0,8}节气已过|^有的[^。]{0,40}，有的|[^。]……[”」]?$"
)
# a byline or a teacher's credit: "作者：嵇秉容，福山花园外国语小学五（6）班"
_BYLINE = LazyPattern(r"^(?:作者|文|指导老师|指导教师|通讯员|记者)[：:]")
_SHAPE = LazyPattern(f"{_MANNER}|{_SCENE}|{_SETTING}")  # one search a bullet
# a figure that is not a date: digits, or a count in words ("上百台", "千余名")
_DATE = LazyPattern(r"第\d+[号届次期]|\d{4}年|\d+(?:岁|世纪|年代)|\d{1,2}月|\d{1,2}日|\d{1,2}时|\d{1,2}点")
_FIGURE = LazyPattern(r"\d|[上数几近][十百千万]|[十百千万亿][余多][台辆家名人个项件座条吨元户亩]")
# a meeting or a launch held, said with nothing decided at it (`digest_points.announces` finds
# the shape; a sentence that says what was passed, chosen or founded is news)
_HELD = LazyPattern(r"召开|举行|举办|开幕|启动")
_OUTCOME = LazyPattern(r"审议|通过|决定|宣布|表决|选举|成立|签署|签约|发布了|颁发")
# the rest of a list, or a sentence that leans on the one before: no bullet alone
_LIST_TAIL = LazyPattern(r"^(?:包括|主要有|分别是|分别为|其中)")
NEAR = 2  # paragraphs either side of the bullet's own where its replacement may stand
MIN_CHARS = 16  # a shorter sentence with a figure is a caption or a heading, no point


def states_figure(text: str) -> bool:
    """Whether a sentence states a figure that is not a date."""
    return _FIGURE.search(_DATE.sub("", text)) is not None


@per_brief(maxsize=512)  # each swap asks it of the same bullets again (~12 asks of ~9 texts a news brief)
def hollow(text: str, *, lead: bool = False) -> bool:
    """Whether a Chinese bullet says only a scene, a manner, a byline or that a meeting was held,
    with no figure in it; in the overview (`lead`) a meeting held is the news peg, and stays."""
    text = text.strip()
    if _BYLINE.search(text):
        return True  # "作者：嵇秉容，……五（6）班": its figure is a class
    shaped = _SHAPE.search(text) is not None or (not lead and is_colour(text, "zh"))  # or colour: heat, sound, a view
    if not shaped and (lead or _HELD.search(text) is None):
        return False  # most bullets: one search or two
    if states_figure(text) or ("“" in text and "”" in text and len(text) > MIN_CHARS * 3):
        return False  # a quotation of some length says something
    return shaped or _meeting(text)


def _shape(text: str) -> bool:
    """Whether a sentence is a byline, a manner of speaking or looking, or a reporter's scene."""
    return _BYLINE.search(text) is not None or _SHAPE.search(text) is not None


def _meeting(text: str) -> bool:
    """Whether a sentence says only that a meeting or launch was held (not one still to come)."""
    return announces(text) and _HELD.search(text) is not None and _OUTCOME.search(text) is None and "将" not in text


def stands_alone(text: str) -> bool:
    """Whether a sentence can be a bullet in a hollow one's place: long enough, a figure in it,
    whole without the sentence before, not itself hollow."""
    return (
        len(text) >= MIN_CHARS
        and states_figure(text)
        and not dangling(text, "zh")
        and _LIST_TAIL.search(text) is None
        and not _shape(text)
        and not _meeting(text)
        and not opens_on_quote(text)
    )


def opens_on_quote(text: str) -> bool:
    """Whether a sentence opens on a quotation mark: most often a quotation's tail, not whole."""
    return re.match(r"^[“「]", text) is not None


def swap_hollow(scored: Scored, drafts: list[Draft], chosen: list[int]) -> None:
    """Each hollow bullet (`hollow`) gives way to the nearest usable sentence no bullet cites that
    states a figure and stands alone: of its own paragraph first (after it, then before), then of
    the next and the previous; one that repeats another bullet is passed over. Where none is near,
    the bullet stays."""
    if scored.lang != "zh":
        return
    trimmed = scored.trimmed
    for number, draft in enumerate(drafts):
        for k in list(draft.picked):
            if not hollow(trimmed[k], lead=number == 0):
                continue
            best = nearest_stand_in(scored, k, chosen, stands_alone)
            if best is not None:
                draft.swap(k, best, chosen)


def nearest_stand_in(
    scored: Scored,
    k: int,
    chosen: list[int],
    fits: Callable[[str], bool],
    first: Callable[[str], int] | None = None,
    *,
    near_enough: Callable[[int], bool] | None = None,
    repeats: Callable[[str, list[str]], bool] | None = None,
) -> int | None:
    """The usable sentence no bullet cites, within `NEAR` paragraphs of bullet `k`'s (or where
    `near_enough` says), that `fits` and repeats no other bullet (`repeats`: near its words, by
    default): `first`'s rank first where given (a figure before a name), then of its own paragraph
    (after it, then before), then the next and the previous; None where none is."""
    units, trimmed = scored.units, scored.trimmed
    home = units[k].paragraph
    taken = set(chosen)
    others = [trimmed[j] for j in chosen if j != k]

    def within_near(i: int) -> bool:
        return abs(units[i].paragraph - home) <= NEAR

    reach = within_near if near_enough is None else near_enough
    near = [i for i in scored.usable if i not in taken and reach(i) and fits(trimmed[i])]
    near.sort(
        key=lambda i: (
            first(trimmed[i]) if first is not None else 0,
            abs(units[i].paragraph - home),
            units[i].paragraph < home,
            abs(i - k),
        )
    )
    if repeats is None:
        return next((i for i in near if not repeats_any(trimmed[i], others, "zh")), None)
    return next((i for i in near if not repeats(trimmed[i], others)), None)


def refill_hollow_lead(scored: Scored, drafts: list[Draft], refill: Refill | None) -> list[Draft]:
    """The drafts, an overview bullet still hollow once the groups are settled (no figure near it:
    a feature's scene) given way to the lead's next point (`refill(taken, start)`: the most central
    sentence before the first theme's that stands alone and is not hollow), where that states a
    figure: a feature's next central line is as often its next scene ("接着，领取工具包……").
    `refill` None: a brief this does not read (a policy's, an essay's, a number of groups asked)."""
    if refill is None or scored.lang != "zh" or not drafts:
        return drafts
    lead = drafts[0]
    start = min((i for d in drafts[1:] for i in d.picked), default=len(scored.units))
    for k in list(lead.picked):
        if not hollow(scored.trimmed[k], lead=True):
            continue
        fresh = refill([i for d in drafts for i in d.picked], start)
        if fresh is not None and stands_alone(scored.trimmed[fresh]):
            lead.picked = sorted(fresh if i == k else i for i in lead.picked)
    return drafts
