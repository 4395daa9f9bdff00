"""A Chinese roundup's item group spends no bullet on the scene that leads into the item.

A product roundup ("扫地机器人@iRobot", "美发直发器@Dyson戴森", "……@昕诺飞") opens each item on a
long scene ("在黑直长风靡的时候，有多少女生曾……", "随着室内活动和面对显示屏的时间不断增加，用眼疲劳……")
that is central to the item's paragraph and states no figure or outcome, so neither
`zh_hollow_swaps` nor `zh_scene_swaps` (colour, a view) reads it as a scene; it wins a bullet
over the item's features ("这款全新发布的台灯还内置了……三种场景模式"). Blind read s83: the groups
"each spend a bullet on a long scene sentence", the features never get in. Here, in a roundup
(`text/zh_roundup.roundup_items`), a theme group's bullet that opens on a scene frame ("在……的
时候，", "随着……，", "当……时，") and names no brand or item gives way to the nearest sentence
of the same item no bullet cites that names the product (its brand, its item's name, "这款……")
with a figure or a feature ("搭载", "内置", "支持", "可以"). Where none stands near, the bullet
stays; so does a scene that turns to the item ("……而现在，Dyson戴森新出的……美发直发器……"): its
group's title is the item's name, which its paragraph alone says. Run after `zh_scene_swaps`, on a brief that is not a
policy's. An item whose line names its maker in Chinese ("……体验@昕诺飞") is no item to
`roundup_items`; its group is titled by the bullets that name that maker (`maker_bullets`), not by a word
two features share ("办公" of 办公族 and 在家办公)."""

from __future__ import annotations

from citebrief.engines.lead_points import dangling
from citebrief.engines.scored import Draft, Scored
from citebrief.engines.zh_hollow_swaps import nearest_stand_in, states_figure
from citebrief.text.lazy_re import LazyPattern
from citebrief.text.zh_roundup import item_line, roundup_items

MIN_CHARS = 16  # a shorter sentence is a caption or an item's own line, no feature
NEAR = 2  # paragraphs after the scene's own where its replacement may stand
MAX_MARK_LINE = 40  # a sentence with "@" this short is an item's own line ("……体验@昕诺飞。")

# a scene frame opening the sentence: "在黑直长风靡的时候，", "随着……不断增加，", "当……时，"
_FRAME = LazyPattern(r"^(?:在[^，。]{2,20}(?:的时候|之时)|随着[^，。]{2,30}|当[^，。]{2,20}(?:的时候|时))，")
# the brand after an item line's "@": "@Dyson戴森" → Dyson, 戴森; "@昕诺飞" → 昕诺飞; none of a longer
# line ("@圣路易水晶曼哈顿系列": no cut of it is the maker)
_MARK = LazyPattern(r"@([A-Za-z][A-Za-z0-9!&.\-]*)?([\u4e00-\u9fff]{2,6})?(?![\u4e00-\u9fff])")
# the product said by a demonstrative: "这款新品", "这一产品", "该产品"
_THIS = LazyPattern(r"这款|此款|该款|这一产品|该产品|这台|这盏")
_HAN_NAME = LazyPattern(r"[\u4e00-\u9fff]{2,6}")
# what the product has or does
_FEATURE = LazyPattern(r"搭载|内置|支持|采用|配备|配有|具备|首次|可以|能够")


def _mark_line(text: str) -> bool:
    """Whether a sentence is an item's own line marked by "@" ("……扫地机器人@iRobot。")."""
    return "@" in text and len(text) <= MAX_MARK_LINE


def _brands(sentences: list[str]) -> frozenset[str]:
    """The brands the item lines name after "@", Latin and Chinese both."""
    found: set[str] = set()
    for text in sentences:
        if _mark_line(text):
            for m in _MARK.finditer(text):
                found.update(word for word in m.groups() if word)
    return frozenset(found)


def scene_led(text: str, names: frozenset[str]) -> bool:
    """Whether a sentence opens on a scene frame and names no brand or item of the roundup."""
    return _FRAME.search(text) is not None and not any(name in text for name in names)


def names_feature(text: str, names: frozenset[str]) -> bool:
    """Whether a sentence names the product (a brand, an item, "这款……") with a figure or a feature,
    long enough and whole on its own."""
    if len(text) < MIN_CHARS or dangling(text, "zh") or _FRAME.search(text):
        return False
    named = _THIS.search(text) is not None or any(name in text for name in names)
    return named and (states_figure(text) or _FEATURE.search(text) is not None)


def roundup_names(sentences: list[str]) -> frozenset[str]:
    """A roundup's items and the brands its item lines name; empty where the piece is no roundup."""
    items = roundup_items(sentences)
    return frozenset({*_brands(sentences), *items}) if items else frozenset()


def item_bounds(sentences: list[str]) -> list[int]:
    """The sentences that open a roundup's items: its item lines, "@"-marked or named."""
    items = roundup_items(sentences)
    return [i for i, text in enumerate(sentences) if _mark_line(text) or item_line(text, items)]


def swap_roundup_scenes(scored: Scored, drafts: list[Draft], chosen: list[int]) -> None:
    """In a roundup, each theme group's scene-led bullet (`scene_led`) gives way to the nearest
    sentence of its item within `NEAR` paragraphs after it that no bullet cites and names the
    product with a figure or feature (`names_feature`); none near, it stays."""
    if scored.lang != "zh" or len(drafts) < 2:
        return
    trimmed = scored.trimmed
    names = roundup_names(trimmed)
    if not names:
        return
    bounds = item_bounds(trimmed)
    units = scored.units
    for draft in drafts[1:]:
        for k in [k for k in draft.picked if scene_led(trimmed[k], names)]:
            end = next((b for b in bounds if b > k), len(trimmed))
            home = units[k].paragraph

            def same_item(i: int, k: int = k, end: int = end, home: int = home) -> bool:
                return k < i < end and units[i].paragraph - home <= NEAR

            best = nearest_stand_in(scored, k, chosen, lambda text: names_feature(text, names), near_enough=same_item)
            if best is not None:
                draft.swap(k, best, chosen)


def maker_bullets(bullets: list[str], lines: list[str]) -> list[str]:
    """The bullets of a group that name the one Chinese maker an item line names after "@"
    ("……体验@昕诺飞"), where they name no other brand: the group's title is theirs, the lamp they
    name, not a word its features share ("办公" of 办公族 and 在家办公); `bullets` where none, or
    several makers, are named."""
    brands = _brands(lines)
    said = [b for b in brands if any(b in bullet for bullet in bullets)]
    if len(said) != 1 or not _HAN_NAME.fullmatch(said[0]):
        return bullets
    return [bullet for bullet in bullets if said[0] in bullet]
