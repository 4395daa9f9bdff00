"""Where a caption cut would take a sentence's subject off it: the words before a capitalised name
leave a noun phrase unfinished, so the name ends that phrase, not a caption ("This Saturday, the
very first | Barbie Doll will go on sale …", "Relatives have said victim | Ron Lane was gay",
"CNN affiliate | WNCN reported", "One of the men 38-year-old | Lianna Barrientos wed was
deported …"). Cut there, the bullet reads "Barbie Doll will go on sale again", a claim the source
does not make, or keeps a verb whose subject was cut off.

Three shapes: a determiner one to three words back with only modifiers after it, words that are
no noun or an ordinal ("the very first"; not "the game", "his best"), an age before a name
("38-year-old"), or a noun that names a person's or an outlet's role in a story ("victim",
"affiliate", "suspect"), which the name completes.
"""

from __future__ import annotations

import re

from citebrief.text.en_chunks import word_classes

_DETERMINERS = frozenset({"the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "our"})
_AGE = re.compile(r"\d{1,3}-(?:year|month|week)-old$")
# nouns before a name that the name completes ("victim Ron Lane", "affiliate WNCN")
_ROLE_NOUNS = frozenset(
    {"victim", "affiliate", "suspect", "boyfriend", "girlfriend", "husband", "wife", "fiance", "fiancé"}
    | {"son", "colleague", "neighbour", "neighbor", "teammate", "classmate", "widow", "widower"}
    | {"predecessor", "successor", "blonde", "brunette"}
)
# modifiers that are also nouns ("the first", "her favourite") but before a name open its phrase
_ORDINALS = frozenset({"first", "second", "third", "last", "latest", "next", "final", "favourite", "favorite"})
MAX_MODIFIERS = 2


def _bare(word: str) -> str:
    return word.strip("'’‘\"“”()[],;:.")


def unfinished_phrase(words: list[str], index: int) -> bool:
    """The words before `index` leave a noun phrase open that the capitalised word at `index`
    completes: no caption ends there."""
    previous = _bare(words[index - 1])
    if words[index - 1][-1:] in ",;:." or not previous:
        return False
    if _AGE.match(previous) or previous.lower() in _ROLE_NOUNS:
        return True
    for back in range(1, MAX_MODIFIERS + 2):
        if index - back < 0:
            return False
        word = words[index - back]
        if word.lower() in _DETERMINERS:
            return back > 1  # "the very first", not "the" alone ("the | Times" is a title's own)
        bare = _bare(word).lower()
        classes = word_classes(bare)
        modifier = bare in _ORDINALS or ({"ADJ", "ADV"} & classes and "NOUN" not in classes)
        if word[-1:] in ",;:." or not word[:1].islower() or not modifier:
            return False  # "the game | Igor Akinfeev is carried off": a noun ends the phrase
    return False
