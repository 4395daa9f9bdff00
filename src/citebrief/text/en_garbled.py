"""English sentences the source garbled in editing: two verbs of saying back to back ("… has
reportedly seen the child and says told the … Court that the baby is doing well").

An edit left half of each wording in the sentence; its claim stands, but a bullet repeating the
slip reads as the brief's own error (en-cnndm blind read: "a sentence with the source's typo came
in"). A group passes such a sentence over where it has enough other sentences to pick from, as it
passes over a bare one (`en_weak.strong_first`).
"""

from __future__ import annotations

from citebrief.text.lazy_re import LazyPattern

# a present "says" right before a past verb of saying: no reading of English has both
_TWO_VERBS = LazyPattern(r"\b(?:says|say)\s+(?:told|said|stated|explained|added)\b(?!-)")


def garbled(text: str) -> bool:
    """`text` says "says told" or the like: two verbs of saying, one left over from an edit."""
    return _TWO_VERBS.search(text) is not None


def whole_first(candidates: list[int], texts: list[str], want: int) -> list[int]:
    """`candidates` without the garbled ones, where `want` others remain to pick from."""
    whole = [i for i in candidates if not garbled(texts[i])]
    return whole if len(whole) >= want else candidates
