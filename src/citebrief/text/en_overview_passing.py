"""An English overview titled by a person the article names in passing, where its first bullet
opens on the person it is about: blind readers of en-xsum marked "Key points: Xiao Guodong" over
Selby's win ("Selby beat Xiao Guodong 13-6") and "Key points: Briton" over Hamilton's race
("World champion Hamilton started from the back …"; "The Briton faces …"): the lead's steps took
the one name its first sentence writes whole, or the kind it refers back by, while the bullets
call the story's person by surname.

The subject gives way where it is a person by name (`en_actors.person_key`) or by a kind the
article writes capitalized after "the" and never in lower case ("the Briton"), said at most twice
by its last word, and the overview's first bullet opens, within its first four words, on a
capitalized word right before a verb ("Selby beat", "Hamilton started"): a word no dictionary
knows and the article never writes in lower case (not "Trust", "Lions"), said three times at least
and twice as often as the subject. Left: "Elinor Barker" over Latham's bronze (the lead's first
sentence says "The 23-year-old"; the article names Barker more than Latham).
"""

from __future__ import annotations

from citebrief.text.en_actors import person_key
from citebrief.text.en_chunks import word_classes
from citebrief.text.lazy_re import LazyPattern
from citebrief.text.name_places import phrase_spans, written_lower
from citebrief.text.titles import display_title, free_of, swapped_title

MAX_OWN = 2  # the subject said this often at most: a name in passing
MIN_MENTIONS = 3  # the bullet's person, said this often at least
OPENING_WORDS = 4  # "World champion Hamilton started": where the first bullet names its person
_NAME = LazyPattern(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?")


def _count(word: str, texts: list[str]) -> int:
    return sum(1 for t in texts for _ in phrase_spans(word, t))


def _kind(subject: str, texts: list[str]) -> bool:
    """ "Briton": a one-word kind the article refers back to a person by ("The Briton faces")."""
    return (
        " " not in subject
        and any(f"the {subject}" in t or f"The {subject}" in t for t in texts)
        and not written_lower(subject, texts)
    )


def _openers(bullet: str) -> list[str]:
    """The capitalized words the bullet's first words put right before a verb ("Selby beat",
    "World champion", "Hamilton started")."""
    words = bullet.split()
    found = []
    for at, word in enumerate(words[:OPENING_WORDS]):
        after = words[at + 1] if at + 1 < len(words) else ""
        if _NAME.fullmatch(word) and after.islower() and "VERB" in word_classes(after):
            found.append(word)
    return found


def passing_subject(subject: str, bullets: list[str], texts: list[str], used: set[str]) -> str:
    """The person the overview's first bullet opens on in place of a `subject` named in passing
    (see the module's note); else `subject`. `texts` are the article's paragraphs, `used` the titles given."""
    words = subject.split()
    if not bullets or not words or len(words) > 3 or not all(w[:1].isupper() for w in words):
        return subject
    if not (_kind(subject, texts) or person_key(subject, texts)):
        return subject
    own = _count(words[-1], texts)
    if own > MAX_OWN:
        return subject
    others = {u for u in used if subject.casefold() not in u}  # not "Selby Beat Xiao Guodong" it was cut from
    for name in _openers(bullets[0]):
        if name in words or word_classes(name.lower()) or written_lower(name, texts) or not free_of(name, others):
            continue  # "World" of "World champion", "Trust", "Lions": words, not a surname
        if _count(name, texts) >= max(MIN_MENTIONS, 2 * own):
            return display_title(swapped_title(subject, name, used), "en")
    return subject
