"""The person an English group of someone's past is about where its bullets speak of them as "he" or
"she" and name only others, each once: an actor's career names the co-stars he worked with and the
men he played ("He found national fame playing vet Siegfried Farnon", "he played Cornelius Fudge"),
so no surname leads the bullets and `en_title_background` found no one; the group kept one role's
"Harry Potter Films" where an editor writes "Hardy's Career" (en-cnndm 123, scored low by blind
readers).

Read of a group's bullets and the paragraphs they cite, where the title's last word is written by
one bullet at most (one item of the past: not "Tram Accident" over the accident three bullets tell,
en-cnndm 102 as the benches cut it). No one is named in two bullets (a person two bullets name
leads them: `en_title_background` reads that one); half the bullets or more, two at least, speak of
"he", "his", "him", "she" or "her" (or name the article's main person) before any other name,
outside a quotation (not a supporter's "'Her entire career has been a road map …'" over her
endorsement, en-cnndm 138 as the benches cut it); the article names one person most
(`en_title_unnamed_person.main_person`), never after a determiner ("The Chihuahua": a pet), and the
group's paragraphs write that person's name. The name is given as the surname (`en_actors.key`:
"Hardy" of "Mr Hardy"), as `en_title_background` reads the names the bullets give. Asked by
`en_title_background` after its other readers.
"""

from __future__ import annotations

from collections import Counter

from citebrief.text.en_actors import person_key
from citebrief.text.en_title_possessed import NAME_RUN  # a name as the title steps read one
from citebrief.text.en_title_unnamed_person import main_person
from citebrief.text.lazy_re import LazyPattern
from citebrief.text.titles import on_word_boundaries

MIN_LED_BULLETS = 2  # bullets whose first person is the main one ("he", or their name), at least
_PRONOUN = LazyPattern(r"\b(?:[Hh]e|[Hh]is|him|[Ss]he|[Hh]er)\b")
_QUOTED = ("'", "‘", '"', "“", "[")  # a quotation's opening, or its speaker put in brackets before it
_DETERMINERS = frozenset(("the", "a", "an", "our", "my", "your", "his", "her", "their", "its"))


def career_person(bullets: list[str], group_texts: list[str], all_texts: list[str], title: str) -> str:
    """The surname of the article's main person, written in the group's paragraphs, where the
    bullets speak of them first and name others once each and `title` is one bullet's item (see
    the module's note); ''."""
    head = title.rsplit(maxsplit=1)[-1] if title else ""
    if not head or sum(on_word_boundaries(head, b, "en") for b in bullets) >= MIN_LED_BULLETS:
        return ""  # "Tram Accident": the accident three bullets tell, no one item of a past
    main = main_person(all_texts)
    if not main:
        return ""
    naming: Counter[str] = Counter()
    led = 0
    for bullet in bullets:
        persons = [(m.start(), k) for m in NAME_RUN.finditer(bullet) if (k := person_key(m.group(1), all_texts))]
        naming.update({k for _, k in persons})
        if bullet.startswith(_QUOTED):
            continue  # "'Her entire career has been …'": a speaker's words of her, no account of her past
        pronoun = _PRONOUN.search(bullet)
        first_other = min((at for at, k in persons if k != main), default=len(bullet))
        first_main = min((at for at, k in persons if k == main), default=len(bullet))
        if min(pronoun.start() if pronoun else len(bullet), first_main) < first_other:
            led += 1
    if any(n > 1 for k, n in naming.items() if k != main):
        return ""  # another person two bullets name: the group may be theirs
    if led < max(MIN_LED_BULLETS, (len(bullets) + 1) // 2):
        return ""
    forms = [m.group(1) for t in group_texts for m in NAME_RUN.finditer(t) if person_key(m.group(1), all_texts) == main]
    if not forms or any(f.split()[0].casefold() in _DETERMINERS for f in forms):
        return ""  # unwritten there, or "The Chihuahua": a pet, not a person "he" could be
    return main
