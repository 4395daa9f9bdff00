"""The thing an English lead's opening sentences name that the story keeps coming back to, for an
overview whose subject names only when something happened or how much of it there was
("Saturday Afternoon", "Whole Host of Stars", "Visualisation of the Art").

Such a subject used to give way to the best thing one of the overview's bullets says, and that
was most often one detail of the lead ("Rescue Rope" the dog took out to its owner, "Relevant
Colour Information" the software extracts) where a sub-editor names what the story is about: the
dog, the dominant colour of artworks, the septum piercing. That is the noun phrase of the first
two sentences whose head word the article's sentences say most often (three at least), the
earlier on a tie; a lone noun the lead writes after a modifier that the article says with it
again ("the septum piercing", "septum piercings") takes that modifier. Reads English news leads:
common-noun phrases only (a name is the other steps' to find), none headed by a time, an amount
or anyone (`data/en_not_threads.tsv`), nor by a word said of anything.
"""

from __future__ import annotations

from functools import cache

from citebrief.text.data_files import data_lines
from citebrief.text.en_chunks import en_chunks, generic_en, word_classes
from citebrief.text.en_title_choice import PLAIN_FAMILIES, families, family
from citebrief.text.lazy_re import LazyPattern
from citebrief.text.titles import free_of, on_word_boundaries

OPENING_SENTENCES = 2  # the lead's subject is named in its first sentence or its second
MIN_SENTENCES = 3  # the thread's head word is said in this many of the article's sentences at least
MAX_WORDS = 4
MIN_PAIRED = 2  # a modifier the article writes before the head this often is part of its name
_MODIFIER_BEFORE = LazyPattern(r"\b(?:the|a|an|this|that)\s+([a-z][a-z-]+)\s+$")


def lead_thread(opening: list[str], sentences: list[str], used: set[str]) -> str:
    """The noun phrase of the `opening` sentences whose head the article's `sentences` say most
    often, as the module's note tells; '' where none is said in `MIN_SENTENCES` of them."""
    said = [families(s) for s in sentences]
    best: tuple[int, str] = (MIN_SENTENCES - 1, "")
    for sentence in opening[:OPENING_SENTENCES]:
        for chunk in en_chunks(sentence):
            words = chunk.text.lower().split()
            if chunk.kind != "np" or chunk.name_only or len(words) > MAX_WORDS or any(c.isdigit() for c in chunk.text):
                continue
            head = words[words.index("of") - 1] if "of" in words[1:] else words[-1]
            if not chunk.text[:1].islower() or not _thing_word(head) or not free_of(chunk.text, used):
                continue
            count = sum(family(head) in s for s in said)
            if count > best[0]:
                best = (count, _with_modifier(chunk.text, sentence, sentences))
    return best[1]


@cache
def _not_threads() -> frozenset[str]:
    """The families of words that name when, how much or anyone (`data/en_not_threads.tsv`)."""
    return frozenset(family(line.split()[0]) for line in data_lines("en_not_threads.tsv"))


def _thing_word(word: str) -> bool:
    stem = family(word)
    return (
        "NOUN" in word_classes(word)
        and stem not in _not_threads()
        and stem not in PLAIN_FAMILIES
        and not generic_en(word)
    )


def _with_modifier(phrase: str, sentence: str, sentences: list[str]) -> str:
    """A lone noun with the modifier the lead writes before it after "the"/"a" ("the septum
    piercing"), where the article says the two together `MIN_PAIRED` times at least; else the phrase."""
    if " " in phrase:
        return phrase
    at = sentence.find(phrase)
    found = _MODIFIER_BEFORE.search(sentence[max(0, at - 40) : at]) if at > 0 else None
    if not found:
        return phrase
    wider = f"{found.group(1)} {phrase}"
    paired = sum(s.lower().count(wider) for s in sentences)
    written = any(on_word_boundaries(wider, s, "en") for s in sentences)
    return wider if paired >= MIN_PAIRED and written else phrase
