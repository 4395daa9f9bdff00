"""Romanize Chinese site names for English briefs (人民日报 → Ren Min Ri Bao)."""

from __future__ import annotations

from citebrief.text.lang import is_han


def _keep(chars: str) -> str:
    """Characters pypinyin has no reading for (Latin, digits) stay as they are."""
    return chars


def romanize(name: str) -> str:
    """Pinyin without tones, one capitalised syllable per Han character; other text kept."""
    if not any(is_han(ch) for ch in name):
        return name
    from pypinyin import Style, lazy_pinyin  # lazy: pypinyin loads its tables on import

    parts: list[str] = []
    for raw in lazy_pinyin(name, style=Style.NORMAL, errors=_keep):
        piece = raw.strip()
        if piece:
            parts.append(piece.capitalize() if piece.isascii() and piece.isalpha() and piece.islower() else piece)
    return " ".join(parts)
