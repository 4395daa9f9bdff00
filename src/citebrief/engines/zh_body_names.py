"""A body's name as one term when the engine asks whether a sentence repeats a bullet. A Chinese 批复
that sets up a joint meeting or a committee names it in full again and again ("同意建立由……牵头负责的
国务院职业教育工作部际联席会议制度。", "撤销职业教育工作部际联席会议，其职能并入国务院职业教育工作部际
联席会议。"): read as character pairs, the long name alone made two such sentences a repeat, and
zh-policy 30's abolition of the old meeting went unsaid (blind read: its absence noted twice). Where
the MMR's repeat check (`scored.mmr_pick`) compares a policy's sentences, each name the document
sets up ("同意建立/组建/成立/设立 X", or X right before "（以下简称……）") stands as one mark: a sentence
that shares only the name with a bullet is no repeat, while one that says the bullet again in
other words shares its other words still, and two that both set the body up say one point.
"""

from __future__ import annotations

from collections.abc import Iterable

from citebrief.engines.bullets import repeats_any
from citebrief.model import Lang
from citebrief.text.lazy_re import LazyPattern

# "同意建立……制度。", "同意组建2008年北京奥运会首都国际机场协调委员会。": what the decision sets up as `name`
_AGREED = LazyPattern(r"同意(?:建立|组建|成立|设立)(?P<name>[\u4e00-\u9fff\d]{4,40})(?=[。，；])")
# "建立国务院职业教育工作部际联席会议（以下简称联席会议）": the name before the short one
_SHORTENED = LazyPattern(r"(?:建立|组建|成立|设立)(?P<name>[\u4e00-\u9fff\d]{4,40})[（(]以下简称")
_NONE: frozenset[str] = frozenset()  # what a sentence with no verb that sets up sets up
MIN_NAME = 6  # characters: a shorter name ("联席会议") is as much a word as a name
MARK = "㐀"  # a word character no article writes: the name's place, one pair on either side


def _name(found: str) -> str:
    """The body a set-up clause names: after its last "的" ("由……牵头负责的国务院……"), "制度" left off."""
    name = found.rsplit("的", 1)[-1]
    return name.removesuffix("制度")


def set_up(text: str) -> frozenset[str]:
    """The names of the bodies `text` sets up ("同意建立……X制度。", "建立X（以下简称……）")."""
    if "立" not in text and "组建" not in text:
        return _NONE  # no verb that sets up (most sentences): no pattern's search (issue #14)
    return frozenset(
        name
        for pattern in (_AGREED, _SHORTENED)
        for m in pattern.finditer(text)
        if len(name := _name(m.group("name"))) >= MIN_NAME
    )


def body_names(texts: Iterable[str]) -> tuple[str, ...]:
    """The names of the bodies a policy's sentences set up, the longest first."""
    names = frozenset().union(*map(set_up, texts))
    return tuple(sorted(names, key=lambda n: (-len(n), n)))


def unnamed(text: str, names: tuple[str, ...]) -> str:
    """`text` with each of `names` it writes as one mark."""
    for name in names:
        if name in text:
            text = text.replace(name, MARK)
    return text


def repeats_named(text: str, others: Iterable[str], lang: Lang, names: tuple[str, ...]) -> bool:
    """`bullets.repeats_any` with each of `names` (`body_names`) as one mark in every text; two
    sentences that set up the same body ("同意建立……X制度。", "……建立X（以下简称……）制度。") say
    one point still."""
    if not names:
        return repeats_any(text, others, lang)
    others = list(others)
    mine = set_up(text)
    return any(mine & set_up(other) for other in others) or repeats_any(
        unnamed(text, names), (unnamed(other, names) for other in others), lang
    )
