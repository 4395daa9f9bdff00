"""Where a caption cut would take a relative clause off its head: "It was one of the first
directives | President Barack Obama ordered two months after he was elected in 2008" is one
sentence, whose clause "[that] President Barack Obama ordered" has its object in the head before it
("the first directives"). Cut there, the bullet reads "President Barack Obama ordered two months
after …": a verb with nothing ordered (en-xsum 104).

The shape, both halves asked: the words before the name end on a noun headed by an ordinal or a
superlative after a determiner ("the first directives", "the only film", "the biggest deal"),
which a clause with no "that" often follows; and after the name (one to four capitalised words)
and its finite verb comes no object — a preposition or conjunction ("ordered in 2008", "made
before …"), a count of time ("ordered two months after …"), or the sentence's end. A caption
ending on such a head with a sentence whose verb has its object ("… the first half | Eden Hazard
scored a penalty") is still cut. en-cnndm and en-xsum 0–199: one cut of 729 kept whole (en-xsum 104).
The verb may carry the sentence's stop ("… the biggest deal Apple made."): `captions._finite_verb`
reads "made." as a verb, so the caption rules and this guard see the same clause.
"""

from __future__ import annotations

from collections.abc import Callable

from citebrief.text.en_chunks import word_classes

_DETERMINERS = frozenset({"the", "its", "his", "her", "their", "our", "my", "your"})
# the modifiers that pick one thing of a kind, before the head noun ("the first directives")
_PICKERS = frozenset({"first", "second", "third", "last", "latest", "next", "final", "only"})
MAX_BETWEEN = 2  # words between the picker and the head noun ("the first two directives")
MAX_NAME = 4  # capitalised words of the name opening the clause
# words after the clause's verb that open no object: "ordered in 2008", "made before the war"
_NO_OBJECT = frozenset(
    {"in", "on", "at", "after", "before", "during", "since", "until", "when", "while", "as", "within"}
    | {"last", "earlier", "later", "shortly", "soon", "just", "only", "ago"}
)
_COUNTS = frozenset({"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "a", "few", "several"})
_TIME_NOUNS = frozenset({"days", "weeks", "months", "years", "hours", "day", "week", "month", "year", "decades"})


def _bare(word: str) -> str:
    return word.strip("'’‘\"“”()[],;:.").lower()


def _picked_head(words: list[str], index: int) -> bool:
    """The words before `index` end on a noun a determiner and a picker head ("the first
    directives", "the only film")."""
    head = words[index - 1]
    if not head[:1].islower() or head[-1:] in ",;:." or "NOUN" not in word_classes(_bare(head)):
        return False
    for back in range(2, MAX_BETWEEN + 3):
        if index - back < 1:
            return False
        word = words[index - back]
        if not word[:1].islower() or word[-1:] in ",;:.":
            return False
        bare = _bare(word)
        picker = bare in _PICKERS or (bare.endswith("est") and "ADJ" in word_classes(bare))
        if picker:
            return _bare(words[index - back - 1]) in _DETERMINERS
    return False


def _no_object(words: list[str], verb: int) -> bool:
    """Nothing the verb at `verb` acts on follows it: the sentence ends on it, or a preposition,
    a conjunction or a count of time comes next ("ordered two months after …")."""
    if words[verb][-1:] in ".!?" or verb + 1 >= len(words):
        return True
    following = _bare(words[verb + 1])
    if following in _NO_OBJECT:
        return True
    return following in _COUNTS and verb + 2 < len(words) and _bare(words[verb + 2]) in _TIME_NOUNS


def headless_clause(words: list[str], index: int, finite_verb: Callable[[str, str], bool]) -> bool:
    """A cut before the capitalised word at `index` would leave the clause after it without the
    object its head before it is: no caption ends there (see the module's docstring)."""
    if index < 3 or not _picked_head(words, index):
        return False
    position = index
    while position < len(words) and position - index < MAX_NAME and words[position][:1].isupper():
        position += 1
    if position == index or position >= len(words):
        return False
    following = words[position + 1] if position + 1 < len(words) else ""
    return finite_verb(words[position], following) and _no_object(words, position)
