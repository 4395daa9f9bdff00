"""A Chinese news pair of strangers that no sentence of its theme mends: the bullet that gives way
takes the sentence that follows the one that stays, where that sentence goes on about its subject.

`zh_stranger_pairs` reads a two-bullet group whose bullets share no name or noun and lets the one
of no figure give way to a sentence of the group's theme that shares two names or nouns with the
other. A short theme often has none: the carnival lasting to October in 欢乐谷's 园区 stays beside
the painting contest's rules (zh-news L1347), the diners' market's giant leg beside the film's
landlady (L1220), and readers meet two unrelated sentences under one bullet's title. The sentence
the writer put right after the bullet that stays often goes on about its subject ("活动期间，园区将
设置多个环保知识问答点位……", "有食客笑言，来这吃饭……").

Here, where `zh_stranger_pairs` finds no stand-in, the stranger gives its place to the sentence
right after the bullet that stays, where that sentence is in the same paragraph, may be a bullet
(`Scored.usable`), stands alone (`lead_points.dangling`), is held by no group nor half of a
bullet's pair, and shares a name or noun with the bullet that stays (the article's common words
left out). One that shares nothing is no tie: "冉宏林：……将这些出土文物向社会大众公开" after the new
hall's floor areas would say what the next group on the unearthed relics says (L989). The pair
stays as it is where

- the stranger opens on a step ("屏幕共享后，'客服'指点她……转到'安全账户'" before "郑女士警觉起来……
  报警", L1301 cut in passages of three sentences; "拆卸完毕后，……取出一枚'塑料疙瘩'", L737): it is
  the next step of a story the pair tells, not a stranger, and the scam's transfer stays with it;
- a weather item's pair tells two kinds ("会商指出，台风……登陆" beside "要最高标准……加强回港船只",
  L965): `zh_weather_kinds` sends the forecast to the overview and the measure to the measures.

zh-news as pasted: 2 of 200 briefs change (L1347, L1220); cut in passages of three sentences
(bench): 2 (L1220, L1382); zh-clts, zh-policy: none. It reads Chinese news and features only, as
its caller (`zh_loner_swaps.loners_placed`) does.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from citebrief.engines.lead_points import dangling
from citebrief.engines.scored import Scored
from citebrief.engines.zh_weather_kinds import bullet_kind, kind_words
from citebrief.text.lazy_re import LazyPattern
from citebrief.text.zh_weather_titles import is_weather_item

# a first clause that ends on 后 ("拆卸完毕后，", "屏幕共享后，"): a story's next step
_STEP = LazyPattern(r"[^，,。；“”]{1,14}后[，,]")


def follower(
    scored: Scored,
    pair: Sequence[int],
    stranger: int,
    taken: set[int],
    keys: Mapping[int, frozenset[str]],
) -> int | None:
    """The sentence that takes `stranger`'s place in the two-bullet group `pair`: the one right
    after the bullet that stays, where it fits (module doc); None where it does not. `taken` holds
    the sentences no stand-in may be, `keys` each sentence's names and nouns (the article's common
    words left out)."""
    if _STEP.match(scored.trimmed[stranger]):
        return None  # the next step of what the pair tells ("屏幕共享后，……"): no stranger
    stays = next(i for i in pair if i != stranger)
    if _kinds_parted(scored, stays, stranger):
        return None
    after = stays + 1
    units = scored.units
    if after >= len(units) or after == stranger or after in taken:
        return None
    if units[after].paragraph != units[stays].paragraph or after not in scored.usable:
        return None
    if dangling(scored.trimmed[after], "zh"):
        return None
    return after if keys[after] & keys[stays] else None


def _kinds_parted(scored: Scored, stays: int, stranger: int) -> bool:
    """Whether the pair is a weather item's two kinds, which `zh_weather_kinds` sorts each to its
    kind's group (the landfall forecast to the overview, "要最高标准……加强回港船只" to the
    measures): one bullet tells a kind (`bullet_kind`) of which the other, saying some kind, says
    no word."""
    texts = (scored.trimmed[stays], scored.trimmed[stranger])
    said = [{kind for word, kind in kind_words() if word in text} for text in texts]
    told = [bullet_kind(text) for text in texts]
    parted = any(told[k] and said[1 - k] and told[k] not in said[1 - k] for k in (0, 1))
    return parted and is_weather_item(scored.trimmed)
