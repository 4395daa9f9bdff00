"""An English group title built, not picked: where the title the steps gave is one bullet's side
detail over a group about one thing or one person, no phrase the group writes names the group
("Instagram Account" over a photo series, its photos and where they were posted), and the title a
reader wants must be composed from the group's words. Blind reads put en-cnndm titles at 2.79/5;
an audit of 100 briefs found a side detail of one bullet the commonest fault (32 of 53 off
titles), and `ranked_phrases` holds no better phrase for them.

Two forms, each only where the title stands in one bullet at most (`en_title_owner`'s count) and
has no possessive:

- a named work: a bullet writes a thing and the name the article gives it ("a photo series called
  'Wil Can Fly'", `data/en_built_naming.tsv`'s verbs), a capitalized name of four words at most,
  the thing no person (`data/en_person_nouns.tsv`) and a word of it said by two bullets or more
  (the group is about the thing: "taking the photos", "posted the photos") →
  "'Wil Can Fly' Photo Series";
- a person's deed: the group's one person (`en_title_possessed.group_surname`) is the actor of
  two bullets or more, and one of them writes a deed verb right after the name
  (`en_overview_deed.deed_at`, `data/en_named_deeds.tsv`: "arrested" → "arrest") → "Adeli's
  Arrest"; the noun its verb grounds (`en_overview_deed.grounded`).

English only; `en_title_steps` runs it last, on the title every other step left.
"""

from __future__ import annotations

import re
from functools import cache

from citebrief.text.chunks import word_list
from citebrief.text.data_files import data_lines
from citebrief.text.en_actors import key, named
from citebrief.text.en_overview_deed import deed_at, grounded
from citebrief.text.en_title_choice import family, heard
from citebrief.text.en_title_owner import MIN_SAYERS, _sayers
from citebrief.text.en_title_possessed import group_surname
from citebrief.text.titles import display_title, free_of, on_word_boundaries, swapped_title

MAX_NAME_WORDS = 4  # words of a work's name, at most
MAX_TITLE_WORDS = 5  # of the built title (issue #9: 2–5 English words)
_OPEN, _CLOSE = "'‘\"“", "'’\"”"
# words no thing's noun phrase holds: "the man who was called 'X'" names no "Man Who Was"
_CLAUSE_WORDS = frozenset(
    word_list(
        "who which that whose was is were are be been being has have had and or but of to in on at for with by from as"
    )
)


@cache
def _naming() -> re.Pattern[str]:
    """A thing (one to three lower-case words after an article or possessive), a verb of naming
    and the name in quotation marks: "a photo series called 'Wil Can Fly'"."""
    verbs = "|".join(re.escape(v) for v in data_lines("en_built_naming.tsv"))
    return re.compile(
        rf"\b(?:[Aa]n?|[Tt]he|[Hh]is|[Hh]er|[Tt]heir)\s((?:[a-z][a-z-]*\s){{0,2}}[a-z][a-z-]*),?\s(?:{verbs})\s"
        rf"[{_OPEN}]([A-Z0-9][^{_OPEN}{_CLOSE}.,;:!?]{{0,40}}?)[{_CLOSE}]"
    )


@cache
def _person_nouns() -> frozenset[str]:
    return frozenset(data_lines("en_person_nouns.tsv"))


def built_title(bullets: list[str], group_texts: list[str], all_texts: list[str], used: set[str], title: str) -> str:
    """`title` as a named work's or the group's person's deed where it is one bullet's side
    detail (see the module's note); else `title`; `used` (casefolded titles given) updated."""
    if not title or "'s " in title or "’s " in title or len(bullets) < MIN_SAYERS:
        return title
    if _sayers(title, bullets) >= MIN_SAYERS or _thing_sayers(title, bullets) >= MIN_SAYERS:
        return title  # generic words too: "Photos" every bullet says is no side detail
    phrase = _work(bullets) or _deed(bullets, all_texts)
    if not phrase or not built_grounded(phrase, group_texts):
        return title
    others = used - {title.casefold()}
    if not _free(phrase, others):
        return title
    return swapped_title(title, phrase, used)


def _free(phrase: str, others: set[str]) -> bool:
    """`titles.free_of` the titles given, but a work's quoted name is one unit: another group's
    "Wil" may stand beside "'Wil Can Fly' Photo Series", not another "Photo Series"."""
    work = re.fullmatch(r"'([^']+)' (.+)", phrase)
    if not work:
        return free_of(phrase, others)
    folded = phrase.casefold()
    return not any(folded in u for u in others) and free_of(work.group(2), others)


def _work(bullets: list[str]) -> str:
    """ "'Name' Thing" of the first bullet that names a thing the group's bullets are about; ''."""
    for bullet in bullets:
        for match in _naming().finditer(bullet):
            thing, name = match.group(1), match.group(2).strip()
            words = name.split()
            if len(words) > MAX_NAME_WORDS or len(words) + len(thing.split()) > MAX_TITLE_WORDS:
                continue
            if not all(w[0].isupper() or w[0].isdigit() or len(w) <= 3 for w in words):
                continue  # a description in quotes ("centipede with a dragon's head"), no name
            if not _CLAUSE_WORDS.isdisjoint(thing.split()):
                continue
            if thing.split()[-1] in _person_nouns() or _thing_sayers(thing, bullets) < MIN_SAYERS:
                continue
            return f"'{name}' {display_title(thing, 'en')}"
    return ""


def _thing_sayers(thing: str, bullets: list[str]) -> int:
    """How many bullets say a word of the thing (its family), generic words too: "photo" is one
    (`_sayers` leaves it out), but the bullets that say it are about the thing."""
    own = {family(w) for w in thing.split() if len(w) > 2}
    return sum(not own.isdisjoint(heard(b)) for b in bullets)


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


def built_grounded(title: str, texts: list[str]) -> bool:
    """Whether a title this module may have made stands on the texts: a work's name and its thing
    as a text writes them together ("photo series called 'Wil Can Fly'"), or a person's deed as
    `en_overview_deed.grounded` reads it. For `bench/brief_checks.py` too."""
    work = re.fullmatch(r"'([^']+)' (.+)", title)
    if not work:
        return "'s " in title and grounded(title, texts)
    name, thing = work.groups()
    return any(
        match.group(2).strip() == name and match.group(1).casefold() == thing.casefold()
        for text in texts
        for match in _naming().finditer(text)
    ) and any(on_word_boundaries(name, t, "en") for t in texts)
