"""A Chinese news group's title that is one name the text writes joined by a dash to another
name ("东盟" of "中国—东盟") gives way to the joined pair, where most bullets saying the name write
it so: "中国—东盟" over Guangxi's China–ASEAN emergency training, forums and fair.

The tagger cuts "中国—东盟" into 中国|—|东盟, so the title steps see the name alone, and a blind
reader of zh-news marks "东盟" as no theme: the group is about the two sides' joint work, not
about ASEAN. A dash between two names joins them as one party of the story (a partnership, a
route, a framework), so the pair is the name the group is about. The partner is the one word
right beside the dash, itself a name (place, body or short form); the pair most bullets write
is taken. 3–12 characters, on word boundaries and cleanly cut in a paragraph, no poor shape, free
of the titles given (`zh_shared_act.fits`, a place let by); else the title stays. Of zh-news
0–199, zh-policy and zh-clts (the first 200 each) one group's title is such a name (zh-news 162).
"""

from __future__ import annotations

import re
from collections import Counter

from citebrief.text.titles import GroupTexts, each_swapped, group_bullets
from citebrief.text.tokenize import tag_zh
from citebrief.text.zh_shared_act import fits

DASHES = "—–－-"  # the dashes a Chinese text joins two names with
_NAME_TAGS = frozenset({"ns", "nt", "nz", "j"})  # a place, a body, another name or a short form


def dashed_name_titles(titles: list[str], own: list[GroupTexts], used: set[str]) -> list[str]:
    """`titles` with each bare name most of its bullets write dashed to another name given the
    joined pair (module docstring); `own`: each group's bullets and paragraphs, None for a
    heading's group; `used`: the titles given (casefolded), which follows each change."""
    return each_swapped(titles, own, group_bullets(own), used, _bare_name, _joined_pair)


def _bare_name(title: str, bullets: list[str], texts: list[str]) -> bool:
    """One word the tagger reads as a name: a place, a body, another name or a short form."""
    words = tag_zh(title)
    return len(words) == 1 and words[0][1] in _NAME_TAGS


def _joined_pair(title: str, bullets: list[str], texts: list[str], others: list[str], taken: set[str]) -> str:
    """The dashed pair more than half the bullets saying `title` write; '' where none fits."""
    saying = [bullet for bullet in bullets if title in bullet]
    counts = Counter(pair for bullet in saying for pair in set(_pairs(title, bullet)))
    paragraphs = list(dict.fromkeys(texts))  # a paragraph two bullets come from is one place
    for pair, said in counts.most_common():
        # a pair of names is no place's ("中国—东盟": two parties), so `fits` lets the place by
        if 2 * said > len(saying) and fits(pair, [], paragraphs, taken, place=True):
            return pair
    return ""


def _pairs(title: str, sentence: str) -> list[str]:
    """Each pair of `title` and the name the sentence writes beside it across a dash."""
    found = []
    for match in re.finditer(re.escape(title), sentence):
        start, end = match.span()
        if start > 0 and sentence[start - 1] in DASHES:
            before = tag_zh(sentence[: start - 1])
            if before and before[-1][1] in _NAME_TAGS:
                found.append(f"{before[-1][0]}{sentence[start - 1]}{title}")
        if end < len(sentence) and sentence[end] in DASHES:
            after = tag_zh(sentence[end + 1 :])
            if after and after[0][1] in _NAME_TAGS:
                found.append(f"{title}{sentence[end]}{after[0][0]}")
    return found
