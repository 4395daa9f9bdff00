"""A Chinese news group's title that is a light verb before the noun every bullet of the group
says gives way to the noun: "投资" over three bullets on investment, not "完成投资", which the
one bullet on each kind's investment (太阳能发电、核电……投资) does not say.

Blind readers of zh-news mark a title down that only some of its bullets say, and the light verb
("完成", "开展", "进行": `zh_one_said_title.LIGHT`) says nothing of what the group is about; the
noun after it is what the bullets share. Only a title of those two words, in a group of two
bullets or more, where the verb is said by fewer bullets than the noun and the noun by all
of them: a group whose act every bullet reports keeps it ("检测病毒" over two bullets that each
say 检测). The noun is a thing's word of two characters or more that no other group's bullets
say, on word boundaries in the group's paragraphs, no poor title (`zh_poor_titles`), no place,
and free of the titles given (the overview's among them).
"""

from __future__ import annotations

from citebrief.text.titles import GroupTexts, each_swapped, free_of, group_bullets, on_word_boundaries
from citebrief.text.tokenize import tag_zh
from citebrief.text.zh_one_said_title import LIGHT
from citebrief.text.zh_poor_titles import poor_zh_title
from citebrief.text.zh_shared import where

MIN_BULLETS = 2
MIN_CHARS = 2
_THING_TAGS = frozenset({"n", "nz", "vn", "j", "l"})


def light_verb_titles(titles: list[str], own: list[GroupTexts], used: set[str]) -> list[str]:
    """`titles` with each light verb's title given the noun its group's bullets all say (module
    docstring); `own` holds each group's bullets and paragraphs, None for a heading's group;
    `used`: the titles given (casefolded), which follows each change."""
    return each_swapped(titles, own, group_bullets(own), used, _light_led, _noun_after)


def _light_led(title: str, bullets: list[str], texts: list[str]) -> bool:
    """A light verb and a thing's word, the verb said by fewer of the bullets than the noun
    and the noun by every one."""
    words = tag_zh(title)
    if len(bullets) < MIN_BULLETS or len(words) != 2:
        return False
    (verb, _), (noun, tag) = words
    if verb not in LIGHT or tag not in _THING_TAGS or len(noun) < MIN_CHARS:
        return False
    return all(noun in b for b in bullets) and sum(verb in b for b in bullets) < len(bullets)


def _noun_after(title: str, bullets: list[str], texts: list[str], others: list[str], taken: set[str]) -> str:
    """The title's noun, where it is this group's (no other group's bullets say it), a fitting
    title free of `taken`, written on word boundaries in a paragraph; '' else."""
    noun = tag_zh(title)[1][0]
    if any(noun in other for other in others) or not free_of(noun, taken):
        return ""
    if poor_zh_title(noun, texts) or where(noun, bullets):
        return ""
    return noun if any(on_word_boundaries(noun, t, "zh") for t in texts if noun in t) else ""
