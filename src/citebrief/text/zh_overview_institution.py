"""A Chinese news overview on the institution every passage is about: a press group's visit to
迪庆州藏医院, its history, its doctors, its service, with "迪庆州藏医院" said in each passage. The
phrase the chunker found is an aspect one sentence names ("传统藏医特色"); a reader of
"核心要点：传统藏医特色" expects a piece on a healing tradition, not on the hospital. Where the
subject is said in one passage at most and the article (three passages or more) names one
hospital, school, museum, park or reserve in every passage, that place is the piece's subject:
the longest name the passages all say on word boundaries ("迪庆州藏医院", not "藏医院"), led by
a name of its own (a place, a brand: not "幼儿园" alone), said by a bullet of the overview.
A piece that says its institution in only some passages visits it among other things; its
subject stands.
"""

from __future__ import annotations

from citebrief.text.titles import on_word_boundaries
from citebrief.text.tokenize import tag_runs, tag_zh

# the last word of a place a piece is about as a whole: where people are treated, taught, shown
HEADS = (
    "医院",
    "卫生院",
    "学校",
    "小学",
    "中学",
    "学院",
    "幼儿园",
    "博物馆",
    "纪念馆",
    "美术馆",
    "图书馆",
    "景区",
    "公园",
    "保护区",
    "农场",
)
_NAME_TAGS = frozenset({"ns", "nz", "nr", "nt", "j"})  # what leads the name: a place, a brand
_NOUN_TAGS = frozenset({"n", "nt", "ns", "nz", "nr", "j", "vn", "l"})
MIN_PASSAGES = 3
MAX_SUBJECT_PASSAGES = 1  # the subject an aspect one passage names
MIN_CHARS, MAX_CHARS = 4, 12
MAX_WORDS = 4


def whole_institution(subject: str, bullets: list[str], texts: list[str], used: set[str]) -> str:
    """The institution every one of `texts` names, where `subject` is said in one of them at
    most and an overview bullet says the institution; else ''. `used` (the titles given) is
    only read: the groups keep their own titles ("迪庆州藏族医药")."""
    if len(texts) < MIN_PASSAGES or sum(subject in t for t in texts) > MAX_SUBJECT_PASSAGES:
        return ""
    names = {n for n in _names(texts[0]) if all(on_word_boundaries(n, t, "zh") for t in texts)}
    names = {n for n in names if n.casefold() not in used and subject not in n and n not in subject}
    said = [n for n in names if any(on_word_boundaries(n, b, "zh") for b in bullets)]
    if not said:
        return ""
    return max(said, key=lambda n: (len(n), n))


def _names(text: str) -> list[str]:
    """Runs of up to MAX_WORDS nouns that end on an institution's head, led by a name's word."""
    return [
        name
        for _, _, name in tag_runs(tag_zh(text), _NAME_TAGS, _NOUN_TAGS, MAX_WORDS, MAX_CHARS)
        if len(name) >= MIN_CHARS and name.endswith(HEADS)
    ]
