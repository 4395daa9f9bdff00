"""A Chinese news group's title that is a bare verb ("预约", "行贿") gives way to the verb with
the noun its group writes right after it ("预约机制" over the booking system's upgrades and
quota, "预约制参观" over the panda house's booked visits), where no noun before it made a
compound first (`zh_thing_act`, the step before).

Blind readers of zh-news mark a bare verb as no theme (titles 2.88 of 5): it says something is
done, not what. After `zh_thing_act`, 5 titles of zh-news 0–199 are still one word tagged as a
verb (v: 行贿, 预约 twice, 安置; the verbal nouns 投资, 通关, 直播 name their act as a thing
already and stay), none of zh-clts. The noun right after the verb, the pair closing the run of
nouns ("预约|机制", "行贿|行为"), names what the act is about as the group writes it; a verb
after a name or a noun ("大熊猫馆预约", "单场直播") is a piece of that longer phrase, and a verb
before a count or a particle ("安置|4029人", "查处行贿|的") has no such noun and stays bare.

Of several, the one the group's paragraphs say most, then the bullets' first. 3–12 characters
on word boundaries, no place or poor shape, free of the titles given (`zh_shared_act.fits`).
"""

from __future__ import annotations

from citebrief.text.titles import GroupTexts, each_swapped, group_bullets
from citebrief.text.tokenize import tag_zh
from citebrief.text.zh_shared_act import fits
from citebrief.text.zh_thing_act import bare_act

MAX_NOUNS = 2  # "预约|制|参观": a run of nouns longer than two is a phrase of its own
_NOUN_TAGS = frozenset({"n", "nz", "j"})  # the thing after the act (no place, name or verbal noun)
# before the act, a noun or a name makes the act the tail of a longer phrase ("大|熊猫馆|预约")
_JOINED_BEFORE = frozenset({"n", "nz", "vn", "j", "ng", "nr", "nrt", "nrfg", "ns", "nt", "eng", "m", "q"})
# after the run, another noun or a count means the run is cut from a longer one
_LONGER_AFTER = _JOINED_BEFORE | {"an", "l"}


def verb_object_titles(titles: list[str], own: list[GroupTexts], used: set[str]) -> list[str]:
    """`titles` with each bare verb given the noun its group writes after it (module docstring);
    `own`: each group's bullets and paragraphs, None for a heading's group; `used`: the titles
    given (casefolded), which follows each change."""
    return each_swapped(titles, own, group_bullets(own), used, bare_act, _act_object)  # the same bare verbs


def _act_object(title: str, bullets: list[str], texts: list[str], others: list[str], taken: set[str]) -> str:
    """The verb with its noun the paragraphs say most, then the bullets' first; '' where none fits."""
    paragraphs = list(dict.fromkeys(texts))  # a paragraph two bullets come from is one place
    found = list(dict.fromkeys(phrase for bullet in bullets for phrase in _written(title, bullet)))
    ranked = sorted(found, key=lambda phrase: -sum(p.count(phrase) for p in paragraphs))  # stable: bullets' order
    return next((phrase for phrase in ranked if fits(phrase, bullets, paragraphs, taken)), "")


def _written(title: str, sentence: str) -> list[str]:
    """Each phrase of the verb `title` and the nouns right after it the sentence writes."""
    words = tag_zh(sentence)
    found = []
    for at, (word, _) in enumerate(words):
        if word != title or (at > 0 and words[at - 1][1] in _JOINED_BEFORE):
            continue
        last = at
        while last + 1 < len(words) and words[last + 1][1] in _NOUN_TAGS and last - at < MAX_NOUNS:
            last += 1
        if last == at or (last + 1 < len(words) and words[last + 1][1] in _LONGER_AFTER):
            continue
        found.append("".join(w for w, _ in words[at : last + 1]))
    return found
