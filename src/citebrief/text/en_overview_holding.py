"""An English overview titled by a plain plural noun ("Twitter Followers") where the lead sentence
says whose they are: "Although Hillary Clinton boasts a robust 3.6 million Twitter followers, not
even a vast right-wing conspiracy would be able to interact with 2 million of them". A finding
about a count someone holds is about that holder's count; the bare noun (what blind readers
scored 2) says what is counted, not whose. A headline writes "Hillary Clinton's Twitter Followers".

Reads the lead sentence: a run of capitalised words (the holder; a clause opener such as
"Although" or "The" before it is read past), right before a verb of holding (`_HOLDING`: "boasts",
"has", "amassed", "racked up"), then at most four words of amount or praise ("a robust 3.6
million") and the overview's noun as written in lower case after its first word ("Twitter
followers"), which ends the phrase. The title is the holder's possessive and the noun as the
overview had it, which `en_overview_deed.grounded` grounds (the name and the noun are written).
"""

from __future__ import annotations

import re

# a clause opener or an article written before the holder's name, not part of it
_OPENERS = frozenset(
    {"Although", "Though", "While", "Whilst", "As", "When", "If", "Since", "Because", "But", "And", "So", "The", "Now"}
)
_HOLDING = r"(?:boasts|boasted|has|had|have|amassed|amasses|racked\sup|gained|attracted|attracts|commands)"
_HOLDER = r"((?:[A-Z][\w'’-]*\s)+)"  # the whole run of capitalised words right before the verb
_AMOUNT = r"(?:[\w.,£$€%-]+\s){0,4}?"  # "a robust 3.6 million", "more than 2,000"
MIN_NOUN_WORDS = 2  # "Twitter Followers", not "Fans": a one-word noun is too often no count


def _holder(run: str) -> str:
    """The name in a run of capitalised words, past the clause openers before it."""
    words = run.split()
    while words and words[0] in _OPENERS:
        words = words[1:]
    return " ".join(words)


def holder_count(subject: str, lead: str, used: set[str]) -> str:
    """ "Holder's Noun" where the `lead` sentence writes a name holding the overview's plural
    `subject` (see the module's note); else `subject`. `used` gains the title."""
    words = subject.split()
    if len(words) < MIN_NOUN_WORDS or not subject.endswith("s") or subject.casefold() in {"'s", "news"}:
        return subject
    if not all(w.lower() in lead for w in words[1:]) or (words[0] not in lead and words[0].lower() not in lead):
        return subject  # the pattern needs the noun written: skip its compile (~1 ms) where the lead has not
    first = f"(?:{re.escape(words[0])}|{re.escape(words[0].lower())})"  # "Twitter followers", "award tickets"
    written = r"\s".join([first, *(re.escape(w.lower()) for w in words[1:])])
    pattern = re.compile(rf"(?<![\w'’-]){_HOLDER}{_HOLDING}\s{_AMOUNT}{written}(?![\w'’-])")
    match = pattern.search(lead)
    if not match:
        return subject
    holder = _holder(match.group(1))
    if not holder or len(holder.split()) + len(words) > 5:
        return subject
    title = f"{holder}'s {subject}"
    used.add(title.casefold())
    return title
