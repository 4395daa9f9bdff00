"""An English overview titled by what its opening refers back to, not by a name in the opening's
predicate: "The jazz film is the follow up to director Damien Chazelle's Academy Award-winning
film Whiplash" (en-xsum 69, the headline that named the film cut off) is about the film, not
Chazelle. A lead that opens on a definite description ("The jazz film") names its subject
elsewhere; the article itself says which name the description stands for where a sentence
opening on a name is followed by one opening on "The" and the description's head word ("La La
Land, set for release in December, stars Stone … The film also stars …"). Only where the
subject chosen stands in the opening's predicate is it given up for that name, said twice or more.
"""

from __future__ import annotations

from itertools import pairwise

from citebrief.text.lazy_re import LazyPattern
from citebrief.text.titles import free_of, mentions, swapped_title

# "The jazz film is …": a definite description of up to four lower-case words before a verb
_DESCRIBED = LazyPattern(r"^The (?:[a-z][\w-]* ){0,3}([a-z]{3,}) (?:is|was|are|were|has|had|have|will|would)\b")
# "La La Land, set for release …": the capitalized run a sentence opens on
_NAME_FRONT = LazyPattern(r"^((?:[A-Z][\w'’-]*)(?: (?:[A-Z][\w'’-]*|of|the|and))*?)(?=,| [a-z])")
_NOT_NAMES = frozenset(("The", "A", "An", "This", "That", "It", "He", "She", "They", "We", "I", "But", "And"))
MIN_MENTIONS = 2  # the name said again past the sentence that gives it


def opening_referent(subject: str, sentences: list[str], used: set[str]) -> str:
    """The name the first of `sentences` refers back to by its opening description, where the
    overview's `subject` stands in that sentence's predicate (see the module's note); else `subject`."""
    first = sentences[0] if sentences else ""
    found = _DESCRIBED.match(first)
    if not subject or found is None or subject.casefold() not in first[found.end() :].casefold():
        return subject
    again = f"The {found.group(1)} "
    for before, after in pairwise(sentences):
        if not after.startswith(again):
            continue
        named = _NAME_FRONT.match(before)
        name = named.group(1) if named else ""
        if not name or name.split()[0] in _NOT_NAMES or name.casefold() in subject.casefold():
            continue
        if mentions(name, sentences) >= MIN_MENTIONS and free_of(name, used - {subject.casefold()}):
            return swapped_title(subject, name, used)
    return subject
