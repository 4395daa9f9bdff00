"""A Chinese news group's title that the last, every-title steps left a bare generic word
("文物", "乡贤", "轮轴", "精品线路"): those steps (`zh_all_said_word`, `zh_most_said_word`,
`zh_title_span`) pick the rare word all or most of a group's bullets say, after the per-group
steps have run, so the word as the group writes it never gets its turn. Blind readers of zh-news
marked such a word as a side detail, no theme; the bullets mostly say which one: "出土文物",
"新乡贤", "对口帮扶", "“一程多站”精品线路".

Two readings, first that holds, for a group titled by its own text (`own` not None):
- the modifier most of the bullets saying the word put before it, the same in two bullets at
  least ("出土文物" in two of three bullets saying "文物"): a quoted name ("“一程多站”精品线路"),
  or one to four characters of noun, adjective or a single word with the title, on word
  boundaries ("新乡贤"; not "的诚信", "对校园", "开展抢修", "处安置");
- `held_zh_title` once more, narrowed, since the word here is one most bullets already say: a
  plain thing's noun (tag n: "海面", "轮轴"; not an act such as "直播" or "通关", whose modifier
  is one occasion's detail: "单场直播", "专用通关") after a short modifier of no place ("火车轮轴";
  not "巴士海峡海面", where it was, nor a bullet's clause "体验中国地方特色民俗").
A new title is free of every other group's title and the titles given before.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from citebrief.text.lazy_re import LazyPattern
from citebrief.text.titles import free_of, on_word_boundaries
from citebrief.text.tokenize import tag_zh
from citebrief.text.zh_held_title import held_zh_title

MAX_HELD_CHARS = 6  # the word and a modifier of up to four characters
MAX_BARE_CHARS = 2
MAX_MODIFIER_CHARS = 4
MIN_WRITTEN = 2  # one bullet's modifier is that sentence's detail
_MODIFIER_TAGS = frozenset({"n", "vn", "a", "b", "ns", "nz", "j"})
_WORD_TAGS = frozenset({"n", "nz", "l", "vn"})  # the modifier and the word one tagger word ("出土文物")
_NAME_TAGS = frozenset({"nr", "ns", "nt"})  # a person, place or body is no generic word
_QUOTED = r"“[^“”，。]{1,10}”"
_HAN = LazyPattern(r"[\u4e00-\u9fff]+")


def held_last(titles: list[str], own: list[tuple[list[str], list[str]] | None], used: set[str]) -> list[str]:
    """`titles` with each bare generic word of a group titled by its own text (`own`: its bullets
    and cited paragraphs, None for a heading's group) as the group writes it (module docstring)."""
    result = list(titles)
    for index, (title, group) in enumerate(zip(titles, own, strict=True)):
        if not title or group is None:
            continue
        bullets, texts = group
        others = {t.casefold() for j, t in enumerate(result) if j != index and t}
        given = (used | others) - {title.casefold()}
        written = _most_written(title, bullets, given)
        if written:
            result[index] = written
            continue
        held = held_zh_title(title, bullets, texts, given)
        if held != title and _modified_thing(title, held):
            result[index] = held
    return result


def _most_written(title: str, bullets: list[str], given: set[str]) -> str:
    """The modifier and `title` that most bullets saying the title write, two at least; ''."""
    saying = sum(title in b for b in bullets)
    if saying < MIN_WRITTEN or "、" in title:
        return ""
    bare = len(title) <= MAX_BARE_CHARS and not _named(title)
    counts: Counter[str] = Counter()
    for bullet in bullets:
        found = _quoted(title, bullet)
        if bare:
            found |= _modified(title, bullet)
        counts.update(found)
    ranked = sorted(counts.items(), key=lambda item: (-item[1], -len(item[0]), item[0]))
    for phrase, said in ranked:
        if said >= MIN_WRITTEN and said * 2 >= saying and free_of(phrase, given):
            return phrase
    return ""


def _named(title: str) -> bool:
    words = tag_zh(title)
    return len(words) == 1 and words[0][1] in _NAME_TAGS


_TITLES_KEPT = 256  # a brief's titles, with room for the next brief's


def _quoted(title: str, bullet: str) -> set[str]:
    """The phrases of `bullet` of a quoted name and `title` after it (“乡村振兴”战略). Its pattern is
    compiled once a title, and only for a bullet that writes a closing mark before the title: built
    per bullet, it cost ~0.3 ms a zh-news brief."""
    if not mark_beside(title, bullet, before=True):
        return set()
    return {m.group(0) for m in _quoted_before(title).finditer(bullet)}


def mark_beside(title: str, bullet: str, *, before: bool) -> bool:
    """Whether `bullet` writes a closing mark right before `title` (“乡村振兴”战略), or with `before`
    False right after it: the cheap test that a quoted phrase may hold the title, so the pattern of
    each title is compiled only for the bullets where one can match."""
    return (f"”{title}" if before else f"{title}”") in bullet


@lru_cache(maxsize=_TITLES_KEPT)
def _quoted_before(title: str) -> re.Pattern[str]:
    return re.compile(_QUOTED + re.escape(title))


def _modified(title: str, bullet: str) -> set[str]:
    """The phrases of `bullet` that put one to four Han characters of a modifier before `title`."""
    found: set[str] = set()
    at = bullet.find(title)
    while at >= 0:
        run = _HAN.findall(bullet[max(0, at - MAX_MODIFIER_CHARS) : at])
        lead = run[-1] if run and bullet[:at].endswith(run[-1]) else ""
        for size in range(1, len(lead) + 1):
            phrase = lead[-size:] + title
            if on_word_boundaries(phrase, bullet, "zh") and _modifier_fits(title, phrase):
                found.add(phrase)
        at = bullet.find(title, at + 1)
    return found


def _modifier_fits(title: str, phrase: str) -> bool:
    """The phrase is one tagger word, or a modifier of noun or adjective words before the title;
    one character of modifier only as an adjective ("新乡贤", not "处安置")."""
    words = tag_zh(phrase)
    if len(words) == 1:
        return words[0][1] in _WORD_TAGS
    modifier = phrase[: -len(title)]
    lead = tag_zh(modifier)
    if "".join(w for w, _ in lead) != modifier or any(tag not in _MODIFIER_TAGS for _, tag in lead):
        return False
    return len(modifier) > 1 or lead[0][1] == "a"


def _modified_thing(title: str, held: str) -> bool:
    """`held` is `title`, one plain noun, after a short modifier that names no place (where a
    thing was, "巴士海峡海面", is one sentence's detail of it)."""
    words = tag_zh(title)
    plain = len(words) == 1 and words[0][1] == "n"
    if not plain or not held.endswith(title) or len(held) > MAX_HELD_CHARS:
        return False
    return all(tag not in _NAME_TAGS for _, tag in tag_zh(held[: -len(title)]))
