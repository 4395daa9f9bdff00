"""Where a caption that ends on a place runs into a sentence that opens on a person with an apposition.

CNN/Daily Mail captions often close on a place ("… met secretly to plan their travel to Syria",
"… rode to success at Aintree on Friday and in the Grand National"), and the flattened page glues
the next sentence on with no stop: "… travel to Syria Hanad Mustafe Musse, 19, and the five other
men …", "… in the Grand National Mr Waley-Cohen, who has been a close confidante …". A sentence
splitter sees one sentence, and a bullet cut from it ends on "… to Syria Hanad Mustafe Musse, 19".

The seam lies inside one run of capitalised words after a preposition or an article, so where the
place ends and the name starts is read off the article: the name (two words or more, then a
comma and an apposition: an age, "who", "aged", "from") is written elsewhere in the article, the
place is too, without the name after it, and the two together only here. A title or a
nationality before a name ("Mr", "Captain", "Australian") is no place: the name goes on from it.
"""

from __future__ import annotations

import re

from citebrief.text.captions import (
    _AGE,
    _APPOSITION,
    _CAPITALISED,
    _HONORIFICS,
    _PLACE_PREPOSITIONS,
    _ROLES,
    MIN_SIDE_WORDS,
    OPENERS,
)
from citebrief.text.en_chunks import word_classes

# the shape's cheap part, searched first: a capitalised word, a comma and an apposition
_APPOSITION_AFTER_NAME = re.compile(r"[A-Z][\w'’-]*, (?:\d{1,3},|aged |who |from )")
# its apposition alone, searched before it: `re` skips to a comma, while the name opens the shape
# on a capital, tried at every capital of a sentence
_APPOSITION_TAIL = re.compile(r", (?:\d{1,3},|aged |who |from )")
_WORD = re.compile(r"\S+")


def apposition_cuts(text: str, start: int, end: int) -> list[int]:
    """Offsets in `text[start:end]` (one sentence) where a caption ending on a place stops and a
    sentence opening on a person the article names again, with an apposition, starts."""
    if _APPOSITION_TAIL.search(text, start, end) is None or _APPOSITION_AFTER_NAME.search(text, start, end) is None:
        return []  # most sentences: no name with an age or a "who" after it
    spans = [(m.start(), m.group()) for m in _WORD.finditer(text, start, end)]
    words = [word for _, word in spans]
    cuts: list[int] = []
    last = 0  # the first word of the current piece
    for index in range(1, len(words) - 1):
        if not _named_with_apposition(words, index):
            continue
        first = _run_start(words, index)
        if first < 1 or words[first - 1] not in _PLACE_PREPOSITIONS:
            continue  # the run follows no preposition or article: no place before the name
        cut = _name_start(words, first, index, text)
        if cut is None or cut - last < MIN_SIDE_WORDS or len(words) - cut < MIN_SIDE_WORDS:
            continue
        cuts.append(spans[cut][0])
        last = cut
    return cuts


def _named_with_apposition(words: list[str], index: int) -> bool:
    """The word at `index` is a capitalised name's last word with its comma, and an apposition
    follows: "Musse, 19,", "Waley-Cohen, who"."""
    word, after = words[index], words[index + 1]
    if not word.endswith(",") or not _CAPITALISED.match(word[:-1]):
        return False
    return after in _APPOSITION or _AGE.fullmatch(after) is not None


def _run_start(words: list[str], index: int) -> int:
    """The first of the capitalised words, none with a mark after it, that run up to `index`."""
    first = index
    while first > 0 and _CAPITALISED.match(words[first - 1]) and words[first - 1][-1:].isalnum():
        first -= 1
    return first


def _name_start(words: list[str], first: int, index: int, text: str) -> int | None:
    """Where in the run `words[first:index + 1]` the name starts (its place before it), or None:
    the longest name of two words or more that the article writes elsewhere, after a place it
    also writes alone, the two together only once."""
    for start in range(first + 1, index):
        place, name = " ".join(words[first:start]), " ".join(words[start : index + 1])[:-1]
        ending = words[start - 1]
        if ending in _HONORIFICS or ending in OPENERS or ending.lower() in _ROLES:
            continue  # "Mr Hanad Musse", "Captain John Smith": a title goes on into the name
        if word_classes(ending.lower()) == frozenset({"ADJ"}) or ending.endswith(("ian", "ean", "can", "ish", "ese")):
            continue  # "Australian Marc Leishman", "British Tom Daley": a name's adjective
        if _count(text, name) < 2 or text.count(f"{ending} {words[start]}") != 1:
            continue
        if _count(text, place) > text.count(f"{place} {words[start]}"):
            return start
    return None


def _count(text: str, phrase: str) -> int:
    """How often `phrase` stands in `text` on word boundaries."""
    return len(re.findall(rf"(?<![\w'’-]){re.escape(phrase)}(?![\w'’-])", text))
