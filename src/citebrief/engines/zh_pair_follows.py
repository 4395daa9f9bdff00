"""A Chinese news pair of strangers that no sentence of its theme mends: the bullet that gives way
takes the sentence that follows the one that stays, where that sentence goes on about its subject.

`zh_stranger_pairs` reads a two-bullet group whose bullets share no name or noun and lets the one
of no figure give way to a sentence of the group's theme that shares two names or nouns with the
other. A short theme often has none: the carnival lasting to October in 欢乐谷's 园区 stays beside
the painting contest's rules (zh-news L1347), the consultation's landfall forecast beside a list's
"要最高标准……" (L965), and readers meet two unrelated sentences under one bullet's title. The
sentence the writer put right after the bullet that stays often goes on about its subject ("活动
期间，园区将设置多个环保知识问答点位……", "会商明确，要立足最不利情况……").

Here, where `zh_stranger_pairs` finds no stand-in, the stranger gives its place to the sentence
right after the bullet that stays, where that sentence is in the same paragraph, may be a bullet
(`Scored.usable`), stands alone (`lead_points.dangling`), is held by no group nor half of a
bullet's pair, and shares a name or noun with the bullet that stays (the article's common words
left out) or opens on the same name or noun ("会商指出……", "会商明确……", however often the article
says 会商). One that shares nothing is no tie: "冉宏林：……将这些出土文物向社会大众公开" after the new
hall's floor areas would say what the next group on the unearthed relics says (L989), and
"郭光灿认为……金融服务领域" after "量子计算与传统计算互为补充" is one more field beside the stranger's
(L1349). A stranger that opens on a step ("屏幕共享后，'客服'指点她……转到'安全账户'" before "郑女士
警觉起来……报警", L1301 cut in passages of three sentences; "拆卸完毕后，……取出一枚'塑料疙瘩'", L737)
is the next step of a story the pair tells, not a stranger: it stays, and the scam's transfer with it.
zh-news as pasted: 3 of 200 briefs change (L965, L1347, L1220), cut in passages of three sentences
(bench): 2 (L1220, L1382); zh-clts, zh-policy: none. It reads Chinese news and features only, as
its caller (`zh_loner_swaps.loners_placed`) does.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from citebrief.engines.lead_points import dangling
from citebrief.engines.scored import Scored
from citebrief.engines.zh_regroup import KEY_TAGS
from citebrief.text.lazy_re import LazyPattern
from citebrief.text.tokenize import zh_words_tags

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
    after = stays + 1
    units = scored.units
    if after >= len(units) or after == stranger or after in taken:
        return None
    if units[after].paragraph != units[stays].paragraph or after not in scored.usable:
        return None
    if dangling(scored.trimmed[after], "zh"):
        return None
    tied = keys[after] & keys[stays] or same_opening(scored.trimmed[stays], scored.trimmed[after])
    return after if tied else None


def same_opening(first: str, second: str) -> bool:
    """Whether two sentences open on the same word of two characters or more, a name or noun
    ("会商指出……", "会商明确……": the writer goes on about one subject), however often the article
    says it."""
    words_a, tags_a = zh_words_tags(first)
    words_b, _ = zh_words_tags(second)
    if not words_a or not words_b or len(words_a[0]) < 2 or words_a[0] != words_b[0]:
        return False
    return tags_a[0] in KEY_TAGS
