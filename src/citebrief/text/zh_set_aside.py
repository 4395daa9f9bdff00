"""A phrase a Chinese sentence sets aside ("除了线下交流外，交流会还邀请……线上参与交流"), which no
group title names: the sentence is about what it goes on to say, so a title "线下交流" over that
bullet names the one thing the bullet is not about (zh-news 18).

The phrase between 除(了) and (以/之)外, read only where a comma closes the frame (not "除了美国外交官")
and the group's bullets write it nowhere else, joins the titles a group's title must be free of
(`free_of`, engines/group_titles.py), as a page's reading link does (`en_link_titles`).
"""

from __future__ import annotations

from citebrief.text.lazy_re import LazyPattern

# "除了线下交流外，", "除线上展示以外，": a short run of Chinese characters, no clause
_SET_ASIDE = LazyPattern(r"除了?(?!了)([\u4e00-\u9fff]{2,6}?)[以之]?外[，,]")


def set_aside(bullets: list[str]) -> set[str]:
    """The phrases `bullets` (a group's) write only inside a 除……外 frame, casefolded."""
    found: set[str] = set()
    for bullet in bullets:
        if "除" in bullet:
            found.update(m.group(1) for m in _SET_ASIDE.finditer(bullet) if m.group(1)[-1] not in "以之")  # 除此之外
    return {p.casefold() for p in found if sum(b.count(p) for b in bullets) == sum(_framed(p, b) for b in bullets)}


def _framed(phrase: str, bullet: str) -> int:
    """How many times `bullet` writes `phrase` inside a 除……外 frame."""
    return sum(m.group(1) == phrase for m in _SET_ASIDE.finditer(bullet))
