"""An English story's opening teaser on "They …": the things the next sentence names in its place.

Features open on a riddle whose answer comes after: "They are the peculiar concrete markings that
have been spotted all across America … But these giant arrows, which can measure up to 70ft …"
(en-cnndm 28), "They started arriving at Poldhu Cove … The bottles are sealed …" (en-xsum 66). As
a brief's first bullet, "They" has nothing before it (en-cnndm 28, blind read: "opens on 'They'
with no referent"). Where the article's first sentence opens on "They" and a verb, and one of the
next `REACH` sentences names plural things as "these/those giant arrows" or opens on "The bottles",
the bullet opens on those words in brackets, the way a pronoun's speaker is put in ("[These giant
arrows] are the peculiar concrete markings …": `text.speaker_label.NAME_IN_PLACE`, which verify
reads with the last word in the cited paragraph), and cites that sentence's paragraph. A teaser
that answers itself after a comma ("They have become …, but it appears the selfie stick has …") is left alone,
as is a "They" whose sentence after names nothing so.
"""

from __future__ import annotations

from collections.abc import Sequence

from citebrief.engines.scored import Scored
from citebrief.text.lazy_re import LazyPattern

REACH = 2  # sentences after the teaser read for the things it means
_THEY = LazyPattern(r"They (?=[a-z])")
# the teaser answers itself in a later clause ("…, but it appears the selfie stick has …")
_SELF_ANSWERED = LazyPattern(r",\s+(?:but|yet|these)\b")
# "these giant arrows", "those stunning graphs": a demonstrative, up to two plain words, a plural
_DEMONSTRATIVE = LazyPattern(r"\b(?:[Tt]hese|[Tt]hose) (?P<words>(?:[a-z]+ ){0,2}[a-z]{2,}(?<!s)s)\b(?!['’])")
# "The bottles are sealed": a sentence opening on a plural noun and a verb
_OPENING_PLURAL = LazyPattern(r"^The (?P<words>[a-z]{2,}(?<!s)s) (?=(?:are|were|have|had)\b)")


def named_teaser_en(scored: Scored, i: int, text: str) -> tuple[str, int] | None:
    """`text`, the bullet of sentence `i`, with "They" put as the things a sentence just after names
    ("[These giant arrows] are …"), and that sentence's paragraph; None where `i` is not the
    article's first sentence or `teaser_referent` finds none."""
    if i != 0 or scored.lang != "en":
        return None
    found = teaser_referent([unit.text for unit in scored.units[: 1 + REACH]], text)
    return None if found is None else (found[0], scored.units[found[1]].paragraph)


def teaser_referent(sentences: Sequence[str], text: str) -> tuple[str, int] | None:
    """`text`, the bullet of an English article's first sentence (`sentences`: the article's first
    ones, in order), with its opening "They" put as the things one of the next `REACH` sentences
    names, and that sentence's index; None where it opens otherwise or answers itself, or none of
    them names plural things so (module doc)."""
    opening = _THEY.match(text)
    if opening is None or _SELF_ANSWERED.search(text):
        return None
    rest = text[opening.end() :]
    for k in range(1, min(1 + REACH, len(sentences))):
        found = _DEMONSTRATIVE.search(sentences[k])
        if found is not None:
            return f"[These {_unsaid(found.group('words'), text)}] {rest}", k
        plural = _OPENING_PLURAL.match(sentences[k])
        if plural is not None:
            return f"[The {plural.group('words')}] {rest}", k
    return None


def _unsaid(words: str, teaser: str) -> str:
    """The things' `words` less a describing word the `teaser` says itself: "[These graphs] are a
    stunning visualisation", not "[These stunning graphs] are a stunning …"."""
    *describing, noun = words.split()
    said = set(teaser.casefold().split())
    return " ".join([w for w in describing if w not in said] + [noun])
