"""An English overview titled by what someone feared a find was, where the lead says what it in
fact was: "A cleaner who feared a body he found was a murder victim had in fact found a
900-year-old mummy" is about the mummy; "Key points: Murder Victim" tells the reader the opposite
of the news.

Read in the lead sentence only: the overview's subject as a word of it before "in fact",
"actually" or "really" and a verb of finding ("found", "discovered", "unearthed"), then "a"/"an"
and one to three words of what was found, up to a clause, a place or a time ("a 900-year-old
mummy in Peru" is "900-year-old mummy"). The title is those words as written.
"""

from __future__ import annotations

from citebrief.text.en_overview_event import MAX_TITLE_WORDS
from citebrief.text.en_overview_said import _SOURCE
from citebrief.text.lazy_re import LazyPattern
from citebrief.text.titles import display_title, on_word_boundaries, swapped_if_free

_IN_FACT = LazyPattern(
    r"\b(?:in\s+fact|actually|really)\s+(?:found|discovered|unearthed)\s+an?\s+"
    r"((?:[\w'’-]+\s+){0,2}?[\w'’-]+)"
    r"(?=\s*[,.;:!?]|\s*$|\s+(?:in|at|on|near|by|from|which|that|who|when|after|while|with|inside|under)\b)"
)


def found_instead(subject: str, lead: str, used: set[str]) -> str:
    """What the `lead` sentence says was in fact found, titled, in place of `subject`, what it was
    feared to be (see the module's note); else `subject`. `used` holds the one that stands."""
    if not subject:
        return subject
    plain = _SOURCE.sub("", lead)
    found = _IN_FACT.search(plain)
    if not found or not on_word_boundaries(subject.lower(), plain[: found.start()].lower(), "en"):
        return subject
    thing = " ".join(found.group(1).split())
    if len(thing.split()) > MAX_TITLE_WORDS:
        return subject
    return swapped_if_free(subject, display_title(thing, "en"), used)
