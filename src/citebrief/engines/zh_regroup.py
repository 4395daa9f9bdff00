"""Groups regrouped by what their bullets share, for the engine: Chinese runs here, English
articles in `en_groups.py`. In a Chinese text read in runs (news, features), a bullet at the edge
of its group that is about what the next (or previous) group is about goes there.

A run is cut where the words of the sentences around a point share least; a cut a sentence
early or late leaves that sentence with the group it does not belong to (the carbs bullet at the
head of the exercise group, after the diet group; the education bureau's inquiry with the
police's). Only an edge bullet moves, so each group stays a run in reading order, and only where
it shares clearly more of its names and nouns with the other group's bullets than with its own,
less the words a third of the article's sentences say (what the whole article is about).
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Sequence
from itertools import pairwise

from citebrief.engines.scored import Draft, Scored, Unit
from citebrief.engines.themes import Themes
from citebrief.model import Lang
from citebrief.text.brief_memo import per_brief
from citebrief.text.tokenize import zh_words_tags

KEY_TAGS = frozenset({"n", "nr", "nrt", "ns", "nt", "nz", "vn", "j", "eng"})
MIN_LEFT = 2  # a group a move leaves keeps two bullets
MAX_GROUP = 4  # nor does a group grow past four
MIN_NEAR = 0.15  # the other group's bullets share this much of its words, on average, at least
CLEARLY = 2.0  # and twice what its own group's share
COMMON_SHARE = 0.3  # a word a third of the article's sentences say is the article's, no group's
STRAY_SHARED = 2  # an edge bullet that shares nothing with its group moves on two shared words, not one


def common_words(said: Sequence[Iterable[str]]) -> frozenset[str]:
    """The words `COMMON_SHARE` of the sentences say at least (`said`: each sentence's words, as
    the caller reads them): the article's words, which tie no two bullets to one group."""
    counts = Counter(w for words in said for w in words)
    return frozenset(w for w, n in counts.items() if n >= COMMON_SHARE * len(said))


@per_brief(maxsize=4096)  # every sentence here, the bullets again when groups are settled
def key_words(text: str) -> frozenset[str]:
    """The names and nouns of two characters or more a sentence says: what two Chinese bullets
    must share to belong together (read off the words and tags as two lists: no pairs made)."""
    words, tags = zh_words_tags(text)
    return frozenset([w for w, tag in zip(words, tags, strict=True) if tag in KEY_TAGS and len(w) >= 2])


def regroup(
    lang: Lang,
    themes: Themes | None,
    units: list[Unit],
    drafts: list[Draft],
    *,
    titled: tuple[Scored, list[str], set[str]] | None = None,
    overview: Sequence[int] = (),
) -> list[Draft]:
    """The theme groups (`drafts`, the overview left out: its sentences `overview`) regrouped by
    what their bullets share: a Chinese run's edge bullet moved to the neighbouring group it
    shares clearly more with, an English article's bullets as `en_groups.regroup` moves and
    merges them."""
    if lang == "zh":
        return regroup_zh(themes, [u.text for u in units], drafts)
    from citebrief.engines.en_groups import regroup as en_regroup  # not on a Chinese start

    return en_regroup(lang, themes, units, drafts, titled=titled, overview=overview)


def regroup_zh(themes: Themes | None, texts: Sequence[str], drafts: list[Draft]) -> list[Draft]:
    """The theme groups (`drafts`; `texts` each sentence's text), an edge bullet moved to the
    neighbouring group it shares clearly more with; unchanged but for a text read in runs."""
    if themes is None or themes.sentences is None or len(drafts) < 2 or not _may_move(drafts):
        return drafts
    every = [key_words(t) for t in texts]  # each sentence read once, its bullets' among them
    keys = {i: every[i] for d in drafts for i in d.picked}
    common = common_words(every)  # the article's words: each sentence says them
    keys = {i: k - common for i, k in keys.items()}

    def near(i: int, members: list[int]) -> float:
        """How much of its words the bullet shares with the group's others, on average."""
        others = [j for j in members if j != i]
        if not others or not keys[i]:
            return 0.0
        return sum(len(keys[i] & keys[j]) / math.sqrt(len(keys[i]) * max(len(keys[j]), 1)) for j in others) / len(
            others
        )

    for first, second in pairwise(drafts):
        for source, target, i in ((first, second, first.picked[-1]), (second, first, second.picked[0])):
            if len(source.picked) <= MIN_LEFT or len(target.picked) >= MAX_GROUP or i not in source.picked:
                continue
            other = near(i, target.picked)
            if other >= MIN_NEAR and other >= CLEARLY * near(i, source.picked):
                source.move(i, target)
    _place_strays(drafts, keys)
    return drafts


def _may_move(drafts: list[Draft]) -> bool:
    """Whether some group could give an edge bullet to a neighbour (the size limits both moves
    keep): where none can, nothing moves, and no sentence's words need reading."""
    return any(
        len(source.picked) > MIN_LEFT and len(target.picked) < MAX_GROUP
        for first, second in pairwise(drafts)
        for source, target in ((first, second), (second, first))
    )


def _shared(i: int, members: Sequence[int], keys: dict[int, frozenset[str]]) -> set[str]:
    """The words the bullet shares with the group's others."""
    return {w for j in members if j != i for w in keys[i] & keys[j]}


def _place_strays(drafts: list[Draft], keys: dict[int, frozenset[str]]) -> None:
    """A bullet at a group's edge that shares not one word with its group's others, and two
    words with the neighbouring group's (one is chance: "记者", "服务", "万人"), goes there: a
    scene of the harvest drying from the tourists' group to the village's harvest custom, a
    quote's first sentence to its rest."""
    for at, group in enumerate(drafts):
        before = drafts[at - 1] if at > 0 else None
        after = drafts[at + 1] if at + 1 < len(drafts) else None
        if len(group.picked) <= MIN_LEFT:
            continue
        for i, target in ((group.picked[0], before), (group.picked[-1], after)):
            if target is None or len(group.picked) <= MIN_LEFT or len(target.picked) >= MAX_GROUP:
                continue
            if not _shared(i, group.picked, keys) and len(_shared(i, target.picked, keys)) >= STRAY_SHARED:
                group.move(i, target)
