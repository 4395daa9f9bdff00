"""An English title glued across a verb's object and the "of" phrase the verb takes names no
thing: "accused inspectors of bias" gives the chunker "Inspectors of Bias", "accused Caf nor
Mauritian referee Rajindraparsad Seechurn of corruption" gives "Rajindraparsad Seechurn of
Corruption"; a reader reads a person or a body that is made of a charge.

Reads a title "A of B" and the article's paragraphs: where every place the article writes it (in
any case) has B in lower case (a charge, not a name's "of England") and, a few words before, one
of the verbs that take an object and then "of" (`data/en_object_of_verbs.tsv`), with no stop word
between but an article or "nor"/"and"/"or" (no "that", no "to": no clause of its own), the title
is the half the group's bullets write more often ("Corruption" two bullets speak of, not the
referee one names), the object on a tie, where free of the other titles
(`titles.swapped_if_free`); else the title stays.
"""

from __future__ import annotations

from functools import cache

from citebrief.text.data_files import data_lines
from citebrief.text.en_written_at import places
from citebrief.text.lazy_re import LazyPattern
from citebrief.text.titles import display_title, on_word_boundaries, swapped_if_free
from citebrief.text.tokenize import stop_words

MOST_BETWEEN = 5  # words between the verb and the title, at most
_OF = " of "
# the word right before a place, after a space or a text's start
_WORD_BEFORE = LazyPattern(r"(?:(?<=\s)|^)([\w'’-]+) $")


@cache
def object_of_verbs() -> frozenset[str]:
    """The verb forms that take an object and then "of" (`data/en_object_of_verbs.tsv`)."""
    return frozenset(data_lines("en_object_of_verbs.tsv"))


@cache
def between_words() -> frozenset[str]:
    """The stop words that may stand between the verb and the title (`data/en_verb_of_between.tsv`):
    an article, a possessive, "nor"/"and"/"or"; any other stop word opens a clause or phrase of its own."""
    return frozenset(data_lines("en_verb_of_between.tsv"))


def verb_of_title(title: str, bullets: list[str], texts: list[str], used: set[str]) -> str:
    """`title` ("A of B") as the half its group's `bullets` write more often, where the article
    writes it only as a verb's object and the "of" the verb takes (see the module's note); else
    `title`. `used` (casefolded titles given) follows the swap."""
    done_to, of, charge = title.partition(_OF)
    if not of or not done_to or not charge or _OF in charge:
        return title
    said_in = [text for text in texts if any(places(title, text, ignore_case=True))]
    if not said_in or not all(_after_verb(text, title) for text in said_in):
        return title
    count = {half: sum(on_word_boundaries(half, b, "en") for b in bullets) for half in (done_to, charge)}
    halves = sorted((done_to, charge), key=lambda half: -count[half])  # stable: the object on a tie
    for half in halves:
        new = swapped_if_free(title, display_title(half, "en"), used)
        if new != title:
            return new
    return title


def _after_verb(text: str, title: str) -> bool:
    """Every place `text` writes `title` has its "of" phrase in lower case and a verb that takes
    it a few words before, no stop word between but an article or a joiner ("accused Caf nor
    Mauritian referee …")."""
    length = len(title.partition(_OF)[0]) + len(_OF)
    for start, _ in places(title, text, ignore_case=True):
        if not text[start + length : start + length + 1].islower():
            return False
        before = text[:start]
        for _ in range(MOST_BETWEEN + 1):
            found = _WORD_BEFORE.search(before)
            if not found:
                return False
            word = found.group(1)
            if word.lower() in object_of_verbs():
                break
            if word.lower() in stop_words("en") and word.lower() not in between_words():
                return False  # "that", "to", "of": a clause or a phrase of its own between
            before = before[: found.start(1)]
        else:
            return False
    return True
