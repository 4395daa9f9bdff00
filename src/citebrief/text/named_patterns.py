"""Patterns built around a name or phrase of the article ("Judy Clarke", a title's words), each
compiled once per process.

`re` keeps only its last 512 patterns; an English brief builds one per surname, per word and
per title it asks about, so the ones it asks again had been pushed out and were compiled again
(~0.2 ms each in Python: about 5% of a warm English brief). Here each is kept by its text: the
same pattern object `re.compile` would give, so no answer changes.
"""

from __future__ import annotations

import re
from functools import lru_cache

KEPT = 8192  # distinct patterns: a few hundred per brief; bounded, as a long-lived server asks many


@lru_cache(maxsize=KEPT)
def named_pattern(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """`re.compile(pattern, flags)`, kept for the next ask of the same text."""
    return re.compile(pattern, flags)
