"""A person the article names by surname alone, read as a person where it speaks: en-xsum's
articles lose their first sentence, and with it the one place that wrote the person's full name
("Josh Charnley"), so `en_actors.person_key` (a surname is a person's where the article gives it
a first name) knows no "Charnley" or "Clarkson" though the group's bullets are their words and
deeds, and a title step that names the group's person ("Senior Appearances" gives way to
"Clarkson", `en_title_named`) finds no one.

A single capitalized word is a speaker's surname where no dictionary knows it, the article never
writes it in lower case, and some sentence writes it right before a verb of saying ("Charnley
said") or after a comma and one ("…," added Clarkson): the `name_said` verbs of
`data/speech_verbs_en.tsv`. Places and bodies speak too ("England said" is rare in news, a
spokesman is the subject), so only the verb right beside the name counts.
"""

from __future__ import annotations

import re

from citebrief.text.en_actors import key
from citebrief.text.en_chunks import word_classes
from citebrief.text.lazy_re import LazyPattern
from citebrief.text.name_places import written_lower
from citebrief.text.speech_verbs_en import alternation

_NAME = LazyPattern(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?")


def said_surname(name: str, texts: list[str] | tuple[str, ...]) -> str:
    """`key(name)` where `name` is one capitalized word the `texts` show speaking (see the module's
    note); '' otherwise."""
    if not _NAME.fullmatch(name) or word_classes(name.lower()) or written_lower(name, texts):
        return ""
    if not any(f"{name} " in t or f" {name}" in t for t in texts):
        return ""  # written nowhere beside another word: no pattern compiled
    verb = alternation("name_said")
    speaks = re.compile(rf"(?<![\w'’-]){name} {verb}\b|[,’'”\"] {verb} {name}(?![\w'’-])")
    return key(name) if any(speaks.search(t) for t in texts) else ""
