"""Whether two English title phrases are the same noun with other modifiers ("Prom Banner",
"Plane Banners"): such a phrase says no more of the group than the specific choice it would
displace, and the modifier it swaps in is often the article's subject every group says ("prom"),
which blind readers of en-cnndm 95 marked as generic, where the choice's own ("plane") named the
thing. `en_title_choice.en_group_title` keeps the choice over such a phrase, as it keeps
"Biggest Lamb" over "Lamb".

Narrow on purpose: phrases with "of" or "on" are left ("Proceeds of the Fraud" is no fraud of
another kind than "Mortgage Fraud": its head is "Proceeds"), which moved en-cnndm 11 and 188 and
en-xsum 114 for the worse.
"""

from __future__ import annotations

_LINKS = frozenset({"of", "on", "in", "for", "to", "and", "the", "a", "an", "v", "vs"})


def _head(word: str) -> str:
    """A head noun without its plural "s" ("banners" → "banner")."""
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def same_head(text: str, rival: str) -> bool:
    """Both phrases are modifiers before one head noun, the same one in any number, and differ."""
    words, other = text.lower().split(), rival.lower().split()
    if len(words) < 2 or len(other) < 2 or words == other or not _LINKS.isdisjoint(words + other):
        return False
    return _head(words[-1]) == _head(other[-1])
