"""Whether a longer name a Chinese group title grows into stays clear of the other titles where
it holds one only as a modifier: "香椿银鱼春笋羹" (zh-clts 3, the dish both bullets name whole)
beside a group titled "春笋" is a 羹, not the bamboo shoots.

`titles.free_of` keeps a title from holding another group's, so two groups do not read as one
theme; but a name whose head is its own (the other title sits before its last word, never at
its end) names another thing, and the cut "香椿银鱼" it would replace reads as a fragment.
A name another title holds, or one that ends on another title ("野生春笋" beside "春笋"), stays
out.
"""

from __future__ import annotations


def free_but_modifiers(name: str, taken: set[str]) -> bool:
    """No title in `taken` (casefolded) holds `name`, and each one `name` holds stands before
    its end (a modifier of the name's own head), never at it."""
    folded = name.casefold()
    return not any(folded in title or folded.endswith(title) for title in taken)
