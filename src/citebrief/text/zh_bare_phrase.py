"""A Chinese news group's title that every step before left a bare word of one or two characters
("降雨", "安置") takes the noun phrase around it that two of its bullets write: "降雨过程" where one
bullet writes "本轮强降雨过程中" and another "针对此次降雨过程" (zh-news 22).

Blind readers of zh-news read such a bare word as no theme: it names a thing, not what the group
says of it. The steps before widen a word most bullets write the same way (`zh_held_last`,
`zh_bare_noun_title`) or with one act (`zh_thing_event`); this one reads each bullet writing the
word on the tagger's word boundaries. A phrase: the word with up to `MAX_SIDE_WORDS` words before
or after it, each a noun, verbal noun, adjective or distinguishing word (no function word, number
or mark at either end or within, so no "的" phrase cut in half; a one-character word only as an
adjective: not "处安置" off "62处安置点"), ending on a noun or verbal noun (a verb where the word
ends it); 3–12 characters and a clean title (`zh_shared_act.fits`: no place, no poor shape, free
of the titles given). The phrase most bullets write wins, then the first bullet's, then the
longer. Two bullets at least write the phrase: on zh-news 0–199 each phrase one bullet writes
around the word ("地铁公司", "京剧表演者", "立案问题农产品", "渔港风情") is that bullet's detail,
read worse than the bare word by an analyst; the word then stays.
"""

from __future__ import annotations

from citebrief.text.titles import GroupTexts, each_swapped, group_bullets
from citebrief.text.tokenize import tag_zh
from citebrief.text.zh_held_last import MAX_BARE_CHARS
from citebrief.text.zh_shared_act import fits

MIN_BULLETS = 2  # a phrase one bullet writes is that bullet's detail, no group's (module docstring)
MAX_SIDE_WORDS = 2
_PHRASE_TAGS = frozenset({"n", "nz", "vn", "a", "b", "j", "l"})
_HEAD_TAGS = frozenset({"n", "nz", "vn", "j", "l"})
_NAME_TAGS = frozenset({"nr", "ns", "nt"})  # a name is no bare word of a theme


def bare_phrase_titles(titles: list[str], own: list[GroupTexts], used: set[str]) -> list[str]:
    """`titles` with each bare word of one or two characters given the noun phrase its group's
    bullets write it in (module docstring); `own`: each group's bullets and paragraphs, None for a
    heading's group; `used`: the titles given (casefolded), which follows each change."""
    return each_swapped(titles, own, group_bullets(own), used, _bare, _phrase)


def _bare(title: str, bullets: list[str], texts: list[str]) -> bool:
    """A word of one or two Han characters, no name, written by two bullets or more."""
    if len(title) > MAX_BARE_CHARS or not all("\u4e00" <= c <= "\u9fff" for c in title):
        return False
    words = tag_zh(title)
    named = len(words) == 1 and words[0][1] in _NAME_TAGS
    return not named and sum(title in b for b in bullets) >= MIN_BULLETS


def _phrase(title: str, bullets: list[str], texts: list[str], others: list[str], taken: set[str]) -> str:
    """The phrase around `title` most bullets write, two at least, then the first bullet's, then
    the longer; ''."""
    first: dict[str, int] = {}
    for index, bullet in enumerate(bullets):
        for phrase in _around(title, bullet):
            first.setdefault(phrase, index)
    paragraphs = list(dict.fromkeys(texts))
    said = {p: sum(p in b for b in bullets) for p in first}
    ranked = sorted((p for p in first if said[p] >= MIN_BULLETS), key=lambda p: (-said[p], first[p], -len(p), p))
    return next((p for p in ranked if fits(p, bullets, paragraphs, taken)), "")


def _around(title: str, bullet: str) -> set[str]:
    """The phrases of `bullet` that hold `title` as whole words with up to two words of a noun
    phrase before or after it (`_widened`)."""
    words = tag_zh(bullet)
    found: set[str] = set()
    at = 0
    for start, (word, _) in enumerate(words):
        if bullet.startswith(title, at):
            end = _end_of(words, start, title)
            if end is not None:
                found |= _widened(words, start, end)
        at += len(word)
    return found


def _end_of(words: list[tuple[str, str]], start: int, title: str) -> int | None:
    """The index past the last word of `title` written from `words[start]`, or None where the
    title ends inside a word."""
    size = 0
    for end in range(start, len(words)):
        size += len(words[end][0])
        if size == len(title):
            return end + 1
        if size > len(title):
            return None
    return None


def _widened(words: list[tuple[str, str]], start: int, end: int) -> set[str]:
    """`words[start:end]` (the title) with up to two words of a noun phrase on either side, one
    character only as an adjective, ending on a noun or verbal noun (or the title's verb)."""
    found: set[str] = set()
    for before in range(MAX_SIDE_WORDS + 1):
        for after in range(MAX_SIDE_WORDS + 1):
            if (not before and not after) or start - before < 0 or end + after > len(words):
                continue
            side = words[start - before : start] + words[end : end + after]
            if any(tag not in _PHRASE_TAGS or (len(w) == 1 and tag != "a") for w, tag in side):
                continue
            if after and words[end + after - 1][1] not in _HEAD_TAGS:
                continue
            if not after and words[end - 1][1] not in _HEAD_TAGS | {"v"}:
                continue
            found.add("".join(w for w, _ in words[start - before : end + after]))
    return found
