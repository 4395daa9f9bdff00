"""English sentences the source garbled in editing: two verbs of saying back to back ("… has
reportedly seen the child and says told the … Court that the baby is doing well"), or one verb
twice, its "-ing" or "-ed" form right before another form of it ("… other backdrops, including
include garages …", where a caption glued to a sentence left both wordings of a list).

An edit left half of each wording in the sentence; its claim stands, but a bullet repeating the
slip reads as the brief's own error (en-cnndm blind read: "a sentence with the source's typo came
in"). A group passes such a sentence over where it has enough other sentences to pick from, as it
passes over a bare one (`en_weak.strong_first`). A verb said twice (`two_forms`) is no bullet at
all (`scoring.may_claim`): the glued caption's words ("… into the background and the photographed
Jörg has also painted …") garble the sentence around it too, not one word of it.
"""

from __future__ import annotations

from citebrief.text.lazy_re import LazyPattern

# a present "says" right before a past verb of saying: no reading of English has both
_TWO_VERBS = LazyPattern(r"\b(?:says|say)\s+(?:told|said|stated|explained|added)\b(?!-)")
# two lower-case words side by side, the first in "-ing" or "-ed" (read overlapping)
_PAIR = LazyPattern(r"\b(?=([a-z]{2,}(?:ing|ed))\s+([a-z]{3,})\b(?!-))")
_ENDINGS = ("ing", "es", "ed", "s", "e", "d")
MIN_STEM = 3


def _stems(word: str, endings: tuple[str, ...]) -> set[str]:
    """`word` less one of `endings`, and that with an "e" back ("including" → "includ", "include")."""
    cut = {word[: -len(end)] for end in endings if word.endswith(end)}
    return {stem for base in cut for stem in (base, base + "e") if len(stem) >= MIN_STEM}


def two_forms(text: str) -> bool:
    """A verb's "-ing" or "-ed" form right before another form of it: "including include"."""
    if "ed " not in text and "ing " not in text:
        return False  # most sentences: no such form before a space
    for found in _PAIR.finditer(text):
        first, second = found.group(1), found.group(2)
        if first != second and _stems(first, ("ing", "ed", "d")) & (_stems(second, _ENDINGS) | {second}):
            return True
    return False


def garbled(text: str) -> bool:
    """`text` says "says told" or the like: two verbs of saying, one left over from an edit."""
    return _TWO_VERBS.search(text) is not None


def whole_first(candidates: list[int], texts: list[str], want: int) -> list[int]:
    """`candidates` without the garbled ones, where `want` others remain to pick from."""
    whole = [i for i in candidates if not garbled(texts[i])]
    return whole if len(whole) >= want else candidates
