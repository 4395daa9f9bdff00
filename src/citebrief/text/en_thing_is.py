"""What a vague "<judgement> Thing" title's sentence says the thing is: "Love" of "the biggest
thing that John would want to take away is that there is still love out there" (en-cnndm 180, a
widow's words on her husband's message). "Thing", "things" and "stuff" name nothing, and a
judgement before them ("Biggest Thing") says only how much the speaker makes of it; the sentence
the title was cut from goes on to say what the thing is, after "is"/"was", and that is the theme.

Read only where the complement is plainly a noun: the noun "there is"/"there are" introduces
("there is still love out there"), which stands as a noun whatever else the word may be ("love"
is a verb too), or a noun phrase the complement opens on ("the money for the stadium").
Surveyed over en-cnndm and en-xsum 0-199, both views: "Biggest Thing" was the only title headed
by thing/things/stuff.
"""

from __future__ import annotations

from citebrief.text.chunks import word_list
from citebrief.text.en_chunks import en_chunks, generic_en, word_classes
from citebrief.text.lazy_re import LazyPattern
from citebrief.text.titles import free_of

_HEADS = frozenset(word_list("thing things stuff"))
# the title's sentence on to its verb "be" (past a short relative clause), and the complement
# to the end of its clause: "(the biggest thing) that John would want to take away is | that …"
_BE = LazyPattern(
    r"(?:\s+[^,.;:!?\"“”‘’']{0,80}?)?\s+(?:is|was|are|were)\s+(?:that\s+)?([^,.;:!?\"“”‘’']+)",
)
# a noun "there is" introduces: "there is still love out there", "there are some lessons"
_THERE = LazyPattern(
    r"there\s+(?:is|are|was|were)\s+(?:still\s+|always\s+|also\s+)?"
    r"(?:(?:a|an|some|much|more|real|true)\s+)?([a-z]+)\b"
)
_ARTICLES = ("the ", "a ", "an ")


def thing_is(title: str, group_texts: list[str], used: set[str]) -> str:
    """What the sentence that writes `title` (headed by thing/things/stuff) says the thing is
    after "is"/"was": the noun "there is" introduces, else the noun phrase the complement opens
    on; '' where the title has another head or the sentence says nothing plain."""
    words = title.lower().split()
    if len(words) < 2 or words[-1] not in _HEADS:
        return ""
    folded = title.casefold()
    for text in group_texts:
        at = text.casefold().find(folded)
        found = _BE.match(text, at + len(title)) if at >= 0 else None
        said = _complement(found.group(1).strip()) if found else ""
        if said and free_of(said, used):
            return said
    return ""


def _complement(tail: str) -> str:
    """The plain noun a complement names: one "there is" introduces, else the noun phrase it
    opens on, past an article; ''."""
    there = _THERE.match(tail)
    if there:
        noun = there.group(1)
        return noun if "NOUN" in word_classes(noun) and not generic_en(noun) else ""
    lowered = tail.lower()
    bare = next((tail[len(a) :] for a in _ARTICLES if lowered.startswith(a)), tail)
    heads = [c.text for c in en_chunks(bare) if bare.startswith(c.text) and not c.name_only]
    best = max(heads, key=len, default="")
    return "" if not best or all(generic_en(w) for w in best.lower().split()) else best
