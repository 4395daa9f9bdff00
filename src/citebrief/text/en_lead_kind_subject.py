"""An English overview titled by a person's name that its lead sentence never writes, where the
lead opens on a person by kind with a relative clause and the article keeps calling that person
by the kind: "An Uber driver who was credited with stopping a potential mass shooting ... will not
face any charges", then "the driver" twice more. The story is the driver's; the name the
phrase choice found ("Everardo Custodio", the gunman he shot) is one the article tells of further
on. A reader gains from "Uber Driver" over a name the lead does not mention.

Read only where the lead's kind is a short noun phrase (one to four words up to "who", no count
or age, lower case but for a first word such as "Uber"), the article writes "the" and the kind's
head word at least `MIN_CALLED` times, and the lead writes neither the name nor its surname (a
lead that writes the name it is about is `en_lead_kind.py`'s). Other leads, and subjects that are
no bare name, stand as they are.
"""

from __future__ import annotations

import re

from citebrief.text.en_overview_event import name_words
from citebrief.text.lazy_re import LazyPattern
from citebrief.text.titles import display_title, on_word_boundaries, swapped_if_free

_SOURCE = LazyPattern(r"^(?:[A-Z][\w ,.]{0,40})?\((?:CNN|AP|Reuters)\)\s*")  # "Washington (CNN)"
_KIND_WHO = LazyPattern(r"(?:A|An)\s((?:[\w-]+\s){1,4}?)who\s")
MIN_CALLED = 2  # "the driver" said this often: the article's name for the one the lead opens on
_KIND_WORD = LazyPattern(r"^[a-z][a-z-]*$")
_FIRST_WORD = LazyPattern(r"^[A-Za-z][a-z-]*$")  # "Uber driver", "Australian man": a capital first


def lead_kind(lead: str) -> str:
    """The kind the `lead` sentence opens on before its "who" ("An Uber driver who" → "Uber
    driver"); '' where it is no short plain noun phrase."""
    found = _KIND_WHO.match(_SOURCE.sub("", lead))
    if not found:
        return ""
    words = found.group(1).split()
    if not _FIRST_WORD.match(words[0]) or not all(_KIND_WORD.match(w) for w in words[1:]):
        return ""
    return " ".join(words) if words[-1].islower() else ""


def kind_subject(subject: str, lead: str, texts: list[str], used: set[str]) -> str:
    """The kind the `lead` opens on, titled, in place of a bare name `subject` the lead does not
    write (see the module's note); else `subject`. `used` holds the one that stands."""
    words = subject.split()
    if "'s " in subject or " on " in subject or len(words) < 2 or not name_words(words):
        return subject
    if any(on_word_boundaries(form, lead, "en") for form in (subject, words[-1])):
        return subject
    kind = lead_kind(lead)
    if not kind:
        return subject
    called = re.compile(rf"\bthe\s{re.escape(kind.split()[-1])}\b", re.IGNORECASE)
    if sum(len(called.findall(text)) for text in texts) < MIN_CALLED:
        return subject
    return swapped_if_free(subject, display_title(kind, "en"), used)
