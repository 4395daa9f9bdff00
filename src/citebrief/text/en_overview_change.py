"""An English overview titled by a plain noun phrase ("Ethnic Minority Population") where the
lead's news is a finding that the thing changes in amount: "The ethnic minority population in
Britain will more than double by the middle of this century, research shows". Blind readers score
a subject alone low (it says what, not what happened); a headline names the change:
"Doubling of the Ethnic Minority Population", "Record Immigrant Population".

Reads the lead sentence: the overview's phrase as written in lower case (a thing, not a name),
then at most a place or a scope ("in Britain", "in the United States": "in"/"of"/"across" and up
to three words), then an auxiliary of a forecast or a report ("will", "could", "has") and a verb
of `data/en_change_verbs.tsv`, nothing else between. "The" before the phrase stays with it.
`change_grounded` grounds such a title for `bench/brief_checks.py`: the phrase and a verb of the
title's noun written after it as this module reads it.
"""

from __future__ import annotations

import re
from functools import cache

from citebrief.text.data_files import data_lines
from citebrief.text.lazy_re import LazyPattern

_SCOPE = r"(?:\s(?:in|of|across|among)(?:\s(?:the|[A-Z][\w'’-]*)){1,3})?"  # "in Britain", "in the United States"
_AUXILIARY = (
    r"(?:\s(?:will|could|would|may|might|has|have|had|is\sset\sto|are\sset\sto|is\sexpected\sto|are\sexpected\sto))?"
)


@cache
def _changes() -> dict[str, tuple[str, str]]:
    """Each verb phrase of `data/en_change_verbs.tsv` with its noun and how the noun takes the thing."""
    rows = (line.split("\t") for line in data_lines("en_change_verbs.tsv"))
    return {verb.strip(): (noun.strip(), link.strip()) for verb, noun, link in rows}


@cache
def _verbs() -> str:
    return "|".join(r"\s".join(map(re.escape, v.split())) for v in sorted(_changes(), key=len, reverse=True))


@cache
def _verb() -> LazyPattern:
    """A verb of change as the pattern of `_change_of` ends it, compiled once: a text without one
    needs no compile of that pattern."""
    return LazyPattern(rf"\s(?:{_verbs()})(?![\w'’-])")


def _change_of(thing: str, text: str) -> tuple[str, str] | None:
    """("The " or "", the noun of the change) where `text` writes `thing` in lower case (or
    capitalised as the text's first word) and then its change (see the module's note); None."""
    if thing not in text and not text.startswith(thing[:1].upper() + thing[1:]):
        return None  # the pattern needs `thing` written out: most leads do not, and skip its ~1.2 ms compile
    if not _verb().search(text):
        return None  # nor a verb of change: most leads that write `thing` have none (26 of 29 on en-cnndm)
    opening = re.escape(thing[:1].upper() + thing[1:])  # "House prices in London fell"
    written = rf"(?:{re.escape(thing)}|^{opening})"
    pattern = re.compile(rf"(?<![\w'’-])((?:[Tt]he\s)?){written}{_SCOPE}{_AUXILIARY}\s({_verbs()})(?![\w'’-])")
    match = pattern.search(text)
    if not match:
        return None
    return match.group(1), _changes()[re.sub(r"\s+", " ", match.group(2))][0]


def _title(article: str, thing: str, noun: str) -> str:
    link = next(link for n, link in _changes().values() if n == noun)
    if link == "before":
        return f"{noun.capitalize()} {thing}"
    return f"{noun.capitalize()} {link} {'the ' if article else ''}{thing}"


def overview_change(subject: str, lead: str, used: set[str]) -> str:
    """The change the `lead` sentence writes of the overview's `subject` as a headline's noun
    ("Doubling of the ethnic minority population"); else `subject`. Only the subject as the lead
    writes it in lower case: a name's words are capitalised. `used` gains the title and keeps
    the subject: "Total Immigrant Population" under "Record Immigrant Population" repeats it."""
    thing = subject.lower()
    found = _change_of(thing, lead) if thing else None
    if not found:
        return subject
    title = _title(found[0], thing, found[1])
    used.add(title.casefold())
    return title


def change_grounded(title: str, texts: list[str]) -> bool:
    """Whether a title this module may have made stands on the article's words: its thing written,
    then a verb of its noun's change as `_change_of` reads it."""
    words = title.split(maxsplit=1)
    if len(words) < 2:
        return False
    noun = words[0].casefold()
    rest = words[1]
    for _, (known, link) in _changes().items():
        if known != noun:
            continue
        thing = rest if link == "before" else re.sub(rf"^{link}\s(?:the\s)?", "", rest, flags=re.IGNORECASE)
        if thing == rest and link != "before":
            continue
        if any((found := _change_of(thing.lower(), text)) and found[1] == known for text in texts):
            return True
    return False
