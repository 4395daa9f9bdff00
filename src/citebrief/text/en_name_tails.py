"""Where an English title phrase is the tail of a longer name the text writes: "Blue Drill Hall" of
"Out of the Blue Drill Hall", "RMT Unions" of "the Aslef and RMT unions". `titles.cleanly_cut` refuses
such a cut (en-xsum 113, 32: a title naming half a name reads as a different thing).
"""

from __future__ import annotations

from citebrief.text.lazy_re import LazyPattern

# a capitalized word that does not open a sentence, then "of" or "of the" ("Out of the Blue", "Bank
# of"): a name's first part and the word that joins it to the rest. "and" joins two names as
# often as one ("Arsenal and Manchester City"), and a sentence's first word is no name ("Many of")
_JOINED_NAME = LazyPattern(r"[^.!?:;\"“'‘\s]\s+[A-Z][\w’'-]*\s+of(?: the)?\s+$")


# a capitalized word and "and" right before a phrase: the first of two names its noun is shared by
_NAME_AND = LazyPattern(r"(?<![\w'’-])[A-Z][\w'’-]*\s+and\s+$")


def shared_plural(words: list[str], before: str) -> bool:
    """Whether a phrase of names and a plural common noun ("RMT unions") follows another name and
    "and" ("Aslef and RMT unions"): the noun is of both, and the phrase names one of them."""
    last = words[-1]
    return (
        len(words) > 1
        and words[0][:1].isupper()
        and last[:1].islower()
        and last.endswith("s")
        and not last.endswith("ss")
        and bool(_NAME_AND.search(before[-40:]))
    )


def joined_name_before(before: str) -> bool:
    """Whether the text before a capitalized phrase ends on a name's first part and the "of" that
    joins it to the next ("Out of the"): the phrase is that name's tail, cut."""
    return bool(_JOINED_NAME.search(before[-60:]))
