"""An English group title that is one capitalized word, a name that no person bears ("Venice",
"Manga", "Munich"), widens to the longer name a bullet of the group opens with it ("Venice Film
Festival", "Manga Messiah", "Munich Documentation Center"): blind readers score one-word titles
worst (issue #9 asks two to five words that name the theme), and the steps that widen a one-word
title read only a common noun the bullets write in lower case (`en_title_noun_phrase`,
`en_title_modified`), so a name stays bare where the group writes what it is the front of.

Read of a group's bullets (sentences of a news article): a bullet writes the title at a word's
start, not after another capitalized word (there it is the tail of a name: "Bavarian Munich"; a
sentence's "The" or "At" is no name's word, `data/en_name_openers.tsv`), and one to three
capitalized words follow it, a space apart, the name ending there; none of them a day, a month or
"I" ("Venice Monday", "Manga I"). A person's name is left (its surname before another capitalized
word is some other name's front: "Gatland Rugby Academy"), and so is a roundup's section
("Championship" over "Championship Watford (home to …)", `en_title_competition`) and a longer
name the group's paragraphs do not write on word boundaries (`bench/brief_checks.py` reads a
title there). Of the names found, the one most bullets write, then the first; it must be free of
the other titles (`titles.swapped_if_free`), else the word stays.

Runs after `en_title_subject`, which gives a name only one bullet writes to the person most bullets
follow: a longer name here is often one bullet's ("Munich Documentation Center" beside two bullets
of the minister who praised the city), and the step would pass the title from the place to her.
"""

from __future__ import annotations

from collections import Counter

from citebrief.text.calendar_names import DAY_NAMES, MONTH_NAMES
from citebrief.text.en_actors import is_person
from citebrief.text.en_title_competition import competitions
from citebrief.text.en_title_noun_phrase import name_openers
from citebrief.text.en_written_at import word_after, word_before
from citebrief.text.lazy_re import LazyPattern
from citebrief.text.titles import on_word_boundaries, starts, swapped_if_free

MAX_WORDS_AFTER = 3  # capitalized words after the title: the longer name is four words at most
_TITLE = LazyPattern(r"[A-Z][A-Za-z]*(?:-[A-Za-z]+)*")
# the capitalized words that follow, a space before each, the last ending the name
_AFTER = LazyPattern(r"(?: [A-Z][A-Za-z]*(?:-[A-Za-z]+)*(?![\w'’-]))+")
_WORD_BEFORE = LazyPattern(r"([\w'’-]+)\s+$")
_NO_NAME_WORDS = frozenset({"I"})


def name_front_title(
    bullets: list[str], group_texts: list[str], all_texts: list[str], used: set[str], title: str
) -> str:
    """`title` widened to the longer name a bullet opens with it (see the module's note), else
    `title`; `used` (casefolded titles given) updated."""
    if not _TITLE.fullmatch(title) or title in competitions() or is_person(title, all_texts):
        return title  # a roundup's section ("Championship Watford (home to …)") is no name's front
    counts: Counter[str] = Counter()
    order: list[str] = []
    for bullet in bullets:
        for name in dict.fromkeys(_longer_names(title, bullet)):
            if name not in order:
                order.append(name)
            counts[name] += 1
    fits = [n for n in order if any(on_word_boundaries(n, t, "en") for t in group_texts)]
    fits.sort(key=lambda n: (-counts[n], order.index(n)))
    for name in fits:
        wider = swapped_if_free(title, name, used)
        if wider != title:
            return wider
    return title


def _longer_names(title: str, bullet: str) -> list[str]:
    """Each longer name `bullet` writes opening with `title`, left to right."""
    found = []
    for start in starts(title, bullet):
        end = start + len(title)
        if word_before(bullet, start) or word_after(bullet, end):
            continue
        before = _WORD_BEFORE.search(bullet, 0, start)
        if before is not None and before.group(1)[:1].isupper() and before.group(1).lower() not in name_openers():
            continue  # the tail of a name ("Bavarian Munich"), not a sentence's "The Munich …"
        after = _AFTER.match(bullet, end)
        if after is None:
            continue
        words = after.group().split()
        if len(words) > MAX_WORDS_AFTER or any(_no_name_word(w) for w in words):
            continue
        found.append(bullet[start : after.end()])
    return found


def _no_name_word(word: str) -> bool:
    """A capitalized word that ends no name of a thing: a day, a month, "I"."""
    return word in DAY_NAMES or word in MONTH_NAMES or word in _NO_NAME_WORDS
