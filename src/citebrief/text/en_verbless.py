"""An English sentence with no finite verb: the source's own fragment ("The massive swell, seen
from video images taken …, revealing just how treacherous the conditions are, out there", en-cnndm
19; "An avid interest in poker, as it turns out", en-cnndm 108) reads as a broken bullet. Read off
lemminflect's forms, as `text/en_chunks.py` reads word classes: a clause after a comma that opens on
a participle ("seen", "revealing") or on "as"/"who"/"how" with one verb is left out; a verb form
right after an article or an adjective is a noun ("the massive swell"). Careful rather than
complete: a word that may be a finite verb anywhere else counts as one, and a sentence holding a
quotation, or words the lexicon mostly lacks (Welsh), is never verbless.
"""

from __future__ import annotations

import re
from functools import lru_cache

from citebrief.text.chunks import word_list
from citebrief.text.en_chunks import word_classes

_WORD = re.compile(r"[A-Za-z]+(?:['’][A-Za-z]+)?")
_QUOTES = re.compile(r"[\"“”‘']|’(?![a-z])")
_CLAUSES = re.compile(r"[,;:\u2013\u2014]| - ")
_CITES = re.compile(r"(?:\s*\[\d+\])+\s*$")
# auxiliaries and modals: finite wherever they stand
_AUX = frozenset(
    word_list("is are was were am has have had do does did will would can could may might must shall should")
)
# words after which a verb's form is a noun: "the swell", "his run"
_DETERMINERS = frozenset(word_list("the a an his her its their our my your every each no another"))
# a clause after a comma opening on these, with one verb at most, is a subordinate one ("as it turns out")
_SUBORDINATORS = frozenset(
    word_list("who which whom whose how what where when why as while although though because since")
)


@lru_cache(maxsize=8192)
def _forms(word: str) -> frozenset[str]:
    """The verb tags (VBD, VBZ, VBP, VBN) a lower-case word may stand as."""
    from lemminflect import getAllLemmas, getInflection

    tags = ("VBD", "VBZ", "VBP", "VBN")
    lemmas = getAllLemmas(word).get("VERB", ())
    return frozenset(tag for tag in tags for lemma in lemmas if word in getInflection(lemma, tag))


def _finite(word: str) -> bool:
    """A word that may be a finite verb: an auxiliary, a contraction ("it's") or a past or present form."""
    lower = word.lower().replace("’", "'")
    if lower in _AUX or re.search(r"'(?:s|re|ve|d|ll|m|t)$", lower):
        return True
    return not lower.endswith("ing") and bool(_forms(lower) & {"VBD", "VBZ", "VBP"})


def _participle(words: list[str]) -> bool:
    """Whether a clause opens on a participle: a lower-case "-ing" verb form, or a past participle
    that is no past tense ("seen", "taken"; "revealed" may be the main verb after an apposition),
    with no auxiliary right after it ("living standards are driven down" is a main clause)."""
    word = words[0]
    if not word[:1].islower() or any(w.lower() in _AUX for w in words[1:3]):
        return False
    if word.endswith("ing"):
        return "VERB" in word_classes(word)
    return _forms(word) == {"VBN"}


def _verbs(words: list[str]) -> int:
    """How many words of a clause may be finite verbs, a form after an article or an adjective
    (a noun there) or a capitalized one past the first (a name) left out."""
    count = 0
    before = ""
    for place, word in enumerate(words):
        if _finite(word) and not (place and word[:1].isupper()):
            lower = before.lower()
            if not (lower in _DETERMINERS or (lower and word_classes(lower) == {"ADJ"})):
                count += 1
        before = word
    return count


def verbless(text: str) -> bool:
    """Whether an English sentence (a bullet's text, its citations allowed) has no finite verb
    outside its participle and subordinate clauses."""
    text = _CITES.sub("", text)
    if _QUOTES.search(text):
        return False
    words = _WORD.findall(text)
    lower = [word for word in words if word[:1].islower()]
    if len(words) < 4 or sum(1 for word in lower if not word_classes(word)) * 5 > len(lower):
        return False  # too short to judge, or not English the lexicon reads
    for place, clause in enumerate(_CLAUSES.split(text)):
        found = _WORD.findall(clause)
        if not found:
            continue
        count = _verbs(found)
        if place and (_participle(found) or (found[0].lower() in _SUBORDINATORS and count <= 1)):
            continue
        if count:
            return False
    return True
