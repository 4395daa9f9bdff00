"""A Chinese news group's title cut off the overview's word that opens its phrase, given the word
back: "历史城区高质量发展", not "城区高质量发展" (under "历史城区"); "渔业养殖技术交流合作", not
"养殖技术交流合作" (under the fishery plan); "教育公平高质量发展", not "公平高质量发展" (under
"教育收费专项检查").

Every title step keeps a group off the words of the titles given, the overview's first, so a
noun phrase that opens on one of the overview's words is cut after it, and the title reads as a
piece ("城区高质量发展"). `zh_title_clipped` gives a title back only a modifier before it: a noun
before a noun is as often a place, a crowd or a share of them ("部分|农田", "管内|京沪高铁"). Here
the noun is one of the overview title's own words, which is why the phrase was cut, and it opens
the noun run (an act, a particle or the clause's start before it: "打开了|历史|城区…", "推进|渔业|养殖…"),
so the phrase given back is whole. Every bullet saying the title writes the same word before it; the
title opens on a noun; the word is no name, place or figure, nor one the tagger reads as a noun where
the sentence uses it as an act (`data/zh_verb_like_nouns.tsv`: "优化|营商环境"); the phrase is at most
`MAX_CHARS` long, on word boundaries and cleanly cut in a paragraph, and free of the other groups'
titles (the overview's, which it may hold, is no bar).
"""

from __future__ import annotations

from functools import cache, partial

from citebrief.text.data_files import data_lines
from citebrief.text.titles import GroupTexts, each_retitled
from citebrief.text.tokenize import tag_zh
from citebrief.text.zh_overview_theme_title import fits_group, give_run, other_titles

MAX_CHARS = 10
MIN_WORD = 2  # a one-character word before ("新", "省") is grammar or a place's piece
_WORD_TAGS = frozenset({"n", "vn", "nz"})  # the overview's word: a thing or an activity ("历史", "教育")
_TITLE_HEAD_TAGS = frozenset({"n", "nz", "j", "vn", "l"})  # a title opening on a verb has its subject before it
# a word before the overview's word that goes on the noun run: the phrase would be longer still
_RUN_TAGS = frozenset({"n", "nz", "vn", "j", "l", "ns", "nr", "nrt", "nt", "b", "a", "an", "ng", "m", "q"})


@cache
def verb_like_nouns() -> tuple[str, ...]:
    """Words the tagger reads as nouns that a sentence uses as acts (`data/zh_verb_like_nouns.tsv`)."""
    return data_lines("zh_verb_like_nouns.tsv")


def overview_front_titles(titles: list[str], own: list[GroupTexts], used: set[str], shown: str) -> list[str]:
    """Each title, or it with the overview's word every bullet saying it writes before it (module
    docstring); `shown`: the overview's title; `own`: each group's bullets and paragraphs, None for a
    heading's group; `used`: the titles given (casefolded), which it updates."""
    words = {w for w, tag in tag_zh(shown) if tag in _WORD_TAGS and len(w) >= MIN_WORD} if shown else set()
    words -= set(verb_like_nouns())
    if not words:
        return titles
    front = partial(_front, words=words, shown=shown, used=used, given=list(titles))
    return each_retitled(titles, own, used, _said_plain, front)


def _said_plain(title: str, bullets: list[str]) -> bool:
    """Whether `title` is one thing (no "A、B", no "A：B") that a bullet says."""
    return "、" not in title and "：" not in title and any(title in b for b in bullets)


def word_before(title: str, bullets: list[str]) -> tuple[str, str] | None:
    """The word (and its tag) every place `bullets` say `title` writes right before it, where the
    title is whole words there, opens on a noun, and that word opens its noun run; else None."""
    found: set[tuple[str, str]] = set()
    for bullet in bullets:
        words = tag_zh(bullet)
        starts, position = {}, 0
        for index, (word, _) in enumerate(words):
            starts[position] = index
            position += len(word)
        at = bullet.find(title)
        while at >= 0:
            first = starts.get(at)
            if first is None or first == 0 or words[first][1] not in _TITLE_HEAD_TAGS:
                return None
            if first >= 2 and words[first - 2][1] in _RUN_TAGS:
                return None
            found.add(words[first - 1])
            at = bullet.find(title, at + 1)
    return found.pop() if len(found) == 1 else None


def _front(
    title: str,
    bullets: list[str],
    texts: list[str],
    taken: set[str],
    *,
    words: set[str],
    shown: str,
    used: set[str],
    given: list[str],
) -> str:
    """`title` with the overview's word before it as the title (module docstring); '' when none."""
    before = word_before(title, [b for b in bullets if title in b])
    if before is None or before[0] not in words or before[1] not in _WORD_TAGS:
        return ""
    phrase = before[0] + title
    if len(phrase) > MAX_CHARS or phrase == shown:
        return ""
    tagged = [(w, tag) for w, tag in tag_zh(phrase)]
    if not fits_group(phrase, tagged, bullets, other_titles(title, taken, shown, given)):
        return ""
    return give_run(phrase, title, texts, given, used)
