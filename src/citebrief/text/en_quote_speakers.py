"""An English quotation closed with its own stop, then its speaker as a sentence of its own ("'I
like to think that I play enthusiastically and with aplomb.' Meacham concluded in an interview
with the New York Times."): the splitter ends a sentence at the stop before a capital, so the
speaker's words reach a brief as a bullet that says nothing ("Meacham concluded in an interview
with the New York Times") and the quotation as one whose speaker no one can see.

The speaker's sentence goes back onto the quotation when it is nothing but a speaker: one to five
words that open on a capital, a verb of saying, and then at most where or to whom it was said (a
preposition's phrase, "told the New York Times"), with no clause of its own ("George also told
the newspaper Garcia booted …", "The judge told him not to swear" stay sentences).
"""

from __future__ import annotations

from functools import cache

from citebrief.text.calendar_names import DAY_NAMES
from citebrief.text.lazy_re import LazyPattern
from citebrief.text.speech_verbs_en import verbs

# a quotation's own stop, then its closing mark, at the sentence's end
_QUOTE_END = LazyPattern(r"[.!?…][’'\"”]\s*$")
# verbs that end a quotation with its speaker, beyond the table's "quoted" ones
_MORE_VERBS = frozenset({"concluded", "concludes", "added", "replied", "recalled"})
# words a speaker's "where, when or to whom" opens on
_PLACE_WORDS = frozenset(
    [
        "in",
        "on",
        "at",
        "to",
        "during",
        "after",
        "before",
        "via",
        "from",
        "for",
        "with",
        "outside",
        "inside",
        "through",
        "yesterday",
        "today",
        "tonight",
        "earlier",
        "later",
        "last",
        "this",
        "on",
        *DAY_NAMES,
    ]
)
# words that make the rest a clause of its own
_CLAUSE_WORDS = frozenset(
    [
        "that",
        "he",
        "she",
        "they",
        "we",
        "I",
        "it",
        "you",
        "is",
        "was",
        "were",
        "are",
        "be",
        "been",
        "has",
        "had",
        "have",
        "will",
        "would",
        "could",
        "should",
        "can",
        "did",
        "do",
        "does",
        "not",
        "who",
        "which",
        "what",
        "how",
        "why",
        "but",
        "and",
        "because",
        "if",
        "when",
        "while",
        "as",
    ]
)
_OBJECTS = frozenset(["the", "a", "an", "reporters", "journalists", "him", "her", "them", "us", "me", "police"])
MAX_SUBJECT_WORDS = 5
MAX_SENTENCE_WORDS = 16


@cache
def _speech_verbs() -> frozenset[str]:
    return frozenset(verbs("quoted")) | _MORE_VERBS


def speaker_after_quote(text: str, first_start: int, first_end: int, start: int, end: int) -> bool:
    """Whether text[start:end] is only the speaker of the quotation that ends text[first_start:first_end]
    (its own stop inside its closing mark), so the two are one sentence."""
    if not _QUOTE_END.search(text, first_start, first_end):
        return False
    words = text[start:end].rstrip(".!?").split()
    if not words or len(words) > MAX_SENTENCE_WORDS or not words[0][:1].isupper():
        return False
    verb_at = next((k for k, word in enumerate(words[: MAX_SUBJECT_WORDS + 1]) if word in _speech_verbs()), None)
    if verb_at is None or verb_at == 0 or any(mark in text[start:end] for mark in "'\"‘’“”,:;"):
        return False
    return _only_where_or_whom(words[verb_at + 1 :], told=words[verb_at] in {"told", "tells"})


def _only_where_or_whom(tail: list[str], *, told: bool) -> bool:
    """The words after the verb say only where, when or to whom: none, or a preposition's phrase,
    or (after "told") its hearer first ("the New York Times", "reporters"), a clause nowhere."""
    if any(word in _CLAUSE_WORDS for word in tail):
        return False
    at = 0
    if told and tail and (tail[0] in _OBJECTS or tail[0][:1].isupper()):
        at = 1
        while at < len(tail) and tail[at] not in _PLACE_WORDS:
            if tail[at][:1].islower() and at > 0 and tail[at - 1][:1].isupper():
                return False  # "told the newspaper Garcia booted …": a clause's subject and verb
            at += 1
    return at == len(tail) or tail[at] in _PLACE_WORDS
