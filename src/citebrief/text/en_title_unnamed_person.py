"""The person an English group is about where its bullets never name them: a feature goes on
about its subject in pronouns ("He grew up in Ankara", "His final album was released in 2007"),
so the title steps that look for the surname the bullets name most find none, and the group keeps
one bullet's detail ("Final Album" over the album that made him, his last and his songs others
recorded) where an editor writes "Kayahan's Career". A reader of the brief knows who "he" is: the
person the titles above already name.

Read of a group's bullets and the paragraphs they cite. No bullet names a person (a name the
article writes as a person's, `en_actors.person_key`); half the bullets or more, two at least, say
"he", "his", "him", "she" or "her"; the group's paragraphs name one person alone (no second one
"he" could be), the one the article names most (no other as often: the story's own subject, not
a playing partner its paragraphs name), and a title given before names that person: the
overview's "Kayahan's Death".
The name is given as the paragraphs write it, its shortest form a title names ("Kayahan", not
"Kayahan Acar"), so a title made of it is found there. Asked by
`en_title_background` where the bullets name no one. (The one-word event steps, `en_title_possessed` and
`en_title_own_event`, asked too, changed no en-cnndm title: left out.)
"""

from __future__ import annotations

import re
from collections import Counter

from citebrief.text.en_actors import person_key
from citebrief.text.en_title_possessed import NAME_RUN  # a name as the title steps read one
from citebrief.text.lazy_re import LazyPattern

MIN_PRONOUN_BULLETS = 2  # bullets that speak of the person as "he" or "she", at least
_DETERMINERS = frozenset(("the", "a", "an", "our", "my", "your", "his", "her", "their", "its"))
_PRONOUN = LazyPattern(r"\b(?:[Hh]e|[Hh]is|him|[Ss]he|[Hh]er)\b")


def unnamed_person(bullets: list[str], group_texts: list[str], all_texts: list[str], used: set[str]) -> str:
    """The name (as the group's paragraphs write it) of the one person the group speaks of in
    pronouns only, named in a title before (see the module's note); ''."""
    if any(person_key(m.group(1), all_texts) for b in bullets for m in NAME_RUN.finditer(b)):
        return ""  # the bullets name someone: the steps read them
    speaking = sum(1 for b in bullets if _PRONOUN.search(b))
    if speaking < max(MIN_PRONOUN_BULLETS, (len(bullets) + 1) // 2):
        return ""
    named = {m.group(1): person_key(m.group(1), all_texts) for t in group_texts for m in NAME_RUN.finditer(t)}
    persons = {k for k in named.values() if k}
    if len(persons) != 1:
        return ""  # no one, or two the pronouns could point to
    if persons != {main_person(all_texts)}:
        return ""  # "he" there may be another (a playing partner the paragraphs name, not the story's golfer)
    forms = sorted((n for n, k in named.items() if k), key=len)  # "Kayahan", of "Kayahan Acar"
    titled = [f for f in forms if any(re.search(rf"\b{re.escape(f.split()[-1].casefold())}\b", u) for u in used)]
    return titled[0] if titled else ""  # else a person no title has named: who "he" is, the reader cannot tell


def pronoun_person(name: str, bullets: list[str], group_texts: list[str], all_texts: list[str]) -> str:
    """The article's main person, as the group's paragraphs write them (shortest form), where
    `name` is another person and half the bullets or more, two at least, speak of "he" or "she"
    before they say `name` or without it: the group is about whom the pronouns point to, not a
    name two bullets give in passing (en-cnndm 176: "Travis Kalanick", the CEO who hired him,
    over the bullets about Joe Sullivan's experience); ''."""
    own = person_key(name, all_texts) if " " in name else ""  # "Travis Kalanick", not a brand's "Topshop"
    main = main_person(all_texts)
    if not own or not main or own == main:
        return ""
    # the main person's forms each text writes, each text read once (the group's paragraphs too)
    written = {
        t: [m.group(1) for m in NAME_RUN.finditer(t) if person_key(m.group(1), all_texts) == main]
        for t in dict.fromkeys([*all_texts, *group_texts])
    }
    main_forms = {form for t in all_texts for form in written[t]}
    if any(f.split()[0].lower() in _DETERMINERS for f in main_forms):
        return ""  # "The Chihuahua", "Our Chihuahua": a pet, not a person "he" could be
    surname = name.rsplit(maxsplit=1)[-1]
    before_name = 0
    for bullet in bullets:
        said = re.search(rf"\b{re.escape(surname)}\b", bullet)
        pronoun = _PRONOUN.search(bullet)
        if pronoun and (not said or pronoun.start() < said.start()):
            before_name += 1
    if before_name < max(MIN_PRONOUN_BULLETS, (len(bullets) + 1) // 2):
        return ""
    # the shortest, the first the group's paragraphs write of those as short (no set's hash order)
    forms = sorted(dict.fromkeys(form for t in group_texts for form in written[t]), key=len)
    return forms[0] if forms else ""


def main_person(all_texts: list[str]) -> str:
    """The key of the person the article names most, no other as often; ''."""
    naming = Counter(person_key(m.group(1), all_texts) for t in all_texts for m in NAME_RUN.finditer(t))
    del naming[""]
    ranked = naming.most_common(2)
    if not ranked or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return ""
    return ranked[0][0]
