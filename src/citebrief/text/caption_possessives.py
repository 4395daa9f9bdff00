"""A plural's possessive apostrophe is no closing quote a caption may end on.

captions._ends_caption takes a word that ends on "’" or "'" for a quote's close, and a caption
may end on a quote ("… 'about sex' Natasha Giggs later filed …"). A capitalised plural's
possessive ends the same way: "'The scheduled Sydney arrival of Carnival Cruise Lines’ Carnival
Spirit has been delayed …'" (en-cnndm) was cut after "Lines’", and a bullet opened mid-quote.
Where the run of capitalised words that ends on "s’" opens with no quote mark, the mark closes no
quotation: it is the plural's possessive, and the name after it is what the run owns.
"""

from __future__ import annotations

_APOSTROPHES = ("’", "'")
_OPENING_MARKS = "'‘\"“"


def plural_possessive(words: list[str], index: int) -> bool:
    """Whether words[index] is a capitalised plural's possessive ('Lines’', 'Airways'') whose run
    of capitalised words ('Carnival Cruise Lines’') holds no opening quote mark."""
    word = words[index]
    if len(word) < 4 or not word.endswith(_APOSTROPHES) or word[-2] != "s" or word[-3] == "s":
        return False  # "Boss'", "Jess'": a singular's, which a quote may as well close
    if not word[:-1].isalpha():
        return False
    if not word[:1].isupper():
        return False
    position = index
    while position >= 0 and words[position].lstrip(_OPENING_MARKS)[:1].isupper():
        if words[position][:1] in _OPENING_MARKS:
            return False  # "'Rolling Stones'": the run is quoted, its mark closes it
        position -= 1
    return True
