"""The line under the title: `Ren Min Ri Bao·2025-05-14 22:17`."""

from __future__ import annotations

from datetime import datetime

from citebrief.model import Lang
from citebrief.text.romanize import romanize


def source_line(source: str | None, published_at: datetime | None, lang: Lang) -> str | None:
    """Site name (romanized in an English brief) and the page's own local time; what is unknown is left out."""
    parts = []
    if source:
        parts.append(romanize(source) if lang == "en" else source)
    if published_at is not None:
        clock = (published_at.hour, published_at.minute, published_at.second) != (0, 0, 0)
        parts.append(published_at.strftime("%Y-%m-%d %H:%M" if clock else "%Y-%m-%d"))
    return "·".join(parts) or None
