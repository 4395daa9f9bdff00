"""An English overview titled by the lead's description of a thing that has a name: "The
10-year-old Irish-bred horse collapsed …" gives "Irish-bred Horse", while the article is about
Many Clouds and says so ("Many Clouds had shown symptoms …, but the horse had never collapsed").
A reader knows the horse by its name; the description names no one of its kind in particular.

Read only where the subject's last word is a kind of `data/en_described_kinds.tsv`, the lead
writes the subject after "the" with that kind in lower case, and a sentence ties a name to the
kind: "Many Clouds, the … horse", "the horse, Many Clouds,", or a sentence that opens on the name
and goes on "…, but the horse had …". The name must stand capitalized inside some sentence too
(not only as a sentence's first words), so "Officials" or "Trainer Oliver" of a sentence's
opening pass for no name. Other subjects stand as they are.
"""

from __future__ import annotations

import re
from functools import cache

from citebrief.text.data_files import data_lines
from citebrief.text.titles import swapped_if_free

_NAME = r"[A-Z][\w'-]*(?:\s[A-Z][\w'-]*){0,3}"
_VERBS = r"(?:had|has|was|is|would|will|could|did)"


@cache
def described_kinds() -> frozenset[str]:
    """The kinds a description may end on, what a story names its subject by
    (`data/en_described_kinds.tsv`: horse, dog, ship)."""
    return frozenset(data_lines("en_described_kinds.tsv"))


def _ties(kind: str) -> tuple[re.Pattern[str], ...]:
    """The ways a sentence ties a name (group 1) to "the <kind>"."""
    k = re.escape(kind)
    return (
        re.compile(rf"\b({_NAME}),\s(?:the|a|an)\s(?:[\w'-]+\s){{0,4}}?{k}\b"),
        re.compile(rf"\bthe\s(?:[\w'-]+\s){{0,3}}?{k},\s({_NAME}),"),
        re.compile(rf"^({_NAME})\s[a-z].*?(?:,\s(?:but|and)\s|;\s)the\s{k}\s{_VERBS}\b"),
    )


def described_name(subject: str, lead: str, sentences: list[str], used: set[str]) -> str:
    """The name a sentence of `sentences` ties to the kind the description `subject` ends on,
    where the `lead` sentence writes that description after "the" (see the module's note); else
    `subject`. `used` holds the one that stands."""
    words = subject.split()
    kind = words[-1].lower() if words else ""
    if kind not in described_kinds() or "'s" in subject:
        return subject
    before = "".join(rf"{re.escape(word)}\s" for word in words[:-1])
    described = re.compile(rf"\bthe\s(?:[\w'-]+\s){{0,3}}?{before}{re.escape(kind)}\b", re.IGNORECASE)
    found = described.search(lead)
    if not found or not found.group(0).endswith(kind):  # "the … horse", the kind in lower case
        return subject
    name = tied_name(kind, sentences)
    return swapped_if_free(subject, name, used) if name else subject


def tied_name(kind: str, sentences: list[str]) -> str:
    """The name the first sentence of `sentences` tying one to "the `kind`" gives (module doc); ''."""
    for sentence in sentences:
        for tie in _ties(kind):
            named = tie.search(sentence)
            if named and _inside(named.group(1), sentences) and named.group(1).lower() != kind:
                return named.group(1)
    return ""


def _inside(name: str, sentences: list[str]) -> bool:
    """Whether some sentence writes `name` after a lower-case word: a name, not a sentence's opening."""
    inner = re.compile(rf"\b[a-z][\w'-]*\s{re.escape(name)}\b")
    return any(inner.search(sentence) for sentence in sentences)
