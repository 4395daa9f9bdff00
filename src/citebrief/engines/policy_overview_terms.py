"""A plan's definition of its own term gives the overview's place to what the plan sets out to do.

A pilot plan often opens by defining what it pilots ("“无废城市”是以……为引领……的城市发展模式。",
"“无废城市”并不是没有固体废物产生，……而是一种先进的城市管理理念……"): central to every
sentence that names the term, those definitions took two of the overview's three places, and the
plan's targets ("到2020年，系统构建“无废城市”建设指标体系……") none. What the term means is the
reader's context; what the plan is to achieve is its point.
"""

from __future__ import annotations

from citebrief.text.lazy_re import LazyPattern

# a sentence that opens on a quoted term and says what it is or is not
_DEFINITION = LazyPattern(r"^“[^”]{2,12}”(?:是|并不是|不是|并非|即)")
MIN_LEFT = 3  # the overview's points the pool must still offer without its definitions


def without_definitions(pool: list[int], texts: list[str]) -> list[int]:
    """`pool` (sentence indices into `texts`) less its definitions of a quoted term, where
    MIN_LEFT others remain; `pool` itself otherwise."""
    kept = [i for i in pool if not _DEFINITION.search(texts[i].lstrip())]
    return kept if len(kept) < len(pool) and len(kept) >= MIN_LEFT else pool
