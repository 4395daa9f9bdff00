"""`zh_asides.aside_factor` answers from the first bullet that says a phrase where it can (no
brackets there, no story's detail): held here to the whole reading it stands for."""

from __future__ import annotations

from citebrief.text import zh_asides
from citebrief.text.zh_asides import ASIDE_FACTOR, aside_factor

BULLETS = [
    "长三角产业青年创新孵化基地（碳谷绿湾）举办创业大赛决赛。",
    "爸爸下楼买菜时，孩子自制一颗3D爱心送给妈妈。",
    "大赛设置了智能制造、生物医药两个赛道，碳谷绿湾负责承办。",
    "用冷水浸泡三十分钟后，再用大火煮开。",
    "杏煤公司（以下简称杏煤公司）今年产量增长。",
    "ATF（自重徒手功能性训练）课程受到欢迎。",
]


def _whole(phrase: str, bullets: list[str]) -> float:
    """The reading without the first-bullet answer (as it was before)."""
    saying = [b for b in bullets if phrase in b]
    if not saying:
        return 1.0
    if all(zh_asides._story_detail(phrase, b) for b in saying):
        return ASIDE_FACTOR
    return 1.0 if any(phrase in zh_asides._unbracketed(b) for b in saying) else ASIDE_FACTOR


def test_first_bullet_answer_is_the_whole_reading() -> None:
    phrases = {b[i : i + n] for b in BULLETS for n in (2, 3, 4) for i in range(len(b) - n + 1)}
    orders = [BULLETS, BULLETS[::-1], BULLETS[1:] + BULLETS[:1]]
    for bullets in orders:
        for phrase in sorted(phrases):
            assert aside_factor(phrase, bullets) == _whole(phrase, bullets), phrase


def test_known_asides() -> None:
    assert aside_factor("碳谷绿湾", BULLETS[:1]) == ASIDE_FACTOR  # only inside brackets
    assert aside_factor("碳谷绿湾", BULLETS[:3]) == 1.0  # the third bullet says it outside them
    assert aside_factor("下楼买菜", BULLETS[1:2]) == ASIDE_FACTOR  # a story's detail
    assert aside_factor("杏煤公司", BULLETS[4:5]) == 1.0  # a defining bracket stays
