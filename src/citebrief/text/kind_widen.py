"""A kind of a list's items named as most of its items name it: "污染防治攻坚战", not "攻坚战".

A commendation's lead names its kinds in its own words ("在打好三大攻坚战……等方面"); the part of
a kind's name its items say (`policy_parts._category_phrase`) may be only the head the items share
("攻坚战" of "打好城区污染防治攻坚战", "打好污染防治攻坚战", "水污染防治攻坚战", "精准脱贫攻坚战"):
a title that names no battle of the three (readers: "攻坚战" cut from 污染防治攻坚战). The items
most of which say a longer phrase around it name the kind they are of.
"""

from __future__ import annotations

from citebrief.text.titles import on_word_boundaries, starts
from citebrief.text.tokenize import tag_zh

MAX_WIDER = 8  # characters a kind's phrase gains before it, at most
MAX_KIND = 12  # characters of a kind's phrase, at most
MIN_SAYING = 2  # items saying the wider phrase as a word of their own


def widened_kind(phrase: str, texts: list[str], verbs: frozenset[str]) -> str:
    """`phrase` with the words before it that more than half of `texts` (the items saying it)
    say too, two of them on word boundaries; `phrase` itself where none do. What the items do
    is no part of the kind ("推进高水平开放": `verbs`, and any word tagged a verb)."""
    best = phrase
    for text in texts:
        for place in starts(phrase, text):
            for start in range(max(place - MAX_WIDER, 0), place):
                wider = text[start : place + len(phrase)]
                if len(wider) <= len(best) or len(wider) > MAX_KIND or not wider.isalnum():
                    continue
                if 2 * sum(wider in t for t in texts) > len(texts) and _said_alone(wider, texts):
                    best = best if _acts(wider, verbs) else wider
    return best


def _acts(phrase: str, verbs: frozenset[str]) -> bool:
    """Whether `phrase` opens on what is done ("推进……", "深化……"), not on what it is done to."""
    first = tag_zh(phrase)[:1]
    return phrase.startswith(tuple(verbs)) or (bool(first) and first[0][1] == "v")


def _said_alone(phrase: str, texts: list[str]) -> bool:
    """Whether MIN_SAYING of `texts` say `phrase` on word boundaries."""
    return sum(on_word_boundaries(phrase, t, "zh") for t in texts if phrase in t) >= MIN_SAYING
