"""An English overview titled by a famous person's name alone, where the lead sentence opens on
someone that person is known by: "Sofia Vergara's ex-fiance is speaking out about their dispute
over frozen embryos" is the ex-fiance's story, told through the name a reader knows. "Key points:
Sofia Vergara" misnames whose story it is (blind readers scored it 2); a headline keeps the
possessive as the lead writes it: "Sofia Vergara's Ex-fiance".

Reads the lead sentence's opening only (its grammatical subject): the overview's name as written,
its possessive, then a word of kin or partnership (`_KIN`, with "ex-"/"estranged"/"late" before
it as written), then a verb (no "and", no comma: "Sofia Vergara's ex-fiance and ..." would be
two subjects). The title is the phrase as written, grounded by `en_overview_deed.grounded` (the
name, then the rest as written) for `bench/brief_checks.py`.
"""

from __future__ import annotations

import re

from citebrief.text.en_overview_event import name_words
from citebrief.text.en_overview_said import _SOURCE
from citebrief.text.titles import display_title, swapped_if_free

# the people a lead tells a famous person's story through: kin and partners
_KIN = (
    "fiance|fiancé|fiancee|fiancée|wife|husband|son|daughter|brother|sister|mother|father|mum|dad"
    "|boyfriend|girlfriend|partner|widow|widower|stepson|stepdaughter"
)
_KIN_AFTER = re.compile(rf"['’]s\s((?:(?:ex-|estranged\s|late\s|former\s))?(?:{_KIN}))\s(?!and\b|or\b)[a-z]")


def kin_lead(subject: str, lead: str, used: set[str]) -> str:
    """ "`subject`'s kin" where the `lead` sentence opens on it (see the module's note); else
    `subject`. `used` holds the one that stands."""
    if "'s " in subject or not name_words(subject.split()):
        return subject
    opening = _SOURCE.sub("", lead).lstrip(" '‘\"“")
    if not opening.startswith(subject):
        return subject
    found = _KIN_AFTER.match(opening, len(subject))
    if not found:
        return subject
    return swapped_if_free(subject, display_title(f"{subject}'s {found.group(1)}", "en"), used)
