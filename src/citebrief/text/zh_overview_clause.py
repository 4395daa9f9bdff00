"""A Chinese overview subject that is a clause of who did what, not what the article is about:
"山东籍袁先生报警" of "接到山东籍袁先生报警称", "险胜新西兰队" of "李凯尔率领中国男篮险胜新西兰队".

jieba tags some verbs nouns (报警, 险胜: `data/zh_act_nouns.tsv`), so the chunker reads a person
and his act, or an act and the team it beat, as one noun phrase. Beside a name, such a word is
the report of an act; the lead's next subject that holds no such act stands instead ("男篮世界杯").
An act with no name in the phrase ("公众参观博物馆") stays: it may be what the article is about.
"""

from __future__ import annotations

from functools import cache
from importlib.resources import files

from citebrief.text.title_choice import subject_title
from citebrief.text.tokenize import tag_zh
from citebrief.text.zh_shared import office, region_only

_NAME_TAGS = frozenset({"nr", "nrfg", "nrt", "nt", "ns"})  # a person, a body or a team, a place
TRIALS = 4  # the lead's next subjects tried: one past each clause the chunker made of the same act


@cache
def _act_nouns() -> frozenset[str]:
    text = files("citebrief.text").joinpath("data/zh_act_nouns.tsv").read_text(encoding="utf-8")
    return frozenset(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))


def named_act(phrase: str) -> str:
    """The act word of `phrase` where it stands beside a name in it ("袁先生|报警", "险胜|新西兰队");
    '' where the phrase holds no such word or no name beside it."""
    words = tag_zh(phrase)
    acts = _act_nouns()
    for k, (word, _) in enumerate(words):
        if word not in acts:
            continue
        beside = [words[j][1] for j in (k - 1, k + 1) if 0 <= j < len(words)]
        if any(tag in _NAME_TAGS for tag in beside):
            return word
    return ""


def _body(phrase: str) -> bool:
    return office(tuple(word for word, _ in tag_zh(phrase)))


def past_named_act(subject: str, lead: list[str], texts: list[str], used: set[str]) -> str:
    """The lead's next subject (as `subject_title` ranks them, none overlapping one tried) that
    holds not the act `subject` reports, nor is a clause, a region alone or a body (who acted:
    "警航支队"), where `subject` is
    such a clause; else `subject`. `used` holds the one that stands
    (and the clause, no title for a theme either)."""
    act = named_act(subject) if subject else ""
    if not act:
        return subject
    tried = used | {subject.casefold()}  # a copy: the trials add to it
    for _ in range(TRIALS):
        other = subject_title(lead, texts, "zh", tried)
        if not other:
            return subject
        if act not in other and not named_act(other) and not region_only(other) and not _body(other):
            used.add(other.casefold())  # the clause stays used: it is no theme's title either
            return other
        tried.add(other.casefold())
    return subject
