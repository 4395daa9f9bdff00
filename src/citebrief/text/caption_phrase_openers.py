"""Where a caption runs into a sentence that opens on "To" and its verb or on "Like the …", in
English news text.

A Daily Mail caption pasted without a full stop leaves "… heavy eyebrows and a pale base To
highlight them even more, she added another layer …" (en-cnndm 148) or "… and has a taste Like the
infamous scene from Dumb and Dumber involving ice, a ski lift and a tongue, the fly becomes …"
(en-cnndm 74) as one sentence, and a bullet fuses both. Inside a sentence "to" and "like" are
lowercase; capitalised after a lowercase word no title follows, and followed by an opening
phrase (a verb, or an article and a lowercase word) that a comma and a subject close, they open a
new sentence. A title ("Back To The Future", "Like a Rolling Stone") runs on in capitals and is
left whole. (After "To", a word the lexicon knows as a verb only, "To soften", is cut already:
captions._cut_before_name reads "To" as a one-word name before a finite verb; "highlight" is a
noun too.)
"""

from __future__ import annotations

from citebrief.text.en_chunks import word_classes

OPENING_WORDS = frozenset({"To", "Like"})
# the words a subject may open on after the opening phrase's comma
_SUBJECTS = frozenset({"he", "she", "they", "we", "it", "i", "you", "the", "his", "her", "their", "its", "a", "an"})
_ARTICLES = frozenset({"the", "a", "an"})
_MOST_WORDS = 16  # words of the opening phrase, up to its comma


def _closes_on_subject(words: list[str], start: int, *, capitals: bool) -> bool:
    """From `start`, lowercase words or figures up to a comma (capitalised ones too where
    `capitals`: "from Dumb and Dumber"), then a subject: a pronoun or a determiner."""
    for position in range(start, min(start + _MOST_WORDS, len(words) - 1)):
        word = words[position]
        if not (word[:1].islower() or word[:1].isdigit() or (capitals and word[:1].isupper())):
            return False
        if word.endswith(","):
            return words[position + 1].lower() in _SUBJECTS
    return False


def phrase_opener(words: list[str], index: int, before_title: frozenset[str]) -> bool:
    """The word at `index`, "To" or "Like", opens a sentence glued to the caption before it: the
    word before is a plain lowercase word no title follows ("base", "taste"; not "song", "called":
    `before_title`), then "To highlight them even more, she added …" or "Like the infamous scene
    …, the fly becomes …"."""
    word = words[index]
    if word not in OPENING_WORDS or index + 2 >= len(words):
        return False
    previous, after, then = words[index - 1], words[index + 1], words[index + 2]
    if not (previous.isalpha() and previous.islower()) or previous in before_title:
        return False
    if word == "To":
        verb = after.isalpha() and after.islower() and "VERB" in word_classes(after)
        return verb and _closes_on_subject(words, index + 1, capitals=False)
    if after not in _ARTICLES or not (then.isalpha() and then.islower()):
        return False  # "Like a Rolling Stone": a title
    return _closes_on_subject(words, index + 2, capitals=True)
