"""Where a caption or a linked headline that ends on a name runs into a sentence that opens on an
adverbial phrase.

CNN/Daily Mail pages paste a related story's headline or a photo's caption before a paragraph
with no full stop: "Why Turkey won't say the G-word when it comes to the Armenians | In her
Pulitzer Prize-winning book about genocide, Obama's current Ambassador … hammered …". captions.py
cuts before "In"/"On" only after a common word (a name before them may be a title's: "Made In
Chelsea", "Live At the Apollo"); this rule takes the shape a title never has: a capitalised
preposition, a determiner or a possessive, a phrase with two common words or more up to a comma,
then the clause's subject (a capitalised word, a pronoun or a determiner other than "a").
"""

from __future__ import annotations

PREPOSITIONS = frozenset({"In", "On", "At", "After", "During", "Before", "Since", "Following"})
_DETERMINERS = frozenset({"her", "his", "their", "its", "the", "a", "an", "my", "our", "this", "that"})
_SUBJECTS = frozenset({"he", "she", "they", "we", "it", "i", "you", "there", "the", "his", "her", "their", "its"})
_MAX_PHRASE = 12  # words between the determiner and the comma
_MIN_COMMON = 2  # common words in the phrase: "In the USA," is a title's, "in her book about genocide," a phrase
_STOPS = (".", ":", ";", "!", "?", "'", "’", '"', "”")


def adverbial_after_capital(words: list[str], index: int, before_title: frozenset[str]) -> bool:
    """A capitalised preposition at `index`, after a capitalised word with no stop, opens an
    adverbial phrase and its clause."""
    previous = words[index - 1]
    if index + 3 >= len(words) or words[index + 1] not in _DETERMINERS:
        return False
    if not (previous[:1].isupper() and previous[-1:].isalpha()) or previous.lower() in before_title:
        return False
    common = 0
    for position in range(index + 2, min(index + 2 + _MAX_PHRASE, len(words) - 1)):
        word = words[position]
        if word.endswith(_STOPS):
            return False
        common += word[:1].islower()
        if word.endswith(","):
            after = words[position + 1]
            return common >= _MIN_COMMON and (after[:1].isupper() or after.lower() in _SUBJECTS)
    return False
