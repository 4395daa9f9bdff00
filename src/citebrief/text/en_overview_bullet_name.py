"""An English overview still titled by one word of a name ("Pring", "Jak") where the overview's
lead bullet opens on the full name: blind readers get "Pring" over a story whose lead is "Barry
Pring, 47, was killed by a speeding car", and a headline writes "Barry Pring's Death".

The steps before read the surname's deeds in the opening paragraphs and pass one that a given
name stands right before ("Barry Pring" may be another Pring than the subject's), and the full
name's step keeps the surname where the article writes two given names of it (a mother, a
coroner). The lead bullet settles whom the overview is about: the name it opens on, a given
name and a surname of which the subject is one. Its deed right after the name (its appositive,
", 47,") is read as `en_overview_deed.deed_at` reads one (`data/en_named_deeds.tsv`: "was
killed" → "death", "has been appointed" → "appointment"; nothing between the auxiliary and the
verb, so "may have been killed" and "was not charged" stay out; one dated right after its verb
is past). A date later in the lead stands: the lead writes the deed the article reports on
("killed by a speeding car ... in 2008" of an inquest). Where the lead writes no such deed, the
full name alone ("John Johnston", "Jak Trueman"). `en_overview_deed.grounded` reads a lead
past its share bar as the bullet does, so the title stands on the article's words.

A subject that is a full name already gives way only to the lead's deed, and to one of the same
surname: "Pam Whitlam", the mother who speaks, over a lead "Harry Whitlam died after ..." is
"Harry Whitlam's Death".
"""

from __future__ import annotations

import re

from citebrief.text.en_actors import is_person, is_person_title
from citebrief.text.en_chunks import function_word_en, word_classes
from citebrief.text.en_overview_deed import deed_at
from citebrief.text.lazy_re import LazyPattern

# a given name and a surname opening the bullet, then its appositive or its verb ("Barry Pring, 47,")
_OPENING = LazyPattern(r"([A-Z][a-z][\w'’-]*) ([A-Z][\w'’-]*[a-z])(?=[,\s(])")
_ONE_WORD = LazyPattern(r"[A-Z][\w'’-]*[a-z]")
MAX_NAME_WORDS = 3  # "Pam Whitlam", "Mary Ann Smith"


def _given(word: str, texts: list[str]) -> bool:
    """A word that may be a given name though it opens the bullet: no function word ("But Evans")
    nor title ("Mr Ashley"), and none the lexicon knows that the article writes in lower case
    ("World Champion"); "Harry", a verb to the lexicon, the article writes only as a name."""
    lower = word.lower()
    if function_word_en(lower) or is_person_title(word):
        return False
    return not word_classes(lower) or not any(re.search(rf"(?<![\w'’-]){lower}(?![\w'’-])", t) for t in texts)


def bullet_name(subject: str, bullets: list[str], texts: list[str], used: set[str]) -> str:
    """`subject`, one word of a name, as the full name the first of the overview's `bullets` opens
    on, with the noun of its deed there where it writes one; a full name of the same surname
    as the one the lead bullet opens on with its deed (see the module's note); else `subject`.
    `used` gains the title and the name: a group titled by either repeats it."""
    words = subject.split()
    if not bullets or not 0 < len(words) <= MAX_NAME_WORDS or not all(_ONE_WORD.fullmatch(w) for w in words):
        return subject
    opening = _OPENING.match(bullets[0])
    if not opening or is_person_title(words[0]) or not _given(opening.group(1), texts):
        return subject
    if (subject not in opening.groups()) if len(words) == 1 else (words[-1] != opening.group(2)):
        return subject
    name = opening.group(0)
    if name.casefold() in used or not is_person(name, [bullets[0], *texts]):  # the lead as cleaned: "linkBarry"
        return subject
    noun = deed_at(bullets[0], 0, opening.end())
    if not noun and len(words) > 1:  # a full name already: only the lead's deed tells more
        return subject
    title = f"{name}'s {noun}" if noun else name
    used.discard(subject.casefold())
    used.update({title.casefold(), name.casefold()})
    return title
