"""Where a caption runs into a sentence that opens on "To" and its verb, in English news text.

A Daily Mail caption pasted without a full stop leaves "… heavy eyebrows and a pale base To
highlight them even more, she added another layer …" (en-cnndm 148) as one sentence, and a bullet
fuses both. Inside a sentence "to" is lowercase; capitalised after a lowercase word no title
follows, before a verb and a lowercase phrase that a comma and a subject close, it opens a new
sentence. A title ("Back To The Future") runs on in capitals and is left whole. (A verb the
lexicon knows as a verb only, "To soften", is cut already: captions._cut_before_name reads "To"
as a one-word name before a finite verb; "highlight" is a noun too.)

Tried and left: "Like the …" after a lowercase word ("… has a taste Like the infamous scene from
Dumb and Dumber involving ice, …, the fly becomes …", en-cnndm 74): the cut is right, but the
group it leaves is titled "Videoed Up-close" (a caption's opening participle) where it was "Fly".
"""

from __future__ import annotations

from citebrief.text.en_chunks import word_classes

# the words a subject may open on after the opening phrase's comma
_SUBJECTS = frozenset({"he", "she", "they", "we", "it", "i", "you", "the", "his", "her", "their", "its", "a", "an"})
_MOST_WORDS = 16  # words of the opening phrase, up to its comma


def _closes_on_subject(words: list[str], start: int) -> bool:
    """From `start`, lowercase words (or figures) up to a comma, then a subject: a pronoun or a determiner."""
    for position in range(start, min(start + _MOST_WORDS, len(words) - 1)):
        word = words[position]
        if not (word[:1].islower() or word[:1].isdigit()):
            return False
        if word.endswith(","):
            return words[position + 1].lower() in _SUBJECTS
    return False


def infinitive_opener(words: list[str], index: int, before_title: frozenset[str]) -> bool:
    """The word at `index`, "To", opens a sentence glued to the caption before it: the word before
    is a plain lowercase word no title follows ("base"; not "song", "called": `before_title`), the
    word after a verb ("To highlight them even more, she added …")."""
    if words[index] != "To" or index + 2 >= len(words):
        return False
    previous, verb = words[index - 1], words[index + 1]
    if not (previous.isalpha() and previous.islower()) or previous in before_title:
        return False
    if not (verb.isalpha() and verb.islower() and "VERB" in word_classes(verb)):
        return False
    return _closes_on_subject(words, index + 1)
