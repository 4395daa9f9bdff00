"""The one word that flips a Chinese claim whose other words all match: a bullet that says
"出口增长" where its cited sentence says "出口下降", or drops the 未能 of "未能实现盈利", shares
almost every word the overlap score counts, yet the sentence does not say it. Compared directly,
the Chinese side of `contrasts`: the pairs of contrasting words (`text/data/zh_contrast_words.tsv`,
matched as substrings, since the segmenter may join one to its neighbour) and the words of denial,
read as whole segmented words (`text/tokenize.cut_zh`) with the word they deny, the one after it:
不断, 不仅, 无论 and 非常 are words of their own and deny nothing, and a sentence that says
"不同意甲，同意乙" still says 同意 undenied."""

from __future__ import annotations

import re
from dataclasses import dataclass

from citebrief.text.tokenize import cut_zh
from citebrief.verify.contrasts import Contrast, ContrastTable, contrast_table

# an item of a numbered list ("（三）", "3．", "三、"): what it says is ruled by its lead-in in
# another paragraph ("有下列行为之一的，……处罚：" or "不得有下列行为："), so it may say plainly
# what a bullet joined from the two says denied
_LIST_ITEM = re.compile(r"^\s*(?:[（(][一二三四五六七八九十\d]+[)）]|[一二三四五六七八九十\d]+[、.．])")
_PUNCTUATION = frozenset("，。；：！？、（）“”‘’《》「」【】,.;:!?()\"' \t\n…—-")


def _table() -> ContrastTable:
    return contrast_table("zh_contrast_words.tsv")


def zh_opposites(word: str) -> frozenset[str]:
    """The words that flip `word` (empty for a word the table lacks)."""
    return _table().opposites.get(word, frozenset())


def zh_negations() -> frozenset[str]:
    return _table().negations


@dataclass(frozen=True)
class _Readings:
    """Each word a text says, split by how: denied (right after a word of denial, with the
    denial that does it) and plainly (anywhere else)."""

    denied: dict[str, str]
    plain: frozenset[str]


def _readings(text: str) -> _Readings:
    words = [w for w in cut_zh(text) if w.strip() and w not in _PUNCTUATION]
    denial = zh_negations()
    denied: dict[str, str] = {}
    plain: set[str] = set()
    for before, word in zip(["", *words], words, strict=False):
        if word in denial:
            continue
        if before in denial:
            denied.setdefault(word, before)
        else:
            plain.add(word)
    return _Readings(denied, frozenset(plain))


def _only_denied(reading: _Readings) -> dict[str, str]:
    return {word: denial for word, denial in reading.denied.items() if word not in reading.plain}


def zh_contrast(claim: str, sentence: str, around: str = "") -> Contrast | None:
    """The first word of `claim` that `sentence` contradicts: an opposite in its place, or a
    word one of them denies where the other says it plainly; None where nothing flips. A word
    of the claim `around` holds (the rest of the sentence's paragraph) is not contradicted, as
    in English: a bullet of two sentences is matched to one of them; nor is a denial of the
    claim where the sentence is an item of a numbered list (its lead-in may hold the denial)."""
    held = sentence + around
    table = _table().opposites
    for word in sorted(table, key=lambda w: (claim.find(w), w)):
        if word not in claim or word in held:
            continue
        other = sorted(o for o in table[word] if o in sentence and o not in claim)
        if other:
            return Contrast(word, other[0])
    said, source = _readings(claim), _readings(sentence)
    listed = _LIST_ITEM.match(around or sentence) is not None
    for word, denial in _only_denied(said).items():
        if word in source.plain and not listed and word not in _readings(around).denied:
            return Contrast(f"{denial}{word}", word)
    for word, denial in _only_denied(source).items():
        if word in said.plain:
            return Contrast(word, f"{denial}{word}")
    return None
