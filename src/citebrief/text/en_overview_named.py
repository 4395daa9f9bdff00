"""An English overview titled by a given name alone that the article writes as the name of a kind
of people, not of one person: a poll or study of first names ("If your name is Nigel you are twice
as likely ... to vote Ukip", "among men named Nigel"). "Key points: Nigel" reads as a person the
brief never introduces; the article's own phrase for those it is about ("Men Named Nigel") says
what the study counts, and is grounded in the article as `bench/brief_checks.py` reads it.

Read of an English article's paragraphs: the subject is one capitalized word, and a paragraph
writes it right after a plural noun for people and "named" or "called" ("men named Nigel",
"babies called Olivia"). The phrase written most (the first of equals) is the title, where no
other title is it already; a subject no paragraph writes so stays as it is.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from citebrief.text.titles import swapped_title

_WORD = re.compile(r"[A-Z](?:[a-z]|['’-][A-Z])*[a-z]")
# people counted by a poll of names; not any word ending in "s" ("his son was named Harry")
_PEOPLE = r"(?:men|women|people|children|boys|girls|babies|voters|adults|parents)"


def named_kind(subject: str, texts: Sequence[str], used: set[str]) -> str:
    """`subject` (a given name alone) as the phrase `texts` write for people so named ("Men Named
    Nigel"), where no other title is it (`used`, lower case; the phrase is added to it)."""
    if not _WORD.fullmatch(subject):
        return subject
    kind = re.compile(rf"\b({_PEOPLE}) (named|called) {re.escape(subject)}\b")
    found = Counter(f"{m.group(1)} {m.group(2)} {subject}" for text in texts for m in kind.finditer(text))
    for phrase, _ in found.most_common(1):
        title = " ".join(word[:1].upper() + word[1:] for word in phrase.split())
        if title.casefold() not in used:
            return swapped_title(subject, title, used)
    return subject
