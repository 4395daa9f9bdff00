"""A thing and the name an English article gives it in quotation marks ("a photo series called
'Wil Can Fly'", `data/en_built_naming.tsv`'s verbs): read by `en_title_built` to title a group
about the thing "'Wil Can Fly' Photo Series", and by `en_overview_deed.grounded` (as
`bench/brief_checks.py` reads titles) to find that title in the text that names the thing. Its
own module so the grounding reads it without the title step's imports."""

from __future__ import annotations

import re
from functools import cache

from citebrief.text.chunks import word_list
from citebrief.text.data_files import data_lines
from citebrief.text.titles import on_word_boundaries

MAX_NAME_WORDS = 4  # words of a work's name, at most
MAX_TITLE_WORDS = 5  # of the title, name and thing (issue #9: 2–5 English words)
_OPEN, _CLOSE = "'‘\"“", "'’\"”"
# words no thing's noun phrase holds: "the man who was called 'X'" names no "Man Who Was"
_CLAUSE_WORDS = frozenset(
    word_list(
        "who which that whose was is were are be been being has have had and or but of to in on at for with by from as"
    )
)
_TITLE = re.compile(r"'([^']+)' (.+)")


@cache
def _naming() -> re.Pattern[str]:
    """A thing (one to three lower-case words after an article or possessive), a verb of naming
    and the name in quotation marks: "a photo series called 'Wil Can Fly'"."""
    verbs = "|".join(re.escape(v) for v in data_lines("en_built_naming.tsv"))
    return re.compile(
        rf"\b(?:[Aa]n?|[Tt]he|[Hh]is|[Hh]er|[Tt]heir)\s((?:[a-z][a-z-]*\s){{0,2}}[a-z][a-z-]*),?\s(?:{verbs})\s"
        rf"[{_OPEN}]([A-Z0-9][^{_OPEN}{_CLOSE}.,;:!?]{{0,40}}?)[{_CLOSE}]"
    )


def named_works(text: str) -> list[tuple[str, str]]:
    """Each (thing, name) the text writes, the name a name: capitalized words (small ones between,
    "I Made a Vow") of four at most, not a description in quotes ("centipede with a dragon's head"),
    the thing no clause ("the man who was called …")."""
    found: list[tuple[str, str]] = []
    for match in _naming().finditer(text):
        thing, name = match.group(1), match.group(2).strip()
        words = name.split()
        if len(words) > MAX_NAME_WORDS or len(words) + len(thing.split()) > MAX_TITLE_WORDS:
            continue
        if all(w[0].isupper() or w[0].isdigit() or len(w) <= 3 for w in words) and _CLAUSE_WORDS.isdisjoint(
            thing.split()
        ):
            found.append((thing, name))
    return found


def work_title(thing: str, name: str) -> str:
    """The title of a named work: "'Wil Can Fly' Photo Series" (the thing in Title Case)."""
    return f"'{name}' " + " ".join(w[:1].upper() + w[1:] for w in thing.split())


def split_work_title(title: str) -> tuple[str, str] | None:
    """(name, thing) of a title `work_title` may have made; None for any other title."""
    work = _TITLE.fullmatch(title)
    return (work.group(1), work.group(2)) if work else None


def work_grounded(title: str, texts: list[str]) -> bool:
    """Whether a named work's title stands on the texts: a text writes its thing and its name
    together ("photo series called 'Wil Can Fly'"); False for any other title."""
    parts = split_work_title(title)
    if not parts:
        return False
    name, thing = parts
    return any(
        found == (thing.casefold(), name) and on_word_boundaries(name, text, "en")
        for text in texts
        for found in ((t.casefold(), n) for t, n in named_works(text))
    )
