"""An English overview titled by a person the lead names late, where the lead sentence opens on a
side's result as its possessive: "Spain's 2-0 defeat by Holland on Tuesday brought back bitter
memories of their disastrous 2014 World Cup, but coach Vicente del Bosque will not be too worried
..., insists Gerard Pique" is a report of that defeat, the coach and the player who speak of it
are its comment. Blind readers scored "Key points: Del Bosque" low (whose story is it?); a
headline writes "Spain's 2-0 Defeat by Holland", the phrase the lead opens on.

Reads the lead sentence's opening only (a phrase there is its grammatical subject, what the sentence
is about): a side's capitalised name of one to three words and its possessive, up to two words of
score or kind ("2-0", "shock", "friendly"), a noun of one match's result (`_RESULT_NOUNS`), then
"by"/"to"/"over"/"against"/"with" and the opponent's capitalised name (one to three words). The
title is the phrase as written; `en_overview_deed.grounded` grounds it (the name, then the rest as
written) for `bench/brief_checks.py`.
"""

from __future__ import annotations

from citebrief.text.en_overview_said import _SOURCE
from citebrief.text.lazy_re import LazyPattern
from citebrief.text.titles import display_title, free_of

# nouns of one match's result; not "title", "run", "form": a season's, not one match's
_RESULT_NOUNS = ("defeat", "loss", "win", "victory", "draw", "thrashing", "drubbing", "hammering", "exit")
_CAPITAL = r"[A-Z][\w'’-]*"
_RESULT_OPENING = LazyPattern(
    rf"({_CAPITAL}(?:\s{_CAPITAL}){{0,2}}['’]s\s(?:[\w-]+\s){{0,2}}?(?:{'|'.join(_RESULT_NOUNS)})"
    rf"\s(?:by|to|over|against|with)\s{_CAPITAL}(?:\s{_CAPITAL}){{0,2}})(?![\w'’-])"
)


def result_opening(lead: str) -> str:
    """The side's result the `lead` sentence opens on, as written ("Spain's 2-0 defeat by Holland");
    ''."""
    found = _RESULT_OPENING.match(_SOURCE.sub("", lead).lstrip(" '‘\"“"))
    return found.group(1) if found else ""


def result_lead(subject: str, lead: str, used: set[str]) -> str:
    """The result the `lead` sentence opens on, titled, in place of `subject` (see the module's
    note) where no other title holds it; else `subject`. `used` gains the title."""
    phrase = result_opening(lead)
    if not phrase:
        return subject
    title = display_title(phrase, "en")
    if title.casefold() == subject.casefold() or not free_of(title, used - {subject.casefold()}):
        return subject
    used.add(title.casefold())  # the name kept too: a group titled by it alone would read as the overview
    return title
