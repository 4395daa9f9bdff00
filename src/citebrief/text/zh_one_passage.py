"""The one title of two bullets a Chinese news group takes from one paragraph, where a pair
title would name two things.

`engines/zh_run_titles.py` titles a group of two bullets on two things by both ("供水设施、支农支小
再贷款额度" over the water repairs of one paragraph and the relief loans of the next). Two bullets
taken from one paragraph are neighbouring sentences of one passage on one thing: the troupe's gala
and the snow-mountain Mongols it comes from, two claims of one false advert, a county's house checks
and its damage survey. Joined, a detail of each reads as two unrelated keywords ("独家专利、微信视频",
"乌兰牧骑艺术团、雪山蒙古族"; readers marked such pairs down: "names nothing the bullets share"). The
passage keeps one title, the one the title steps chose; where that one is an act on a thing (a
verb word then its object: "排查房屋"), the other part, a thing or an event ("灾情核查"), titles it;
where it is cut from behind a word both sentences say ("心血管|疾病发病率" over the disease's rising
rate and its risk factors), that word goes with it: the thing the passage is on.
Bullets of two paragraphs stay paired. Reads the group's two bullets and their paragraphs only.
"""

from __future__ import annotations

from citebrief.text.titles import MAX_ZH, cleanly_cut, on_word_boundaries
from citebrief.text.tokenize import tag_zh
from citebrief.text.zh_shared import where

_ACT_TAGS = frozenset({"v", "vn"})
_OBJECT_TAGS = frozenset({"n", "nz", "j", "nr", "ns", "nt"})
_SHARED_TAGS = frozenset({"n", "nz", "j"})
MIN_SHARED_CHARS = 2


def one_passage(paragraphs: list[str]) -> bool:
    """Whether the group's bullets all come from one paragraph (`paragraphs`: each bullet's)."""
    return len(paragraphs) > 1 and all(p == paragraphs[0] for p in paragraphs)


def passage_title(title: str, other: str, bullets: list[str], paragraph: str) -> str:
    """The one title of a passage: `title` (the title steps' choice), or `other` where `title`
    is an act on a thing ("排查房屋") and `other` is not; with the word both `bullets` say just
    before it where the paragraph says them together ("心血管疾病发病率")."""
    chosen = other if _act_on_thing(title) and not _act_on_thing(other) else title
    return _widened(chosen, bullets, paragraph)


def _widened(title: str, bullets: list[str], paragraph: str) -> str:
    """`title` with the word before it where every bullet says that word (a noun of two
    characters or more, not a place) and the two fit a title and lie whole in `paragraph`."""
    said = [{w for w, t in tag_zh(b) if t in _SHARED_TAGS and len(w) >= MIN_SHARED_CHARS} for b in bullets]
    shared = set.intersection(*said) if said else set()
    for bullet in bullets:
        at, position = bullet.find(title), 0
        if at <= 0:
            continue
        for word, _ in tag_zh(bullet):
            position += len(word)
            if position < at:
                continue
            wide = word + title
            fits = position == at and word in shared and len(wide) <= MAX_ZH and not where(word, bullets)
            if fits and on_word_boundaries(wide, paragraph, "zh") and cleanly_cut(wide, paragraph, "zh"):
                return wide
            break
    return title


def _act_on_thing(phrase: str) -> bool:
    """A verb word, then a noun to its end: "排查房屋", "节约标煤" (not "灾情核查", "独家专利")."""
    words = [(w, t) for w, t in tag_zh(phrase) if w.strip()]
    return len(words) >= 2 and words[0][1] in _ACT_TAGS and words[-1][1] in _OBJECT_TAGS
