"""An English theme group still titled by a person's bare name once every group is titled, where
the group's first bullet reports what was done to that person: blind readers mark "Kali Henifin"
over "Investigators later arrested a Bellingham, Washington woman, Kali Henifin, who ..." as a
title that says who, not what; a headline writes "Kali Henifin's Arrest", the overview's form
(`en_overview_bullet_name`).

`en_title_name_event` reads the name as its verb's subject ("Beck was jailed"), the common form;
what it leaves is the name as the object of the deed, written as the object's appositive or
right after the verb: a one-word verb of `data/en_named_deeds.tsv`'s "passive" rows in its
active past ("arrested", "sacked", "jailed"), not after an auxiliary ("was arrested with his
friend, Jo Smith" is no arrest of Jo Smith), then up to five words with no function word but
a leading determiner or "his"/"her"/"their" ("her boyfriend,"), then the title's name as written.
Only the group's first bullet: the deed it leads with is the group's news; one later is a detail
("Rankin is expected to return"). The title keeps the name as the group's title writes it, and
stands where it is grounded (`en_overview_deed.grounded`) and free of the titles given.

Tried and left (en-cnndm, en-xsum 0-199, both views): the name's own deed right after it
(`deed_at`) in the first bullet: no bare-name theme title reads one that `en_title_name_event`
had not already taken. Most bare-name theme titles left are the name as theme (a profile,
a speaker's quotes, a player's match: "Muir", "Tony Smith", "Davis"), which this leaves.
"""

from __future__ import annotations

import re
from functools import cache

from citebrief.text.en_actors import is_person
from citebrief.text.en_chunks import function_word_en
from citebrief.text.en_overview_bullet_name import MAX_NAME_WORDS
from citebrief.text.en_overview_deed import grounded, named_deeds
from citebrief.text.titles import display_title, swapped_if_free

MAX_GAP_WORDS = 5  # "a Bellingham, Washington woman,"
_NAME_WORD = re.compile(r"[A-Z][\w'’-]*[a-z]")
_DETERMINERS = frozenset({"a", "an", "the", "his", "her", "their"})
# an auxiliary before the verb makes it a passive: its object is no one the deed was done to
_AUXILIARY = re.compile(r"\b(?:was|were|is|are|be|been|being|get|gets|got)\s$", re.IGNORECASE)


@cache
def _object_verbs() -> dict[str, str]:
    """The one-word passive verbs of `data/en_named_deeds.tsv` in "-ed", each with its noun."""
    passive, _ = named_deeds()
    return {verb: noun for verb, noun in passive.items() if " " not in verb and verb.endswith("ed")}


def _object_deed(name: str, bullet: str) -> str:
    """The noun of the deed `bullet` writes done to `name` as its object (see the module's
    note); ''."""
    verbs = "|".join(sorted(map(re.escape, _object_verbs()), key=len, reverse=True))
    pattern = rf"\b({verbs})\s((?:[\w'’-]+,?\s){{0,{MAX_GAP_WORDS}}}?){re.escape(name)}(?![\w'’-])"
    for match in re.finditer(pattern, bullet):
        if _AUXILIARY.search(bullet, max(0, match.start() - 8), match.start()):
            continue
        gap = [w.strip(",") for w in match.group(2).split()]
        if any(function_word_en(w) and not (k == 0 and w.lower() in _DETERMINERS) for k, w in enumerate(gap)):
            continue
        return _object_verbs()[match.group(1)]
    return ""


def theme_name_deed(title: str, bullets: list[str], texts: list[str], used: set[str]) -> str:
    """`title`, a theme's bare person's name, as "Name's Noun" where the group's first of
    `bullets` writes a deed done to that name (see the module's note); else `title`. `used`
    (casefolded titles given) is updated."""
    words = title.split()
    if not bullets or not 0 < len(words) <= MAX_NAME_WORDS or not all(_NAME_WORD.fullmatch(w) for w in words):
        return title
    if not is_person(title, texts):
        return title
    noun = _object_deed(title, bullets[0])
    if not noun:
        return title
    phrase = f"{title}'s {display_title(noun, 'en')}"
    return swapped_if_free(title, phrase, used) if grounded(phrase, bullets) else title
