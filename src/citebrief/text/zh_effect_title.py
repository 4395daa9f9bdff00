"""A Chinese group's title that one bullet writes only as a thing's effect, "其<title>的效果"
("其消耗热量的效果": what boxing does), gives way to the thing the clause before names as the
subject of its "是" ("由于拳击是一项全身运动，其……": 拳击).

Blind readers of zh-clts mark such a title down: the effect is one bullet's modifier, and the
group is about the thing (an exercise, a food), as a sibling group's title names its own
("Balletlates"). Only a title every bullet saying it writes in that clause (an effect noun of
`data/zh_effect_nouns.tsv` after "的"), in a group of two bullets or more; the thing is the
word right before the last "是" ahead of "其" in the same sentence, of two characters or more,
no pronoun, on word boundaries in the bullet and written twice or more in the group's paragraphs, no other group's
bullets say, no place and no poor title, free of the titles given.
"""

from __future__ import annotations

import re
from functools import cache
from itertools import pairwise

from citebrief.text.data_files import data_lines, word_alternation
from citebrief.text.titles import (
    GroupTexts,
    each_swapped,
    free_of,
    group_bullets,
    on_word_boundaries,
    said_places,
    written_by,
)
from citebrief.text.tokenize import tag_zh
from citebrief.text.zh_poor_titles import poor_zh_title
from citebrief.text.zh_shared import where

MIN_BULLETS = 2
MIN_CHARS = 2
MIN_SAID = 2  # the thing is the group's topic: its paragraphs write it more than once
_SENTENCE_END = re.compile(r"[。！？；!?;]")


@cache
def _effect_nouns() -> str:
    return word_alternation(data_lines("zh_effect_nouns.tsv"))


def effect_titles(titles: list[str], own: list[GroupTexts], used: set[str]) -> list[str]:
    """`titles` with each thing's effect given the thing (module docstring); `own` holds each
    group's bullets and paragraphs, None for a heading's group; `used`: the titles given
    (casefolded), which follows each change."""
    return each_swapped(titles, own, group_bullets(own), used, _effect_only, _thing)


def _clauses(title: str, bullet: str) -> list[re.Match[str]]:
    return list(re.finditer(f"其{re.escape(title)}的(?:{_effect_nouns()})", bullet))


def _effect_only(title: str, bullets: list[str], texts: list[str]) -> bool:
    """Every bullet saying the title says it only in an effect clause, one bullet of two or more."""
    saying = written_by(title, bullets)
    if len(bullets) < MIN_BULLETS or len(saying) != 1:
        return False
    return len(_clauses(title, saying[0])) == saying[0].count(title)


def _thing(title: str, bullets: list[str], texts: list[str], others: list[str], taken: set[str]) -> str:
    """The subject of the last "X是" before the clause's "其" in its sentence, where it fits (module
    docstring); '' else."""
    bullet = written_by(title, bullets)[0]
    at = _clauses(title, bullet)[0].start()
    ends = [m.end() for m in _SENTENCE_END.finditer(bullet, 0, at)]
    words = tag_zh(bullet[ends[-1] if ends else 0 : at])
    subjects = [w for (w, tag), (nxt, _) in pairwise(words) if nxt == "是" and tag != "r"]
    if not subjects:
        return ""
    thing = subjects[-1]
    if len(thing) < MIN_CHARS or not free_of(thing, taken) or written_by(thing, others):
        return ""
    if poor_zh_title(thing, texts) or where(thing, bullets):
        return ""
    if not on_word_boundaries(thing, bullet, "zh"):
        return ""
    return thing if said_places(thing, texts, "zh") >= MIN_SAID else ""
