"""How often a title's words and phrases are said in a scope of text, and how much each word
says: what `title_choice.py` weighs a phrase by, counted once a scope (a group's paragraphs, the
whole article) and kept for the brief, since every title of an article asks of the same words.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable
from functools import lru_cache
from itertools import chain
from typing import cast

from citebrief.model import Lang
from citebrief.text.brief_memo import per_brief
from citebrief.text.en_chunks import generic_en
from citebrief.text.spaced_counts import spaced_count, spaced_counts

SPEC_CAP = 10.0  # a word the background table lacks (a cut name, a typo) is not the most specific


_EN_RUN = re.compile(r"[a-z0-9]+")


@lru_cache(maxsize=4096)
def _en_spaced(text: str) -> str:
    """English text as its lower-cased words between single spaces, padded: a phrase counted in
    it by `str.count(" w1 w2 ")` is counted on word boundaries, without a regular expression."""
    folded = text.casefold()
    if folded.isascii() and folded.isalnum():  # one plain word (most of what titles count): its own run
        return " " + folded + " "
    return " " + " ".join(_EN_RUN.findall(folded)) + " "


@lru_cache(maxsize=8)
def _scope(texts: tuple[str, ...], lang: Lang) -> str:
    """The texts of a scope as one string to count in (an article's is built once for all its groups)."""
    return "\n".join(texts) if lang == "zh" else "\n".join(_en_spaced(t) for t in texts)


class Counts(dict[str, int]):
    """Occurrences of words and phrases in a scope of text (whole words in English), each
    counted once: `counts[w]` is a dict look-up, no Python call, for the ~100 a title asks."""

    def __init__(self, texts: list[str], lang: Lang) -> None:
        self.lang = lang
        self.joined = _scope(tuple(texts), lang)

    def __missing__(self, phrase: str) -> int:
        found = self[phrase] = (
            self.joined.count(phrase) if self.lang == "zh" else spaced_count(self.joined, _en_spaced(phrase))
        )
        return found

    def count_all(self, phrases: Iterable[str]) -> None:
        """Count each of `phrases` not counted yet, all at once (Chinese: `str.count` mapped in C;
        English: each spaced, its count read off the scope's table fetched once), no `__missing__`
        call a phrase; what `counts[p]` would give, read as a look-up after."""
        if self.lang == "zh":
            new = [p for p in phrases if p not in self]
            self.update(zip(new, map(self.joined.count, new), strict=True))
            return
        new = [p for p in dict.fromkeys(phrases) if p not in self]
        self.update(zip(new, spaced_counts(self.joined, list(map(_en_spaced, new))), strict=True))


@per_brief(maxsize=4)
def article_counts(texts: tuple[str, ...], lang: Lang) -> Counts:
    """The counts in the whole article, one table for all its titles (the overview's subject and
    each group's title ask of the same words): a count depends on the article's text alone."""
    return Counts(list(texts), lang)


# word → its capped background IDF (`specificity`): the same few thousand words make most titles'
# phrases, brief after brief; emptied past _ZH_SPECIFIC_MAX words (a bound on memory)
_ZH_SPECIFIC: dict[str, float] = {}
_ZH_SPECIFIC_MAX = 50_000


def specificity(words: Iterable[str], lang: Lang, paragraphs: list[str]) -> dict[str, float]:
    """How much each word says: its background IDF for Chinese (capped), its IDF over the
    article's paragraphs for English, a generic noun a fraction of that."""
    unique = list(dict.fromkeys(words))
    if lang == "zh":
        known = _ZH_SPECIFIC
        found = {w: known.get(w) for w in unique}  # read once each: another thread may clear the table
        new = [w for w, v in found.items() if v is None]
        if new:  # a word's value is its own (the background table's), so each is looked up once
            from citebrief.text.idf import background_idf

            values = background_idf().lookup(new).tolist()
            looked = {w: (min(v, SPEC_CAP) if len(w) >= 2 else 2.0) for w, v in zip(new, values, strict=True)}
            if len(known) > _ZH_SPECIFIC_MAX:
                known.clear()
            known.update(looked)
            found.update(looked)
        return cast("dict[str, float]", found)  # no None is left
    article = tuple(paragraphs)
    spaced, df_of = _en_document_frequency(article)
    known = _en_specific(article)
    result = {}
    for word in unique:
        value = known.get(word)
        if value is None:  # a word no title of the article asked before
            needle = _en_spaced(word)
            inner = needle.strip()
            df = df_of[inner] if " " not in inner else [needle in p for p in spaced].count(True)
            value = (math.log((len(spaced) + 1) / (df + 0.5)) + 1.0) * (0.3 if generic_en(word) else 1.0)
            known[word] = value
        result[word] = value
    return result


@lru_cache(maxsize=4)
def _en_document_frequency(paragraphs: tuple[str, ...]) -> tuple[list[str], Counter[str]]:
    """An article's paragraphs as spaced words, and in how many paragraphs each word occurs:
    once per article, for all its groups."""
    spaced = [_en_spaced(p) for p in paragraphs]
    return spaced, Counter(chain.from_iterable(map(set, map(str.split, spaced))))  # each word once a paragraph, in C


@lru_cache(maxsize=4)
def _en_specific(paragraphs: tuple[str, ...]) -> dict[str, float]:
    """The English `specificity` of each word an article's titles asked so far, filled as they
    ask: a word's value depends on the article alone, and the overview's and each group's title
    ask many of the same words (the article's names, its subject's words)."""
    return {}
