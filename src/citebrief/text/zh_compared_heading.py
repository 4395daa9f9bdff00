"""A heading that states a comparison ("（四）城镇职工基本养老保险基金收入增速多数年份低于支出增速")
titles its group by what it compares ("基本养老保险基金收入增速"), not by the words a title's
length leaves of its end ("增速多数年份低于支出增速": the comparison's predicate with the last
word of its subject, which names nothing a reader can place).

A heading too long for a title loses words from its front (`titles.noun_phrase`): right for a
heading that opens on what it does ("加强煤矿安全监管监察工作力度"), wrong for one that opens on
its subject and ends on a finding about it. Where the cut falls inside the subject of a
comparison, the subject (past the adverbs before the comparing verb: "多数年份", "一直") is
cut instead, as a noun phrase; a heading short enough to stand whole, or cut past its
comparing verb, keeps its phrase.
"""

from __future__ import annotations

from citebrief.text.lazy_re import LazyPattern
from citebrief.text.titles import MAX_ZH, noun_phrase, on_word_boundaries
from citebrief.text.tokenize import tag_zh

_COMPARING = LazyPattern(r"低于|高于|快于|慢于|大于|小于|多于|少于")
_NUMBER = LazyPattern(r"^\s*[（(][一二三四五六七八九十0-9]+[)）]\s*|^\s*[0-9一二三四五六七八九十]+[、.．]\s*")
# how often or how much, said of the comparison, not of its subject ("多数|年份", "一直", "均")
_ADVERB_TAGS = frozenset({"d", "m", "t", "ad"})
MIN_SUBJECT = 4


def compared_subject(heading: str, phrase: str) -> str:
    """The subject of the comparison `heading` states, where `phrase` (the heading's noun
    phrase) was cut from inside it; else `phrase`."""
    text = _NUMBER.sub("", heading).strip(" 。：:；;，,")
    if len(text) <= MAX_ZH or not phrase or phrase == text or not text.endswith(phrase):
        return phrase
    comparing = _COMPARING.search(text)
    cut = len(text) - len(phrase)
    if not comparing or cut >= comparing.start():
        return phrase
    words = [(w, tag) for w, tag in tag_zh(text[: comparing.start()]) if w.strip()]
    while words and (words[-1][1] in _ADVERB_TAGS or (len(words) > 1 and words[-2][1] == "m")):
        words.pop()  # "多数|年份": the count word and what it counts
    subject = noun_phrase("".join(w for w, _ in words), "zh")
    return subject if len(subject) >= MIN_SUBJECT and on_word_boundaries(subject, text, "zh") else phrase
