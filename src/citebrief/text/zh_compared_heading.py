"""A heading that states a comparison ("（四）城镇职工基本养老保险基金收入增速多数年份低于支出增速")
titles its group by what it compares ("基本养老保险基金收入增速"), not by the words a title's
length leaves of its end ("增速多数年份低于支出增速": the comparison's predicate with the last
word of its subject, which names nothing a reader can place).

A heading too long for a title loses words from its front (`noun_phrases.noun_phrase`): right for a
heading that opens on what it does ("加强煤矿安全监管监察工作力度"), wrong for one that opens on
its subject and ends on a finding about it. Where the cut falls inside the subject of a
comparison, the subject (past the adverbs before the comparing verb: "多数年份", "一直") is
cut instead, as a noun phrase; a heading short enough to stand whole, or cut past its
comparing verb, keeps its phrase. The subject keeps the comparison it is the subject of, past
the same adverbs ("收入增速低于支出增速" of "（二）收入增速多数年份低于支出增速"), where the two
fit a title: the finding is what the section says. A name cut shorter later (two merged
sections named past the article's subject: `zh_subject_pairs`) takes it back the same way
(`compared_finding`).
"""

from __future__ import annotations

import re

from citebrief.text.lazy_re import LazyPattern
from citebrief.text.noun_phrases import noun_phrase
from citebrief.text.titles import MAX_ZH, on_word_boundaries
from citebrief.text.tokenize import tag_zh

_COMPARING = LazyPattern(r"低于|高于|快于|慢于|大于|小于|多于|少于")
_NUMBER = LazyPattern(r"^\s*[（(][一二三四五六七八九十0-9]+[)）]\s*|^\s*[0-9一二三四五六七八九十]+[、.．]\s*")
# how often or how much, said of the comparison, not of its subject ("多数|年份", "一直", "均")
_ADVERB_TAGS = frozenset({"d", "m", "t", "ad"})
MIN_SUBJECT = 4
_CLAUSE_FREE = LazyPattern(r"[^，,；;：:、。\s]+")  # a comparison of one clause ("低于支出增速")


def compared_subject(heading: str, phrase: str) -> str:
    """The subject of the comparison `heading` states, with the comparison where the two fit a
    title, where `phrase` (the heading's noun phrase) was cut from inside it; else `phrase`."""
    text = _NUMBER.sub("", heading).strip(" 。：:；;，,")
    if len(text) <= MAX_ZH or not phrase or phrase == text or not text.endswith(phrase):
        return phrase
    comparing = _COMPARING.search(text)
    if not comparing or len(text) - len(phrase) >= comparing.start():
        return phrase
    compared, finding = _compared(text, comparing)
    subject = noun_phrase(compared, "zh")
    if len(subject) < MIN_SUBJECT or not on_word_boundaries(subject, text, "zh"):
        return phrase
    return subject + finding if finding and len(subject + finding) <= MAX_ZH else subject


def compared_finding(heading: str, name: str) -> str:
    """The comparison `heading` states of `name`, the end of what it compares ("低于支出增速" of
    "基本养老保险基金收入增速"); '' where it states none of it."""
    text = _NUMBER.sub("", heading).strip(" 。：:；;，,")
    comparing = _COMPARING.search(text)
    if not comparing or not name:
        return ""
    compared, finding = _compared(text, comparing)
    return finding if compared.endswith(name) else ""


def _compared(text: str, comparing: re.Match[str]) -> tuple[str, str]:
    """What `text` compares, past the adverbs before its `comparing` verb, and the comparison:
    the verb and what it compares with, to the end ('' where nothing follows the verb or a
    clause does)."""
    words = [(w, tag) for w, tag in tag_zh(text[: comparing.start()]) if w.strip()]
    while words and (words[-1][1] in _ADVERB_TAGS or (len(words) > 1 and words[-2][1] == "m")):
        words.pop()  # "多数|年份": the count word and what it counts
    finding = text[comparing.start() :]
    whole = comparing.end() < len(text) and _CLAUSE_FREE.fullmatch(finding)
    return "".join(w for w, _ in words), finding if whole else ""
