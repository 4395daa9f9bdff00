"""A capitalised plural with an "of" phrase that opens a sentence after a caption's place.

CNN/Daily Mail captions often end on where the picture was taken, and the flattened page glues
the next sentence to it with no stop: "… remains stranded outside Sydney Harbour | Waves of nine
metres have been battering the ship …" (en-cnndm; a blind reader quoted the fused bullet).
caption_shapes.plural_clause takes a plural followed at once by its verb ("… in Syria | Sparks fly
from …"); this shape puts an "of" phrase of lowercase words or figures between the plural and an
auxiliary ("have", "were", "will"). A name's plural with "of" capitalises what follows it ("Sons of
Anarchy", "Houses of Parliament", "Friends of the Earth"), so the lowercase phrase is no part of a
name; caption_shapes.new_clause_after_setting checks the place and that the article names it
elsewhere without the plural.
"""

from __future__ import annotations

from citebrief.text.en_chunks import word_classes

MAX_PHRASE = 3  # lowercase words or figures between "of" and the auxiliary ("of nine metres")
_TRAIL = ",;:'’\"”)"


def _plural_noun(word: str) -> bool:
    """A capitalised plural common noun ('Waves', 'Crowds'), not a name ('Jones', 'Lewis')."""
    if not (word[:1].isupper() and word[1:].islower() and word.isalpha() and word.endswith("s")):
        return False
    if len(word) < 4 or word.endswith("ss") or "NOUN" not in word_classes(word.lower()):
        return False
    singular = word[:-2] if word.endswith("es") and "NOUN" in word_classes(word[:-2].lower()) else word[:-1]
    return "NOUN" in word_classes(singular.lower())


def _phrase_word(word: str) -> bool:
    return (word.isalpha() and word.islower()) or word.replace(",", "").replace(".", "").isdigit()


def plural_of_clause(words: list[str], index: int) -> bool:
    """'Waves of nine metres have been …' at `index`: a capitalised plural common noun, 'of', one
    to three lowercase words or figures, then an auxiliary and a lowercase word (its verb)."""
    if index + 4 >= len(words) or words[index + 1] != "of" or not _plural_noun(words[index]):
        return False
    position = index + 2
    while position < len(words) and position - index - 2 < MAX_PHRASE and _phrase_word(words[position]):
        if "AUX" in word_classes(words[position]) and position > index + 2:
            break  # "of nine metres | have": the auxiliary ends the phrase
        position += 1
    if position == index + 2 or position + 1 >= len(words):
        return False
    auxiliary, verb = words[position], words[position + 1].rstrip(_TRAIL)
    if not (auxiliary.isalpha() and auxiliary.islower()) or "AUX" not in word_classes(auxiliary):
        return False
    return verb.isalpha() and verb.islower()
