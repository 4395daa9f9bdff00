"""An English overview titled by a name the article first writes as someone else's: "Key
points: Real Madrid" over "Alberto Bueno prepares to face his former club Real Madrid", "Key
points: Laurice Hampton" over "Terry Martin ... shot his girlfriend Laurice Hampton", "Key
points: Brenda Burns" over "Joshua Burns and his wife, Brenda Burns, say he is innocent". A
name brought in by "his"/"her" and a relation (a club, a wife, a beau, parents) is there for
whom it belongs to: the article is about the owner, the person named before it (in the same
paragraph, else the nearest one before), where the article names the owner again and at least half
as often as the subject (by surname; by full name where the two share one): a wife or a
victim is often quoted or told of more than the one the story is about.
"""

from __future__ import annotations

from citebrief.text.en_actors import key, person_key
from citebrief.text.en_overview_most import capital_runs
from citebrief.text.lazy_re import LazyPattern
from citebrief.text.titles import free_of, mentions, on_word_boundaries

# "his former club ", "her beau ", "his wife, ", "His parents, Donna and ": the relation right
# before the name (a given name shared with another before it read past)
_OWNED_BY = LazyPattern(
    r"\b(?i:his|her|their)\s+(?:(?:former|late|estranged|old|new|ex-|then-|long-time|longtime)\s*)?"
    r"(?:club|team|side|employer|wife|husband|partner|girlfriend|boyfriend|beau|fiancée?|spouse|"
    r"mother|father|parents|brother|sister|widow|mum|mom|dad|stepfather|stepmother|"
    r"grandmother|grandfather|uncle|aunt|cousin|boss|manager|coach|agent|lawyer|"
    r"teammate|team-mate|victim|accuser),?\s+(?:[A-Z][\w'’-]*\s+and\s+)?$"
)
_OPENERS = frozenset({"The", "A", "An", "But", "And", "When", "After", "As", "If", "So", "Now", "Yesterday"})
MIN_MENTIONS = 2  # the owner is named again
OUTNAMED = 2  # the subject may be named up to this many times as often: the one the relation is about is quoted


def relation_owner(subject: str, texts: list[str], used: set[str]) -> str:
    """The person whose relation the overview's name `subject` is first written as (see the
    module's note), as written there; ''."""
    words = subject.split()
    if len(words) < 2 or not all(w[:1].isupper() for w in words):
        return ""
    place = next(((k, t.find(subject)) for k, t in enumerate(texts) if on_word_boundaries(subject, t, "en")), None)
    if place is None:
        return ""
    k, at = place
    if at < 0 or not _OWNED_BY.search(texts[k][:at]):
        return ""
    owner = _person_before([*texts[:k], texts[k][:at]], subject, texts)
    if not owner or not free_of(owner, used):
        return ""
    own, other = key(subject), key(owner)
    if own == other:
        said, mine = mentions(owner, texts), mentions(subject, texts)
    else:
        said, mine = mentions(other, texts), mentions(own, texts)
    return owner if said >= MIN_MENTIONS and said * OUTNAMED >= mine else ""


def _person_before(before: list[str], subject: str, texts: list[str]) -> str:
    """The last person's full name `before` writes (the nearest before the relation)."""
    for text in reversed(before):
        names = []
        for run in capital_runs(text):
            words = run.split()
            while words and words[0] in _OPENERS:
                words = words[1:]
            name = " ".join(words)
            if len(words) >= 2 and subject not in name and person_key(name, texts):
                names.append(name)
        if names:
            return names[-1]
    return ""
