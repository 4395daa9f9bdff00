"""A Chinese news group's title that is a thing its bullets only ever write with one act right
after it takes that act: "大运会火炬传递" over the torch relay's last leg and first bearer, not the
"大运会火炬" cut off it (zh-news 166).

Blind readers of zh-news mark a title cut out of a longer term as naming a piece of it: the
group is about the event the thing takes part in (the relay, the donation), which every bullet
writing the thing says with it. The sure reading: the title ends on a thing's word (noun,
abbreviation; the tagger's last word of it), and every place the group's bullets write it, on
word boundaries, the next word is the same full verb (a verb or verbal noun of two characters
or more, no light one: `zh_action_title.LIGHT_ACTS`), with no "的" between; two bullets or more
write it so, and more than half the group's bullets. The phrase, title and act: 3–12
characters, on word boundaries and cleanly cut in a paragraph, no place or poor shape, free of
the titles given (`zh_shared_act.fits`); else the title stays. A noun after the thing makes it
a modifier ("体育场地|面积": a measure of the grounds) and a clause's verb after a verbal noun
("会议审议|通过"), not a thing's act; both stay.
"""

from __future__ import annotations

from citebrief.text.titles import GroupTexts, each_swapped, group_bullets
from citebrief.text.tokenize import tag_zh
from citebrief.text.zh_action_title import LIGHT_ACTS
from citebrief.text.zh_shared_act import fits

MIN_BULLETS = 2  # an act one bullet writes with the thing is that bullet's detail
MIN_ACT_CHARS = 2  # "传递", "捐献"; a one-character verb is mostly a clause's ("是", "在")
_THING_TAGS = frozenset({"n", "nz", "j"})  # the title's last word: a thing, not an act ("会议审议")
_ACT_TAGS = frozenset({"v", "vn"})


def thing_event_titles(titles: list[str], own: list[GroupTexts], used: set[str]) -> list[str]:
    """`titles` with each thing its bullets only write with one act given that act (module
    docstring); `own`: each group's bullets and paragraphs, None for a heading's group; `used`:
    the titles given (casefolded), which follows each change."""
    return each_swapped(titles, own, group_bullets(own), used, _thing, _event)


def _thing(title: str, bullets: list[str], texts: list[str]) -> bool:
    """A title whose last tagger word is a thing's, written by two bullets or more."""
    words = tag_zh(title)
    return bool(words) and words[-1][1] in _THING_TAGS and sum(title in b for b in bullets) >= MIN_BULLETS


def _event(title: str, bullets: list[str], texts: list[str], others: list[str], taken: set[str]) -> str:
    """The title with the one act every bullet writing it writes next (module docstring); ''
    where the bullets write it bare, with another act, or too few of them with the act."""
    acts: set[str] = set()
    writing = 0
    for bullet in bullets:
        if title not in bullet:
            continue
        followers = _followers(title, bullet)
        if not followers:
            return ""
        acts |= followers
        writing += 1
    if len(acts) != 1 or writing < MIN_BULLETS or writing * 2 <= len(bullets):
        return ""
    phrase = title + acts.pop()
    paragraphs = list(dict.fromkeys(texts))
    return phrase if fits(phrase, bullets, paragraphs, taken) else ""


def _followers(title: str, bullet: str) -> set[str]:
    """The word right after each place `bullet` writes `title`, where each place is whole words
    followed by a full verb; empty where any is not (a piece of a longer word, the end, a mark,
    a noun, a light verb)."""
    words = tag_zh(bullet)
    starts: dict[int, int] = {}  # where each word starts in the bullet: its index
    ends: dict[int, int] = {}  # where each word ends: its index
    at = 0
    for index, (word, _) in enumerate(words):
        starts[at] = index
        at += len(word)
        ends[at] = index
    found: set[str] = set()
    place = bullet.find(title)
    while place != -1:
        last = ends.get(place + len(title))
        if place not in starts or last is None or last + 1 >= len(words):
            return set()
        word, tag = words[last + 1]
        if tag not in _ACT_TAGS or len(word) < MIN_ACT_CHARS or word in LIGHT_ACTS:
            return set()
        found.add(word)
        place = bullet.find(title, place + 1)
    return found
