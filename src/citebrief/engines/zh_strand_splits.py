"""A Chinese news group that tells two strands, cut into two groups at the paragraph where it turns.

A news article read in runs has a theme that may run over two paragraphs on two things: a new
drug and how it works, then its maker's other products; a scam's steps, then what the service
the scammer named really is. MMR picks the theme's bullets from both, and no phrase names the
group: readers meet a title that one half of the bullets says and the other half does not
("客服" over the scammer's lines and the service's real terms, "坏胆固醇" over the maker's 35 new
drugs). Here, once the groups are settled and before their titles are chosen, a theme group of
four bullets or more is cut in two where

- the cut falls between two paragraphs (each half stays a run in reading order);
- the two halves share two names or nouns at most (the article's common ones counted too: a
  subject said on both sides is one strand's), none of them rare (background IDF 8 or more:
  "达摩血脉论", "团伙" on both sides of a cut are one story), but for one rare word alone where
  the halves lie apart, two paragraphs or more between them that the group does not cite: a
  feature's two dishes three paragraphs apart that both use 香椿 are two items, each told in a
  passage of its own, and one title ("香椿嫩芽") names one dish over the other;
- each half keeps two bullets or more, two of which say a word (a name, noun or verb, or a
  two-character part of one, the article's common words left out) that the other half does not
  say: what its own title can be read from. Where a half's bullets share only what the other
  half says too, the two are one strand told twice, and a cut leaves a title of one detail
  ("新冠疫情" over China's dialogue platform and its promise kept).

A group of two pairs, each pair from one passage of its own, whose pairs share no name or noun at
all is cut between them where one pair alone says a word of its own: the new device and its
patents, then the 47 patients' results ("器械成功率"), are two subjects though the device pair shares
no word ([3] then [4] of zh-news L754); a pair sharing 中国 with the next stays (the "新冠疫情" case).

Where two cuts would do, the one whose halves share fewer words is made, then the one of halves
closer in size. Each half is then titled by the group title code as any group is. It reads
Chinese news and features only, as its caller (`final_groups.settled_groups`) does.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from citebrief.engines.scored import Draft, Scored
from citebrief.engines.zh_common_terms import common_terms
from citebrief.engines.zh_regroup import key_words
from citebrief.engines.zh_subject_merge import rare_words
from citebrief.engines.zh_unrelated import tie_words

MIN_GROUP = 4  # a group this large may tell two strands
MIN_HALF = 2  # each half keeps two bullets
MIN_SAYING = 2  # two of which say a word of their own
MOST_SHARED = 2  # the halves share two names or nouns at most, none of them rare
APART = 3  # ... but for one, where the halves' paragraphs lie this many apart (two between them)


def strands_split(scored: Scored, drafts: list[Draft]) -> list[Draft]:
    """The groups (`drafts`, the overview first), each theme group of two strands cut in two at
    the paragraph where it turns, in place (the engine reads on from the list it passed); the
    brief's sentences stay the same."""
    if not any(len(d.picked) >= MIN_GROUP for d in drafts[1:]):
        return drafts
    common = common_terms(scored)
    words = _Words(scored.trimmed, common)
    paragraph_of = [u.paragraph for u in scored.units]
    settled = [drafts[0]]
    for draft in drafts[1:]:
        picked = sorted(draft.picked)
        cut = strand_cut(picked, words, paragraph_of)
        if cut is None:
            settled.append(draft)
            continue
        settled += [Draft(draft.theme, picked[:cut], draft.title), Draft(draft.theme, picked[cut:])]
    drafts[:] = settled
    return drafts


class _Words:
    """Each bullet's names and nouns (`key_words`) and its ties less the article's `common`
    words (`tie_words`), read where asked."""

    def __init__(self, texts: Sequence[str], common: frozenset[str]) -> None:
        self.texts = texts
        self.common = common
        self._ties: dict[int, frozenset[str]] = {}

    def keys_of(self, half: Sequence[int]) -> frozenset[str]:
        """The names and nouns the bullets of `half` say, the article's common ones too."""
        return frozenset().union(*(key_words(self.texts[i]) for i in half))

    def ties(self, i: int) -> frozenset[str]:
        if i not in self._ties:
            self._ties[i] = frozenset(w for w in tie_words(self.texts[i]) if w.lower() not in self.common)
        return self._ties[i]


def strand_cut(picked: Sequence[int], words: _Words, paragraph_of: Sequence[int]) -> int | None:
    """Where the group `picked` (sentence indexes in reading order) turns from one strand to
    another: the number of bullets before the cut, None where no cut divides it (module doc;
    `paragraph_of` each sentence's paragraph)."""
    if len(picked) < MIN_GROUP:
        return None
    best: tuple[int, int, int] | None = None
    for cut in range(MIN_HALF, len(picked) - MIN_HALF + 1):
        if paragraph_of[picked[cut - 1]] == paragraph_of[picked[cut]]:
            continue
        left, right = picked[:cut], picked[cut:]
        shared = words.keys_of(left) & words.keys_of(right)
        if len(shared) > MOST_SHARED or (rare_words(shared) and not _apart(left, right, shared, paragraph_of)):
            continue
        if not (_own_word(left, right, words) and _own_word(right, left, words)):
            continue
        rank = (len(shared), abs(len(left) - len(right)), cut)
        if best is None or rank < best:
            best = rank
    return two_passage_cut(picked, words, paragraph_of) if best is None else best[2]


def _apart(left: Sequence[int], right: Sequence[int], shared: frozenset[str], paragraph_of: Sequence[int]) -> bool:
    """Whether the halves share one word alone and lie `APART` paragraphs apart or more: a thing
    two passages of their own both use, not one story's subject (module doc)."""
    return len(shared) == 1 and paragraph_of[right[0]] - paragraph_of[left[-1]] >= APART


def two_passage_cut(picked: Sequence[int], words: _Words, paragraph_of: Sequence[int]) -> int | None:
    """2, where the group `picked` is two pairs of bullets, each from one passage of its own, that
    share no name or noun and one of which says a word of its own; else None (module doc)."""
    if len(picked) != MIN_GROUP:
        return None
    left, right = picked[:MIN_HALF], picked[MIN_HALF:]
    passages = [{paragraph_of[i] for i in half} for half in (left, right)]
    if any(len(p) != 1 for p in passages) or passages[0] == passages[1]:
        return None
    if words.keys_of(left) & words.keys_of(right):
        return None
    return MIN_HALF if _own_word(left, right, words) or _own_word(right, left, words) else None


def _own_word(half: Sequence[int], other: Sequence[int], words: _Words) -> bool:
    """Whether two bullets of `half` say one word (`tie_words`) that no bullet of `other` says."""
    counts = Counter(w for i in half for w in words.ties(i))
    theirs = frozenset().union(*(words.ties(i) for i in other))
    return any(n >= MIN_SAYING and w not in theirs for w, n in counts.items())
