"""An English group title built, not picked: where the title the steps gave is one bullet's side
detail over a group about one thing or one person, no phrase the group writes names the group
("Instagram Account" over a photo series, its photos and where they were posted), and the title a
reader wants must be composed from the group's words. Blind reads put en-cnndm titles at 2.79/5;
an audit of 100 briefs found a side detail of one bullet the commonest fault (32 of 53 off
titles), and `ranked_phrases` holds no better phrase for them.

Two forms, each only where the title stands in one bullet at most (`en_title_owner`'s count, and
again with generic words) and has no possessive:

- a named work: a bullet writes a thing and the name the article gives it ("a photo series called
  'Wil Can Fly'", `en_work_names.named_works`), the thing no person or animal
  (`data/en_person_nouns.tsv`, `data/en_named_beings.tsv`) and a word of it said by two bullets or
  more, generic words too (the group is about the thing: "taking the photos", "posted the photos")
  → "'Wil Can Fly' Photo Series"; or said by the one bullet that writes the title, where it writes
  the title only as an item of a list or an aside (`en_title_choice.in_passing`): the title is one
  thing of many the work holds ("a manifesto, entitled 'Real Partnership', includes calls for
  tackling waiting lists, prioritising the York Street interchange and ..."), and blind readers
  read "York Street Interchange" over the manifesto's bullets as one bullet's side detail;
- a person's deed: the group's one person (`en_title_possessed.group_surname`) is the actor of
  two bullets or more, and one of them writes a deed verb right after the name
  (`en_overview_deed.deed_at`, `data/en_named_deeds.tsv`: "arrested" → "arrest") → "Adeli's
  Arrest"; the noun its verb grounds (`en_overview_deed.grounded`).

The title is grounded as `bench/brief_checks.py` reads it (`en_overview_deed.grounded`) and free
of the other titles, a work's quoted name one unit (another group's "Wil" stands). English only;
`engines/en_last_titles` runs it once every group is titled: run among `en_title_steps`, a built
title took "Wil" from the group after it, which fell to "Other".
"""

from __future__ import annotations

import re
from functools import cache

from citebrief.text.data_files import data_lines
from citebrief.text.en_actors import key, named
from citebrief.text.en_overview_deed import deed_at, grounded
from citebrief.text.en_title_choice import in_passing
from citebrief.text.en_title_owner import MIN_SAYERS, sayers
from citebrief.text.en_title_possessed import group_surname
from citebrief.text.en_work_names import named_works, split_work_title, work_title
from citebrief.text.titles import display_title, free_of, on_word_boundaries, swapped_title


@cache
def _beings() -> frozenset[str]:
    """Nouns of people and animals (`data/en_person_nouns.tsv`, `data/en_named_beings.tsv`): a named
    one is no work ("a dog called 'Max'")."""
    return frozenset(data_lines("en_person_nouns.tsv")) | frozenset(data_lines("en_named_beings.tsv"))


def built_title(bullets: list[str], group_texts: list[str], all_texts: list[str], used: set[str], title: str) -> str:
    """`title` as a named work's or the group's person's deed where it is one bullet's side
    detail (see the module's note); else `title`; `used` (casefolded titles given) updated."""
    if not title or "'s " in title or "’s " in title or len(bullets) < MIN_SAYERS:
        return title
    if sayers(title, bullets, generic=True) >= MIN_SAYERS:
        return title  # generic words too: "Photos" every bullet says is no side detail
    phrase = _work(bullets, title) or _deed(bullets, all_texts)
    if not phrase or not grounded(phrase, group_texts):  # a work's title too (`en_work_names.work_grounded`)
        return title
    others = used - {title.casefold()}
    if not _free(phrase, others):
        return title
    return swapped_title(title, phrase, used)


def _free(phrase: str, others: set[str]) -> bool:
    """`titles.free_of` the titles given, but a work's quoted name is one unit: another group's
    "Wil" may stand beside "'Wil Can Fly' Photo Series", not another "Photo Series"."""
    work = split_work_title(phrase)
    if not work:
        return free_of(phrase, others)
    folded = phrase.casefold()
    return not any(folded in u for u in others) and free_of(work[1], others)


def _work(bullets: list[str], title: str) -> str:
    """ "'Name' Thing" of the first bullet that names a thing the group's bullets are about, or
    the thing whose list the title is an item of; ''."""
    for bullet in bullets:
        for thing, name in named_works(bullet):
            if thing.split()[-1] in _beings():
                continue
            if sayers(thing, bullets, generic=True) >= MIN_SAYERS or _listed_in(title, bullet, bullets):
                return work_title(thing, name)
    return ""


def _listed_in(title: str, bullet: str, bullets: list[str]) -> bool:
    """`bullet` alone of `bullets` writes `title`, and only as an item of a list or an aside."""
    writers = [b for b in bullets if on_word_boundaries(title, b, "en")]
    return writers == [bullet] and in_passing(title, bullet)


def _deed(bullets: list[str], all_texts: list[str]) -> str:
    """ "Surname's Deed" where the group's person acts in two bullets or more and one writes a deed
    verb right after the name; ''."""
    surname = group_surname(bullets, all_texts)
    if not surname:
        return ""
    actors = [(b, actor) for b in bullets if (actor := named(b)) and key(actor) == surname]
    if len(actors) < MIN_SAYERS:
        return ""
    for bullet, actor in actors:
        for match in re.finditer(rf"(?<![\w'’-]){re.escape(actor)}(?![\w'’-])", bullet):
            noun = deed_at(bullet, match.start(), match.end())  # the name as the bullet writes it
            if noun:
                return f"{surname}'s {display_title(noun, 'en')}"
    return ""
