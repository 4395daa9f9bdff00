"""An English group title that names nothing (`en_empty_titles`: "Stressful Moment", a quote's
judgement and an abstract noun), left so by every step before, over a group whose bullets tell of
one person, gives way to "Surname's Noun" of what that person said or posted, where the group
writes it: "Stressful Moment" over McHenry's deleted tweet and her apology → "McHenry's Tweet".
A reader wants the person and the thing the bullets say of them; a quote's judgement says neither.

Reads the group's bullets, then its paragraphs. The person is the one the bullets name: the only
person-surname any bullet names (`en_actors.is_person`, `en_actors.key`), two bullets at least; a
bullet with "she"/"he" or no name does not count against them ("She posted online: ..."), a
second person does ("Beyonce" beside "Frida": whose look?). The noun is one of what a person says
(the nouns of `data/en_named_deeds.tsv`'s "said" rows: "tweet", "apology", "denial"), written as a
word after "her", "his" or the surname's possessive ("her denial"), or after "the" where it is one
of `data/en_empty_owner_nouns.tsv`, whose owner is the one who said it ("the tweet", "The apology:";
not "the allegations", made against them), the bullets' before the paragraphs'. The title holds
the surname as the bullets write it alone, else the name as written ("Van De Ven", not "Ven"),
and only where it is free of the other titles (`en_title_possessed.owned_title`).

Tried and left: the paragraphs' noun before the bullets' ("McHenry's Apology", of a caption's
"The apology:"): as good, but the bullets' own word is what the reader finds under the title.

Left out on purpose: any concrete noun after "the" ("the video", "the incident" of the same
bullets would read "McHenry's Video", "McHenry's Incident": not hers, or no thing); a noun after
"his"/"her" of any kind ("his holiday pictures" → "Van De Ven's Holiday Pictures" over the
response to them: no better than "Widespread Response"); the person's name alone where no noun is
written (blind readers mark a name alone over what a person did as "who, not what",
`en_group_deed`; in en-cnndm each such name already titled another group).
"""

from __future__ import annotations

import re
from functools import cache

from citebrief.text.data_files import data_lines
from citebrief.text.en_actors import is_person, key
from citebrief.text.en_empty_titles import empty_title
from citebrief.text.en_overview_deed import said_deeds
from citebrief.text.en_title_possessed import MIN_NAMING_BULLETS, NAME_RUN, owned_title, surnames_named
from citebrief.text.titles import display_title


@cache
def said_nouns() -> frozenset[str]:
    """What a person says or posts, as a headline names it ("tweet", "apology": the nouns of
    `data/en_named_deeds.tsv`'s "said" rows), read after "her", "his" or their possessive."""
    return frozenset(said_deeds().values())


@cache
def own_nouns() -> frozenset[str]:
    """What a person says or posts that "the" makes theirs in a group of theirs ("the tweet", not
    "the allegations" made against them; `data/en_empty_owner_nouns.tsv`)."""
    return frozenset(data_lines("en_empty_owner_nouns.tsv"))


def empty_owner_title(
    bullets: list[str], group_texts: list[str], all_texts: list[str], used: set[str], title: str
) -> str:
    """`title` as "Surname's Noun" where it names nothing and the group tells of one person (see
    the module's note); else `title`; `used` (casefolded titles given) updated."""
    if not title or len(bullets) < MIN_NAMING_BULLETS or not empty_title(title, group_texts):
        return title
    surname, written = _one_person(bullets, all_texts)
    if not surname:
        return title
    noun = _said_noun(bullets, surname) or _said_noun(group_texts, surname)
    if not noun:
        return title
    return owned_title(title, surname, f"{written}'s {display_title(noun, 'en')}", used)


def _one_person(bullets: list[str], all_texts: list[str]) -> tuple[str, str]:
    """The surname of the only person the bullets name, two bullets at least, and the name as the
    title writes it (the surname where a bullet writes it alone, else the shortest run); ('', '')."""
    naming = surnames_named(bullets, all_texts)
    if len(naming) != 1:
        return "", ""
    ((surname, count),) = naming.items()
    if count < MIN_NAMING_BULLETS:
        return "", ""
    runs = {m.group(1) for bullet in bullets for m in NAME_RUN.finditer(bullet)}
    written = {run for run in runs if key(run) == surname and is_person(run, all_texts)}
    return surname, surname if surname in written else min(written, key=lambda run: (len(run), run))


def _said_noun(texts: list[str], surname: str) -> str:
    """The first noun of what a person says that `texts` write as one word after "her", "his" or
    the surname's possessive (`said_nouns`), or after "the" (`own_nouns`); ''."""
    owner = rf"([Tt]he|[Hh]er|[Hh]is|{re.escape(surname)}['’]s?)"
    pattern = re.compile(rf"(?<![\w'’-]){owner}\s([a-z]+)(?![\w'’-])")
    for text in texts:
        for match in pattern.finditer(text):
            nouns = own_nouns() if match.group(1).lower() == "the" else said_nouns()
            if match.group(2) in nouns:
                return match.group(2)
    return ""
