"""An English overview titled by a person the lead only mentions while its first sentence opens
on another by full name: "Key points: Sandy Lyle" over "Bradley Neil admitted he needed to give
himself a 'kick up the arse' after missing the cut ... said the 2014 Amateur champion, who played
with 1988 Masters winner Sandy Lyle". A reader wants the one the lead is about: the person whose
full name is the opening sentence's subject, where the article names them (by surname) at least
as often as the subject, and more than once.
"""

from __future__ import annotations

from citebrief.text.en_actors import key, named, person_key
from citebrief.text.titles import mentions

MIN_MENTIONS = 2  # the opener's surname, said this often in the article at least


def lead_person(subject: str, opening: str, texts: list[str]) -> str:
    """The full name the `opening` sentence opens on as its subject (a verb after it), where the
    overview's person `subject` is another and the article (`texts`) names the opener at least
    as often; ''."""
    words = subject.split()
    if len(words) < 2 or not all(w[:1].isupper() for w in words) or not person_key(subject, texts):
        return ""  # the subject is no person's full name: a thing or a place stays
    name = named(opening)
    if len(name.split()) < 2 or not opening.startswith(name) or not person_key(name, texts):
        return ""
    own, other = key(subject), key(name)
    if own == other or own.casefold() in name.casefold():
        return ""
    count = mentions(other, texts)
    return name if count >= max(MIN_MENTIONS, mentions(own, texts)) else ""
