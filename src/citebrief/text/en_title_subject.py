"""A name one bullet writes does not title a group whose bullets follow another person: en-xsum
161's "Hellen Obiri" stood over Muir's race (Obiri won it, one bullet; the next two give Muir's
time and what she said after it), en-xsum 194's "Sydney Radio" over Abbott's remarks.

A bullet follows the person it names first among its opening words ("Former England international
Southgate, 46, has …", "Muir's time of …"), or the speaker its quote names ("…," said Pochettino);
a bullet that names nobody there but opens on a person's pronoun or a quote ("She became …", "'I'm
really happy,' she said"; not "They", "The case": investigators, a court) follows the person the
bullet before it follows. Where the title is a name as one bullet alone writes it (nor its surname
another: "a livid Carver" keeps "John Carver"), at most one bullet follows it, and one person
(`is_person`, or a surname no dictionary knows that the article writes as a speaker or after a
role, "specialist Buttler") is followed by more than half the bullets, that person takes the
title: "Name's Noun" where a bullet writes one noun after the name ("Muir's Time"), else the name
as the bullets write it longest ("Peter Sherlock"); not a person another title already names (the
overview's "Luis Enrique").
`en_title_passing_name` leaves a name that opens a bullet, as Obiri's does; this step counts the
bullets each person leads instead.

Runs late among the English title steps (`en_title_steps`), after a verb is cut off the name's
run ("Hellen Obiri", not "Hellen Obiri Upset").
"""

from __future__ import annotations

import re

from citebrief.text.chunks import word_list
from citebrief.text.en_actors import is_person, is_person_title
from citebrief.text.en_chunks import word_classes
from citebrief.text.name_places import written_lower
from citebrief.text.titles import display_title, said_alone, swapped_title

OPENING_WORDS = 6  # a bullet's first words, where its subject stands
_NAME = re.compile(r"(?<![\w'’.-])[A-Z][A-Za-z]+(?:[ -](?:[A-Z][A-Za-z]+|de|van|von|da))*(?:['’]s?)?(?![\w-])")
_SPEAKER = re.compile(
    r"[,!?][\"'’”]\s+(?:(?:said|says|added)\s+(?P<after>[A-Z][A-Za-z]+(?:\s[A-Z][A-Za-z]+)*)"
    r"|\[?(?:(?:Mr|Mrs|Ms|Dr)\s)?(?P<before>[A-Z][A-Za-z]+(?:\s[A-Z][A-Za-z]+)*)\]?\s+(?:said|says|added|told))"
)
_SPEECH = "said|says|told|added|explained"
_BACK = frozenset(word_list("he she his her"))
# a role before a name is a noun ("specialist Buttler"), not "after The"
_NOT_AGENT = frozenset({"VERB", "ADV", "ADP"})  # words opening a bullet that point back to a person


def subject_title(bullets: list[str], group_texts: list[str], all_texts: list[str], used: set[str], title: str) -> str:
    """`title` unless it is a name one bullet writes and another person leads most bullets (see
    the module's note); then that person's "Name's Noun" or name; `used` updated."""
    words = title.split()
    if len(bullets) < 3 or not words or not all(w[:1].isupper() for w in words):
        return title
    if sum(_says_name(title, b) for b in bullets) != 1 or not any(title in b for b in bullets):
        return title  # a name as one bullet alone writes it, not a phrase title-cased
    followed = followed_people(bullets, all_texts)
    own = sum(1 for person in followed if person and _same(person, title))
    if own > 1:
        return title
    counts: dict[str, int] = {}
    for person in followed:
        if person and not _same(person, title):
            counts[person] = counts.get(person, 0) + 1
    best = max(counts.items(), key=lambda item: item[1], default=("", 0))
    if 2 * best[1] <= len(bullets) or any(said_alone(best[0].casefold(), u) for u in used):
        return title  # nor the person the overview or another group is titled by ("Luis Enrique")
    return display_title(swapped_title(title, owned_noun(_written_name(best[0], bullets), bullets), used), "en")


def followed_people(bullets: list[str], all_texts: list[str]) -> list[str]:
    """The person each bullet follows, '' where none: the first person its opening words name, the
    speaker its quote names, else (a pronoun or a quote opening it) the bullet before's."""
    people: list[str] = []
    for bullet, named in zip(bullets, named_people(bullets, all_texts), strict=True):
        back = not named and people and _points_back(bullet)
        people.append(people[-1] if back else named)
    return people


def named_people(bullets: list[str], all_texts: list[str]) -> list[str]:
    """The person each bullet names itself, '' where none: the first its opening words name, else
    the speaker its quote names (no pronoun read back)."""
    return [_opening_person(b, all_texts) or _speaker(b, all_texts) for b in bullets]


def owned_noun(name: str, bullets: list[str]) -> str:
    """ "Name's Noun" where a bullet writes the name's possessive before one noun ("Muir's time
    of"), else the name."""
    pattern = re.compile(re.escape(name) + r"['’]s ([a-z]+)(?: ([a-z]+))?")
    for bullet in bullets:
        found = pattern.search(bullet)
        if not found or "NOUN" not in word_classes(found.group(1)) or "ADJ" in word_classes(found.group(1)):
            continue  # "Muir's personal best": an adjective opens a longer noun phrase
        after = found.group(2)
        if after and "NOUN" in word_classes(after) and "VERB" not in word_classes(after):
            continue  # "Muir's personal best": more than one noun
        return f"{name}'s {found.group(1)}"
    return name


def _written_name(surname: str, bullets: list[str]) -> str:
    """The longest name the bullets write ending on the surname, without "Mr" ("Peter Sherlock")."""
    runs = [re.sub(r"['’]s?$", "", m.group()) for b in bullets for m in _NAME.finditer(b)]
    names = [" ".join(w for w in r.split() if not is_person_title(w)) for r in runs if r.split()[-1] == surname]
    return max(names, key=len, default=surname) or surname


def _opening_person(bullet: str, all_texts: list[str]) -> str:
    """The first person named among the bullet's opening words, as its last word ('' if none);
    not a run before a noun it describes ("Former England international Southgate")."""
    opening = " ".join(bullet.split()[:OPENING_WORDS])
    for found in _NAME.finditer(opening):
        run = re.sub(r"['’]s?$", "", found.group())
        if run == found.group() and _modifier(opening[found.end() :]):
            continue
        if _a_person(run, all_texts):
            return run.split()[-1]
    return ""


def _modifier(rest: str) -> bool:
    """The words after a name open on a noun it describes, no verb ("international Southgate",
    "defender Hector"), not "Southgate succeeded"."""
    after = rest.split(maxsplit=1)[0] if rest[:1] == " " and rest.split() else ""
    classes = word_classes(after) if after.islower() else frozenset()
    return "NOUN" in classes and "VERB" not in classes


def _speaker(bullet: str, all_texts: list[str]) -> str:
    """The person a quote's "…," said X (or X said, "[Mr X] told") names ('' if none)."""
    found = _SPEAKER.search(bullet)
    name = found and (found.group("after") or found.group("before"))
    if name and _a_person(name, all_texts):
        return name.split()[-1]
    return ""


def _a_person(run: str, all_texts: list[str]) -> bool:
    """A person's name, or a surname no dictionary knows that the article writes with a given
    name ("Gareth Southgate"), as a speaker ("Muir told BBC Scotland") or, never in lower case,
    after a noun of a role ("Short-format specialist Buttler"; not "poor The" across a stop)."""
    if run.lower() in _BACK:
        return False  # "She said", a pronoun
    if is_person(run, all_texts):
        return True
    if " " in run or word_classes(run.lower()):
        return False
    speaking = re.compile(rf"\b{re.escape(run)} (?:{_SPEECH})\b|\b(?:{_SPEECH}) {re.escape(run)}\b")
    return (
        any(speaking.search(t) for t in all_texts)
        or any(
            is_person(f"{m.group(1)} {run}", all_texts)
            for t in all_texts
            for m in re.finditer(r"([A-Z][a-z]+) " + re.escape(run) + r"\b", t)
        )
        or _after_role(run, all_texts)
    )


def _after_role(run: str, all_texts: list[str]) -> bool:
    """A word never written in lower case after a role's noun ("specialist Buttler")."""
    return not written_lower(run, all_texts) and any(
        "NOUN" in word_classes(m.group(1)) and not word_classes(m.group(1)) & _NOT_AGENT
        for t in all_texts
        for m in re.finditer(rf"\b([a-z]+(?:ist|er|or|ian|man)) {re.escape(run)}\b", t)
    )


def _says_name(title: str, bullet: str) -> bool:
    """The bullet says the title, or its last word as the same name: "a livid Carver" for "John
    Carver", not the "ABC Radio" another name's run ends on for "Sydney Radio"."""
    if title in bullet:
        return True
    words = title.split()
    if words[-1] not in bullet:
        return False  # no pattern compiled for a name the bullet lacks (~2 a brief; issue 14)
    for found in re.finditer(rf"(\S+)\s+{re.escape(words[-1])}(?![\w-])", bullet):
        before = found.group(1)
        if not before[:1].isupper() or before in words or is_person_title(before):
            return True
    return bullet.startswith(words[-1] + " ")


def _points_back(bullet: str) -> bool:
    """The bullet opens on a pronoun, "the …" or a quote."""
    first = bullet.split(maxsplit=1)[0] if bullet.split() else ""
    return first[:1] in "\"'‘“" or first.lower() in _BACK


def _same(person: str, title: str) -> bool:
    """The person's surname is one of the title's words."""
    return said_alone(person, title)
