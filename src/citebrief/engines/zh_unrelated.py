"""A Chinese news or feature brief's groups made of bullets that belong together.

The themes of text read in runs are runs of sentences, and a theme's bullets are picked apart
from each other (MMR): a short piece's run of two bullets may hold two sentences that share
nothing ("17日，距离开学只剩3天的时间。" beside the rainstorm that flooded the school), and no
title names them both, so the reader meets a title that is one bullet's detail ("开学",
"道路交通分指"). Here, after the groups are made:

- a group of two bullets that share no name, noun or verb is dissolved: each bullet joins the
  neighbouring group (the overview before the first theme) whose bullets share most of its
  names and nouns, where both find one with room (where both want the same full one, the
  bullet that shares more with it goes there and the other to the group on the other side,
  where it shares a word with that);
- a bullet of a larger group that shares no word with any other of its group goes to the
  neighbouring group with room whose bullets share two of its names or nouns (one is chance:
  "电影", "高温", "服务").

"Share" leaves out the names and nouns a third of the article's sentences say (what the whole
article is about) when it looks for a home, not when it asks whether two bullets are unrelated:
two bullets on the article's subject are not unrelated. Policies, English articles and a brief
asked for a number of groups are left as they are (the caller passes no texts).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from functools import cache, cached_property
from itertools import accumulate

from citebrief.engines.scored import Draft
from citebrief.engines.sparse import SparseRows
from citebrief.engines.zh_aspect_edges import aspects_together
from citebrief.engines.zh_overview_details import Refill, details_down
from citebrief.engines.zh_overview_lean_back import lean_back_after
from citebrief.engines.zh_overview_moves import to_overview
from citebrief.engines.zh_overview_order import in_reading_order
from citebrief.engines.zh_overview_share import share_up
from citebrief.engines.zh_overview_swaps import overview_traded
from citebrief.engines.zh_passage_edges import passages_together
from citebrief.engines.zh_regroup import COMMON_SHARE, KEY_TAGS, key_words
from citebrief.engines.zh_roundup_lines import item_lines_down
from citebrief.text.tokenize import tag_zh, zh_words_tags

MAX_OVERVIEW = 4  # the overview holds four bullets at most (as `zh_overview_moves` keeps it)
MAX_GROUP = 4  # nor does a theme grow past four
LONER_SHARED = 2  # a bullet leaves a larger group for a neighbour sharing two of its words
_TIE_TAGS = KEY_TAGS | {"v"}
_PLAIN = re.compile(r"[\d\W_]")  # no figure or punctuation in a word that ties


def tie_words(text: str) -> frozenset[str]:
    """The names, nouns and verbs of a sentence and each one's two-character parts: what ties
    two bullets of one story even where the tagger cuts a word apart ("5人失联" and "4名失联者",
    "主导产业" and "新兴产业")."""
    found: set[str] = set()
    for word, tag in tag_zh(text):
        if tag in _TIE_TAGS and len(word) >= 2:
            found.add(word)  # a word of two characters is its one part
            if len(word) > 2:
                size = len(word)
                found.update(map(word.__getitem__, map(slice, range(size - 1), range(2, size + 1))))
    return frozenset(w for w in found if not _PLAIN.search(w))


class _Words:
    """Each bullet's words, read once a brief and only where asked: its ties (`tie_words`), and
    its names and nouns less the article's common ones, those a third of its sentences say.
    A sentence says the names and nouns of its paragraph that its text holds: the paragraphs
    are cut already, and a sentence the brief's titles do not read is not cut for this
    (`tokenize.lend_cuts`)."""

    def __init__(
        self, texts: list[str], paragraphs: list[int], paragraph_texts: list[str], sentences: list[str]
    ) -> None:
        self.texts = texts
        self.sentences = sentences  # as the article says them: a bullet that carries the sentence
        # before it ("“……”刘明说。") says that one's words twice, and would make them common
        self.paragraphs = paragraphs  # each sentence's paragraph, numbered from 1
        self.paragraph_texts = paragraph_texts
        self._ties: dict[int, frozenset[str]] = {}
        self._keys: dict[int, frozenset[str]] = {}

    def ties(self, i: int) -> frozenset[str]:
        if i not in self._ties:
            self._ties[i] = tie_words(self.texts[i])
        return self._ties[i]

    @cached_property
    def common(self) -> frozenset[str]:
        said: Counter[str] = Counter()
        read: dict[int, list[tuple[int, str]]] = {}  # each paragraph's names and nouns where they start
        for text, n in zip(self.sentences, self.paragraphs, strict=True):
            if n not in read:
                read[n] = _placed_keys(self.paragraph_texts[n - 1])
            said.update(_said_in(text, self.paragraph_texts[n - 1], read[n]))
        return frozenset(w for w, n in said.items() if n >= COMMON_SHARE * len(self.texts))

    def keys(self, i: int) -> frozenset[str]:
        if i not in self._keys:
            self._keys[i] = key_words(self.texts[i]) - self.common
        return self._keys[i]

    def shared(self, i: int, members: list[int]) -> int:
        """How many of the bullet's names and nouns the group's bullets say."""
        return len(self.keys(i) & set().union(*(self.keys(j) for j in members if j != i)))


def _placed_keys(paragraph: str) -> list[tuple[int, str]]:
    """The names and nouns (`key_words`) of a paragraph, each with where it starts."""
    words, tags = zh_words_tags(paragraph)  # the tags `key_words` would read, as two lists
    starts = accumulate(map(len, words), initial=0)  # where each word starts, summed in C
    # `starts` holds the text's end too, one past the last word's start
    return [(at, w) for at, w, tag in zip(starts, words, tags, strict=False) if tag in KEY_TAGS and len(w) >= 2]


def _said_in(text: str, paragraph: str, placed: list[tuple[int, str]]) -> frozenset[str]:
    """The names and nouns of a sentence, read off its paragraph's (`_placed_keys`) where the
    paragraph holds it (the paragraph's cut is the brief's already); else its own."""
    start = paragraph.find(text)
    if start < 0:
        return key_words(text)
    end = start + len(text)
    # `placed` is in order of place: only the words that start inside the sentence are read
    low, high = bisect_left(placed, (start, "")), bisect_left(placed, (end, ""))
    return frozenset(word for at, word in placed[low:high] if at + len(word) <= end)


def settled(
    drafts: list[Draft],
    said: tuple[list[str], list[int]] | None,
    subject: str,
    paragraphs: list[str],
    sentences: list[str],
    vectors: SparseRows | None = None,
    refill: Refill | None = None,
) -> list[Draft]:
    """The drafts (overview first) after `zh_overview_details.details_down` (given the sentence
    `vectors`; `refill` the lead's next point), `zh_roundup_lines.item_lines_down`, `zh_overview_share.share_up`,
    `zh_overview_moves.to_overview`,
    `merge_unrelated`, `zh_passage_edges.passages_together` and `zh_aspect_edges.aspects_together`:
    the engine's last word on which
    bullet stands in which group (`sentences`: the article's, whose words a third say are its
    common ones)."""
    if said is not None and vectors is not None:
        drafts = item_lines_down(details_down(drafts, vectors, said, subject, refill), sentences)
        drafts = share_up(drafts, said[0], vectors)
    drafts = merge_unrelated(to_overview(drafts, said, subject), said, paragraphs, sentences)
    if said is None:
        return drafts
    drafts = passages_together(drafts, said[1], cache(lambda i: tie_words(said[0][i])))
    drafts = aspects_together(drafts, sentences)  # a theme's first bullet that ends the aspect before
    drafts = in_reading_order(drafts, said[1])  # the overview as the article tells it (`zh_overview_order`)
    return lean_back_after(drafts, said[0])  # "当日…该草案" after the day and the draft (`zh_overview_lean_back`)


def merge_unrelated(
    drafts: list[Draft],
    said: tuple[list[str], list[int]] | None,
    paragraphs: list[str],
    sentences: list[str] | None = None,
) -> list[Draft]:
    """The drafts (overview first; `said` each sentence's bullet text and paragraph number, None
    for a policy, an English article or a brief asked for a number of groups: unchanged;
    `paragraphs` the article's), a larger group's loner moved and a group of two unrelated
    bullets dissolved into its neighbours."""
    if said is None or len(drafts) < 3:
        return drafts
    words = _Words(*said, paragraphs, said[0] if sentences is None else sentences)
    at = 1
    while at < len(drafts):
        group = drafts[at].picked
        if len(group) > 2:
            _move_loner(drafts, at, words)
        if len(group) != 2 or words.ties(group[0]) & words.ties(group[1]):
            at += 1
            continue
        if overview_traded(drafts, at, words):  # a line of the overview's paragraph (`zh_overview_swaps`)
            at += 1
            continue
        if _room(drafts, at) < len(group):  # the neighbours cannot take both: no words read
            at += 1
            continue
        homes = {i: _neighbour(drafts, at, i, words) for i in group}
        if not _fits(drafts, homes):
            homes = _spread(drafts, at, group, words)
        if not _fits(drafts, homes):
            at += 1
            continue
        for i, home in homes.items():
            if home is not None:  # `_fits` found each a home
                _join(drafts, home, i)
        del drafts[at]
    return drafts


def _neighbour(drafts: list[Draft], at: int, i: int, words: _Words, least: int = 1) -> int | None:
    """The group next to group `at` (index in `drafts`) whose bullets share most of bullet `i`'s
    names and nouns, `least` at least; the earlier on a tie, None where neither shares enough."""
    best, most = None, least - 1
    for other in (at - 1, at + 1):
        if 0 <= other < len(drafts):
            count = words.shared(i, drafts[other].picked)
            if count > most:
                best, most = other, count
    return best


def _room(drafts: list[Draft], at: int) -> int:
    """How many bullets the groups next to group `at` can take together (`_fits`'s limits): where
    they cannot take those that would leave, no home fits, and no bullet's words need reading."""
    return sum(
        max((MAX_OVERVIEW if h == 0 else MAX_GROUP) - len(drafts[h].picked), 0)
        for h in (at - 1, at + 1)
        if 0 <= h < len(drafts)
    )


def _fits(drafts: list[Draft], homes: dict[int, int | None]) -> bool:
    """Whether each bullet has a home and each home keeps room for those joining it."""
    if not homes or any(home is None for home in homes.values()):
        return False
    joining = Counter(homes.values())
    return all(
        len(drafts[h].picked) + n <= (MAX_OVERVIEW if h == 0 else MAX_GROUP)
        for h, n in joining.items()
        if h is not None
    )


def _join(drafts: list[Draft], home: int, i: int) -> None:
    """Bullet `i` added to group `home`: a theme's in reading order, the overview's last (its
    first points stay the lead's)."""
    target = drafts[home]
    target.picked = [*target.picked, i] if home == 0 else sorted([*target.picked, i])


def _move_loner(drafts: list[Draft], at: int, words: _Words) -> None:
    """The first bullet of group `at` (three bullets or more) that shares no word with any other
    of its group, moved to the neighbouring group with room whose bullets share LONER_SHARED
    of its names and nouns."""
    group = drafts[at].picked
    if not _room(drafts, at):  # no neighbour can take a loner: no words read
        return
    for i in group:
        if any(words.ties(i) & words.ties(j) for j in group if j != i):
            continue
        home = _neighbour(drafts, at, i, words, LONER_SHARED)
        if home is not None and _fits(drafts, {i: home}):
            group.remove(i)
            _join(drafts, home, i)
            return


def _spread(drafts: list[Draft], at: int, pair: list[int], words: _Words) -> dict[int, int | None]:
    """Homes for a pair whose first choices do not fit (most often both want the same full
    neighbour): the bullet that shares more with the group before goes there, the other to the
    group after; each must share a word with its own ({} where one does not)."""
    before, after = at - 1, at + 1
    if after >= len(drafts):
        return {}
    first, second = sorted(
        pair, key=lambda i: words.shared(i, drafts[after].picked) - words.shared(i, drafts[before].picked)
    )
    if words.shared(first, drafts[before].picked) and words.shared(second, drafts[after].picked):
        return {first: before, second: after}
    return {}
