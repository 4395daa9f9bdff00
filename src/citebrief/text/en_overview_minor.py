"""An English overview titled by a place or a body the article names in passing: "Key points:
London Borough of Southwark" over a pest survey ("Birmingham is the rat capital of the UK and the
London Borough of Southwark has the most mice, cockroaches and bed bugs"), "Key points: HMP
Altcourse" over the drugs thrown into a prison. A name that is no person's, that the article
says twice at most (in full, by its last word, by its initials) is a detail of the story, not
what it is about: a reader wants the thing the lead says and the article goes on about. The
lead's (its first sentence's, and the overview's first bullet's) noun phrase written in lower
case that the article says most often, in more than one paragraph and in another of the
overview's bullets, stands in its place; a
person by kind ("cleaner"), a word as general as "year" or "night" never does.
"""

from __future__ import annotations

from citebrief.text.chunks import word_list
from citebrief.text.en_actors import person_key
from citebrief.text.en_chunks import en_chunks, generic_en, word_classes
from citebrief.text.en_title_choice import PLAIN_FAMILIES, family
from citebrief.text.titles import display_title, free_of, mentions, on_word_boundaries, said_alone, swapped_title

MAX_MINOR = 2  # a name said this often at most is a detail of the story
MIN_THING = 3  # the thing that stands in its place: said this often at least
MIN_PARAGRAPHS = 2  # ... in this many paragraphs at least
# people by kind: what the lead's subject is, not what the story is about ("cleaner", "youngster")
_KINDS = frozenset(
    family(w)
    for w in word_list(
        "cleaner youngster trader man woman boy girl child baby father mother son daughter wife husband "
        "brother sister teenager student pupil worker officer resident couple family victim prisoner "
        "passenger passengers scientist researcher researchers expert experts"
    )
)


def past_minor_name(subject: str, lead: list[str], bullets: list[str], texts: list[str], used: set[str]) -> str:
    """The thing the `lead` sentences say where the overview's `subject` is a name the article
    says in passing (see the module's note), said again by one of the overview's other `bullets`;
    `used` swaps the two; else `subject`."""
    if not subject or not lead or not _minor_name(subject, texts):
        return subject
    others = used - {subject.casefold()}
    best: tuple[int, int, str] | None = None
    for sentence in lead:
        for chunk in en_chunks(sentence):
            said = _thing_said(chunk.text, chunk.name_only, texts, others)
            said = said if any(on_word_boundaries(chunk.text, b, "en") for b in bullets[1:]) else 0
            if said and (best is None or (said, len(chunk.text)) > best[:2]):
                best = (said, len(chunk.text), chunk.text)
    if best is None:
        return subject
    return display_title(swapped_title(subject, best[2], used), "en")


def _minor_name(subject: str, texts: list[str]) -> bool:
    """A name of two words or more (the article never writes it in lower case), no person's,
    that the article says `MAX_MINOR` times at most: in full, by its last word, by its initials."""
    words = subject.split()
    if len(words) < 2:
        return False  # a word alone may be a person the article also calls otherwise ("Nazrul", "Nazu")
    if "'s" in subject or "’s" in subject or not all(w[:1].isupper() or w in ("of", "the") for w in words):
        return False
    written = sum(t.count(subject) for t in texts)
    if not written or written < mentions(subject, texts) or not any(said_alone(subject, t) for t in texts):
        return False  # a thing the article also writes in lower case ("Nazi regime")
    if person_key(subject, texts):
        return False
    capitals = [w for w in words if w[:1].isupper()]
    initials = "".join(w[0] for w in capitals)
    if len(capitals) > 1 and any(on_word_boundaries(initials, t, "en") for t in texts):
        return False  # "RBS" of the Royal Bank of Scotland: what the article goes on about
    return max(mentions(subject, texts), mentions(words[-1], texts)) <= MAX_MINOR


def _thing_said(text: str, name_only: bool, texts: list[str], used: set[str]) -> int:
    """How often the article says the lead's phrase `text`, where it is a thing written in lower
    case, a noun no word as general as "year", said in `MIN_PARAGRAPHS` paragraphs; else 0."""
    if name_only or text != text.lower() or not free_of(text, used):
        return 0
    last = text.rsplit(maxsplit=1)[-1]
    if generic_en(last) or family(last) in PLAIN_FAMILIES or family(last) in _KINDS:
        return 0
    if "NOUN" not in word_classes(last):
        return 0
    paragraphs = sum(on_word_boundaries(text, t, "en") for t in texts)
    said = mentions(text, texts)
    return said if said >= MIN_THING and paragraphs >= MIN_PARAGRAPHS else 0
