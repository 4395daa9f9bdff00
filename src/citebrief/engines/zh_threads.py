"""A Chinese news brief's theme groups whose bullets share a thread.

A theme of text read in runs picks its bullets apart from each other (MMR), and a run cut a
little early or late holds two threads: a group may end up with bullets that share no name and
no specific noun ("本届大赛共设置三个赛道……" beside "将开设“菁言”青年讲堂……"), and no title can
name them all. Here, after the groups are settled, such a bullet (one that shares no thread
word with any other of its group) gives its place to an unpicked sentence of the same runs
that shares a thread word with the group's others (of a pair: with the bullet it keeps), where
there is one that repeats no bullet and, where the bullet states a figure, states one too (an
analyst reads for them); the group keeps its size, the brief its limits. A bullet next to
another of its group in the article is kept: it goes on from that one (a quote, then who said it).

A thread word is a name (person, place, organisation, other proper name, abbreviation) or a
noun or abbreviation of background IDF `MIN_NOUN_IDF` at least ("器械", "试验田"; not "民警",
"专项", "同比"), less the
words a third of the article's sentences say (what the whole article is about, the overview's).
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cached_property

from citebrief.engines.bullets import repeats_any
from citebrief.engines.scored import Draft, Scored
from citebrief.engines.themes import Themes
from citebrief.engines.zh_regroup import COMMON_SHARE
from citebrief.text.idf import background_idf
from citebrief.text.tokenize import tag_zh

NAME_TAGS = frozenset({"nr", "nrt", "ns", "nt", "nz"})
NOUN_TAGS = frozenset({"n", "vn", "j"})  # "j": an abbreviation, "同比" as often as a name
MIN_NOUN_IDF = 8.0  # a noun this rare in the background table names a thread ("器械"; not "民警", "专项")
_FIGURE = re.compile(r"\d")
MIN_CHARS = 15  # a replacement says a whole point, not a fragment


def thread_words(text: str) -> frozenset[str]:
    """The names, and the rare nouns, of two characters or more a sentence says."""
    tagged = [(w, tag) for w, tag in tag_zh(text) if len(w) >= 2 and (tag in NAME_TAGS or tag in NOUN_TAGS)]
    nouns = [w for w, tag in tagged if tag not in NAME_TAGS]
    rare = {w for w, idf in zip(nouns, background_idf().lookup(nouns).tolist(), strict=True) if idf >= MIN_NOUN_IDF}
    return frozenset(w for w, tag in tagged if tag in NAME_TAGS or w in rare)


class _Threads:
    """Each sentence's thread words, read once a brief and only where asked, less the common."""

    def __init__(self, texts: list[str]) -> None:
        self.texts = texts
        self._words: dict[int, frozenset[str]] = {}

    def raw(self, i: int) -> frozenset[str]:
        if i not in self._words:
            self._words[i] = thread_words(self.texts[i])
        return self._words[i]

    @cached_property
    def common(self) -> frozenset[str]:
        said = Counter(w for i in range(len(self.texts)) for w in self.raw(i))
        return frozenset(w for w, n in said.items() if n >= COMMON_SHARE * len(self.texts))

    def of(self, i: int) -> frozenset[str]:
        return self.raw(i) - self.common


def rethread(scored: Scored, drafts: list[Draft], themes: Themes | None) -> list[Draft]:
    """The drafts (the overview first, left as it is), each theme group's bullet that shares no
    thread word with its group's others replaced by a sentence of the group's runs that does,
    where one is found. Only for a Chinese text read in runs (`themes`, None for a policy or a
    brief asked for a number of groups: unchanged)."""
    if scored.lang != "zh" or themes is None or themes.sentences is None or len(drafts) < 2:
        return drafts
    words = _Threads(scored.trimmed)
    runs = themes.sentences.tolist()
    usable = scored.usable
    weights = scored.weights.tolist()
    for draft in drafts[1:]:
        group = draft.picked
        if len(group) < 2:
            continue
        loners = [i for i in group if not any(words.of(i) & words.of(j) for j in group if j != i)]
        if len(loners) != 1 and len(loners) != len(group):
            continue  # two loners of three or four: which is out of place is not clear
        chosen = {i for d in drafts for i in d.picked}
        mine = {runs[i] for i in group}
        pool = [i for i in usable if i not in chosen and runs[i] in mine and len(scored.trimmed[i]) >= MIN_CHARS]
        said = [scored.trimmed[i] for i in chosen]
        best = _replacement(scored, words, group, loners, pool, weights, said)
        if best is not None:
            out, into = best
            draft.picked = sorted([*(i for i in group if i != out), into])
    return drafts


def _replacement(
    scored: Scored,
    words: _Threads,
    group: list[int],
    loners: list[int],
    pool: list[int],
    weights: list[float],
    said: list[str],
) -> tuple[int, int] | None:
    """(the bullet that goes, the sentence that takes its place) or None: the candidate sharing
    most thread words with the bullets that stay (then the weightier, then the nearer); of a
    group whose bullets all stand alone (a pair), each bullet is tried as the one that stays."""
    if len(loners) == len(group) > 2:
        return None  # three bullets that share nothing: no one bullet is the odd one out
    options: list[tuple[int, float, int, int, int]] = []
    for out in loners:
        if out - 1 in group or out + 1 in group:
            continue  # the sentence next to another of the group goes on from it ("“……”" then "……说。")
        anchor = frozenset().union(*(words.of(i) for i in group if i != out))
        figure = _FIGURE.search(scored.trimmed[out]) is not None
        for c in pool:
            shared = len(words.of(c) & anchor)
            if figure and not _FIGURE.search(scored.trimmed[c]):
                continue  # a bullet's figures go only for another's ("救灾资金6000万元", not "印发通知")
            if shared and not repeats_any(scored.trimmed[c], said, scored.lang):
                options.append((shared, weights[c], -abs(c - out), out, c))
    if not options:
        return None
    _, _, _, out, into = max(options)
    return out, into
