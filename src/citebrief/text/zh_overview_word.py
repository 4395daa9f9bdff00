"""A Chinese overview subject that is a word cut after its first character: "博会" of "进博会"
(the tagger reads "进|博会", a verb and a noun). Where every place the article says the subject
one and the same character stands before it, a word of its own to the tagger (not the end of
"上海" before "互联网") and no function word, it is the name's own first character: the reader
finds "进博会" in the text, never "博会" alone.
"""

from __future__ import annotations

from citebrief.text.titles import starts, swapped_title
from citebrief.text.tokenize import tag_zh

MAX_CUT = 3  # a word the tagger cuts is a short one: a longer subject is a phrase of its own
MIN_SAID = 2  # once, the character before is chance; twice the same, the word's own
_HAN = range(0x4E00, 0xA000)
# characters that stand before a name without being part of it: function words, "第", a count
_NOT_FIRST = frozenset("的之和与及或在于为对从向给把被将是也都就又还再才了着过等第届个年月日这那该本各每全其")


def whole_word(subject: str, texts: list[str], used: set[str]) -> str:
    """`subject` with the one Han character every place in `texts` has before it ("进博会"),
    where the subject is MAX_CUT characters at most and said MIN_SAID times or more; else
    `subject`. `used` holds the one that stands."""
    if not subject or len(subject) > MAX_CUT:
        return subject
    before: set[str] = set()
    said = 0
    for text in texts:
        for at in starts(subject, text):
            said += 1
            before.add(text[at - 1] if at and _alone(text, at - 1) else "")
            if len(before) > 1:
                return subject
    if said < MIN_SAID or not before:
        return subject
    first = before.pop()
    if not first or ord(first) not in _HAN or first in _NOT_FIRST:
        return subject
    return swapped_title(subject, first + subject, used)


WINDOW = 6  # the characters before a place the tagger reads to find the word that ends there


def _alone(text: str, at: int) -> bool:
    """Whether the character at `at` is a word of one character as the tagger cuts the text
    around it."""
    low = max(0, at - WINDOW)
    end = low
    for word, _ in tag_zh(text[low : at + 1]):
        end += len(word)
        if end == at + 1:
            return len(word) == 1
    return False
