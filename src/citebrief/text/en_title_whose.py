"""An English group title that is one bare noun of a thing the group's person has ("Charges"),
not an event noun (those `en_title_owner` and `en_title_possessed` read), takes whose it is where
a bullet writes it so: "Barrientos could be sentenced to a total of eight years stemming from her
two charges" → "Barrientos's Charges" (en-cnndm 92). Blind readers of en-cnndm briefs mark a
bare noun lifted from one bullet ("Childhood", "Anniversary", "Hit Show") as naming a word, not
the group; the person the bullets are about, with the thing a bullet gives them, names it.

Reads the group's bullets. The person is the one surname half the bullets or more name, two at
least, no other as often (`en_title_possessed.group_surname`). A bullet that names that person and
no other (nor says "Name said": "The younger man, Clarke said, was only following his older
brother" is another's) writes the title's noun, lower-case, right after "his", "her" or the
surname's possessive, up to two lower-case modifiers between, each a figure or a word that may
be an adjective ("her two charges", not "Barrientos's lawyers hold charges"). Or the title is a
court's proceeding (`data/en_court_words.tsv`) a bullet writes beside another word of a court,
and the bullets name no person but that one: "Geaney, who was 69 at the time he was sentenced,
was not present at the hearing" → "Geaney's Hearing" (en-xsum 47; `en_title_own_event` reads a
proceeding only where two bullets speak of a court, and `en_title_topic.quoted_topic_title`
gives this "Hearing" after it). The title is "Surname's Noun" as the other owner steps write it
(`en_overview_deed.grounded`: the surname and the noun as the group's paragraphs write them),
only where it is free of the other titles (`en_title_possessed.owned_title`). Runs right after
`quoted_topic_title`.

Tried and left (en-cnndm, en-xsum 0-199): two-word titles the same way ("Freberg's Musical
Parodies" read well, but "Clarke's Older Brother" was her client's brother); a bullet that names
no one ("She has lost her English": the daughter's, not the group's Ratcliffe) or another
person too ("Dame Barbara announced her character would be killed off": not Mitchell's); any
one-word title of a group whose bullets name one person only ("Vallely's Tribute" was his
victim's family's, "Ayrton's Attack" reads as either side's).
"""

from __future__ import annotations

import re
from functools import lru_cache

from citebrief.text.en_actors import is_person, key
from citebrief.text.en_chunks import word_classes
from citebrief.text.en_overview_deed import grounded
from citebrief.text.en_overview_event import event_nouns
from citebrief.text.en_title_own_event import _court_words
from citebrief.text.en_title_possessed import NAME_RUN, group_surname, owned_title
from citebrief.text.lazy_re import LazyPattern

MAX_MODIFIERS = 2  # lower-case words between "her" and the noun: "her two charges"
# "said" and its kin right after a name: the name says who spoke inside another's clause
SAID_AFTER = LazyPattern(r"^,?\s(?:said|says|told|added|explained|claimed|insisted)\b")
_WORDS = LazyPattern(r"[a-z]+")


def whose_title(bullets: list[str], group_texts: list[str], all_texts: list[str], used: set[str], title: str) -> str:
    """`title` as "Surname's Title" where it is one bare noun a bullet writes as the group's
    person's (see the module's note); else `title`; `used` updated."""
    noun = title.lower()
    if " " in title or not title.isalpha() or noun in event_nouns() or len(bullets) < 2:
        return title
    surname = group_surname(bullets, all_texts)
    if not surname:
        return title
    owned = any(_owns(bullet, surname, noun, all_texts) for bullet in bullets)
    if not owned and not _their_proceeding(bullets, surname, noun, all_texts):
        return title
    phrase = f"{surname}'s {title}"
    if not grounded(phrase, group_texts):
        return title
    return owned_title(title, surname, phrase, used)


@lru_cache(maxsize=256)
def _theirs(surname: str, noun: str) -> re.Pattern[str]:
    """The noun as the person's, after "his", "her" or their surname's possessive and at most
    `MAX_MODIFIERS` lower-case words ("her two charges"): compiled once a person and noun, and
    only for a bullet that writes the noun and names the person alone."""
    owner = rf"(?:\b(?:his|her|His|Her)|\b{re.escape(surname)}(?:'s|’s|'|’))"
    return re.compile(rf"{owner}((?:\s[a-z0-9][\w-]*){{0,{MAX_MODIFIERS}}})\s{re.escape(noun)}\b")


def _owns(bullet: str, surname: str, noun: str, all_texts: list[str]) -> bool:
    """Whether the bullet names the person alone and writes the noun as theirs (`_theirs`: "her
    two charges")."""
    people = set()
    for match in NAME_RUN.finditer(bullet):
        if is_person(match.group(1), all_texts):
            people.add(key(match.group(1)))
            if key(match.group(1)) == surname and SAID_AFTER.search(bullet[match.end() :]):
                return False  # "Clarke said" inside another's clause
    if people - {""} != {surname}:
        return False
    if noun not in bullet:
        return False  # `_theirs` ends on the noun
    for found in _theirs(surname, noun).finditer(bullet):
        between = found.group(1).split()
        if all(w.isdigit() or "ADJ" in word_classes(w) for w in between):
            return True
    return False


def _their_proceeding(bullets: list[str], surname: str, noun: str, all_texts: list[str]) -> bool:
    """Whether the title is a court's proceeding (`data/en_court_words.tsv`: "hearing",
    "sentencing") a bullet writes beside another word of a court ("he was sentenced"), where no
    bullet names any person but the group's one."""
    words, proceedings = _court_words()
    if noun not in proceedings:
        return False
    spoken = [set(_WORDS.findall(b.casefold())) for b in bullets]
    if not any(noun in said and len(said & words) > 1 for said in spoken):
        return False
    named = {key(m.group(1)) for b in bullets for m in NAME_RUN.finditer(b) if is_person(m.group(1), all_texts)}
    return named - {""} == {surname}
