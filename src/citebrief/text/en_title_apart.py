"""An English group title that repeats another title or quotes one phrase, given way to the group's person.

Blind readers of en-cnndm mark "First-degree Murder" under "Chris Lane's Murder", "Regular
Customers" under "Frequent Visitors": two titles with one head, so the reader cannot tell the
groups apart. `en_title_distinct` replaces such a title by a noun two bullets say, where the
group has one; many groups have none, yet are about someone the other groups hardly mention:
the accused teenager "Chancey Luna" of a murder trial's second strand. So where the title still
repeats another title of the brief (`en_title_distinct.repeated`), the title gives way to a
person's name (`Chunk.name_only`, `en_actors.is_person`) that half the group's bullets or more
say (two at least), that no other title says a word of, and that the article writes mostly in
the group's paragraphs (`OWN_SHARE`): the strand's own person, in the fullest form the bullets
write ("Chancey Luna", not "Luna"; a bullet names the person by the first or the last word).
A place ("China", "in Palm Beach"), a month or a weekday is no such name. Where no name
qualifies, the title stays.

A title that is a phrase of one quotation (`en_title_quoted.quote_only`: "Festive Dinner" of
"spotted having 'a festive dinner out together'") that `en_title_quoted` found nothing to replace
gives way the same way, where every bullet of the group names the person ("Giada De Laurentiis",
"Giada", "Giada" over the rumoured romance); a title that is a name already stays. Runs after
`en_title_distinct`.

Tried and left: a name that shares a word with another title ("Skin Therapy", the writer's slip
for the clinic, beside "Skin Laundry", en-cnndm 59: two clinics to a reader); a name two bullets
say however many the group holds (changed no more briefs); a noun phrase of two words or more
that three bullets say (none fitted on en-cnndm); over a quote's phrase, a name half the bullets
say ("Prime Minister David Cameron" over the history of the special relationship, en-cnndm 177)
or one over a name ("Ruben George" for "Carlos Garcia", en-cnndm 92).
"""

from __future__ import annotations

import re

from citebrief.text.en_actors import is_person
from citebrief.text.en_chunks import en_chunks
from citebrief.text.en_title_choice import PLAIN_FAMILIES, family, family_counts
from citebrief.text.en_title_distinct import repeated
from citebrief.text.en_title_quoted import quote_only
from citebrief.text.titles import display_title, free_of, on_word_boundaries, swapped_title

MIN_BULLETS = 2  # bullets that must name the group's own person
MIN_WORDS = 2  # a name as written in full ("Chancey Luna"), not a place or a sentence's opening word ("China", "Gel")
OWN_SHARE = 0.6  # of the article's mentions of the name that lie in the group's paragraphs
_WORD = re.compile(r"[A-Za-z]+")


def _names(bullets: list[str]) -> list[tuple[str, int]]:
    """Each name of two words or more the bullets write (the longest form of it), with how many
    bullets name that person by its first or its last word ("Giada De Laurentiis", "Giada";
    "Chancey Luna", "Luna"), most named first."""
    chunks = [[c for c in en_chunks(b) if c.name_only and c.words] for b in bullets]
    said = [{w.lower() for c in mine for w in c.words} for mine in chunks]
    forms = {c.text: c.words for mine in chunks for c in mine if len(c.words) >= MIN_WORDS}
    longest = {f: w for f, w in forms.items() if not any(f != g and f in g for g in forms)}
    counted = [(f, sum(w[0].lower() in s or w[-1].lower() in s for s in said)) for f, w in longest.items()]
    return sorted(counted, key=lambda item: (-item[1], item[0]))


def _own_share(word: str, group_texts: list[str], all_texts: list[str]) -> float:
    """The share of the article's mentions of `word` that fall in the group's paragraphs."""
    key = family(word)
    total = sum(family_counts(t)[key] for t in all_texts)
    return sum(family_counts(t)[key] for t in group_texts) / total if total else 0.0


def _says_word(titles: set[str], words: list[str]) -> bool:
    """Some title holds one of the words."""
    folded = {w.casefold() for t in titles for w in _WORD.findall(t)}
    return any(w.casefold() in folded for w in words)


def apart_title(bullets: list[str], group_texts: list[str], all_texts: list[str], used: set[str], title: str) -> str:
    """`title` unless it repeats another title in `used` and half the bullets or more name one
    person of the group's own, or it is one quote's phrase and every bullet names that person
    (module doc); then that name; `used` updated."""
    if not title or len(bullets) < MIN_BULLETS:
        return title
    others = used - {title.casefold()}
    needed = max(MIN_BULLETS, (len(bullets) + 1) // 2)
    if not any(title.casefold() not in o and repeated(title, o, all_texts) for o in others):
        if not quote_only(title, bullets, group_texts) or is_person(title, all_texts):
            return title
        needed = len(bullets)  # a quote's phrase over a group all of whose bullets name one person
    for form, count in _names(bullets):
        if count < needed:
            break
        words = _WORD.findall(form)
        key = words[-1]
        if any(family(w) in PLAIN_FAMILIES for w in words):
            continue  # "Tuesday", "Mr McLachlan": a day, a form of address
        if _says_word(used, words):
            continue  # a name another title says a word of: "Skin Therapy" (the writer's slip) beside "Skin Laundry"
        if not is_person(form, all_texts):
            continue  # "Palm Beach" of "in Palm Beach": a place, where the strand happens, not whom it is about
        if _own_share(key, group_texts, all_texts) < OWN_SHARE:
            continue  # the story's own subject, said in every group, sets no group apart
        if not free_of(form, others) or not any(on_word_boundaries(form, t, "en") for t in group_texts):
            continue
        return display_title(swapped_title(title, form, used), "en")
    return title
