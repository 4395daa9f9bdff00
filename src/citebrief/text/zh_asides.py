"""Asides a Chinese group title must not name: a phrase its bullets say only in brackets is
another name for something or a side remark ("长三角产业青年创新孵化基地（碳谷绿湾）" beside a
contest's tracks and a speech), not what the group is about. A bracket that defines the
article's own short name ("（以下简称杏煤公司）") is no aside: the article goes on to use it; nor
is one that spells out a Latin abbreviation ("ATF（自重徒手功能性训练）")."""

from __future__ import annotations

import re

ASIDE_FACTOR = 0.3
_BRACKETED = re.compile(r"[（(][^（）()]*(?:[）)]|$)")


def aside_factor(phrase: str, bullets: list[str]) -> float:
    """`ASIDE_FACTOR` for a phrase the bullets say only inside brackets, else 1."""
    saying = [b for b in bullets if phrase in b]
    if not saying or any(phrase in _BRACKETED.sub(_kept, b) for b in saying):
        return 1.0
    return ASIDE_FACTOR


def _kept(bracket: re.Match[str]) -> str:
    """A defining bracket stays in the text, and so does one that spells out a Latin
    abbreviation ("ATF（自重徒手功能性训练）": what the letters mean); any other is taken out."""
    before = bracket.string[bracket.start() - 1 : bracket.start()] if bracket.start() else ""
    glossed = before.isascii() and before.isalnum()
    return bracket.group(0) if "简称" in bracket.group(0) or glossed else ""
