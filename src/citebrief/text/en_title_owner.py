"""An English group title that says who and what happened, where the title the steps before gave
says neither: blind readers of en-cnndm briefs name "Arrest" and "Day" among the worst titles (a
word any story could carry), and mark a phrase one bullet alone says ("Relationships" over a
stalker's jailing, "Ten-year Sexual Offences Prevention Order" over a groomer's sentence) as one
bullet's detail. Two forms, each the overview's "Name's <event>" (`en_overview_deed.grounded`:
the surname as written in the group's paragraphs, the noun as written or as its verb):

- a one-word title that is a noun of what happens to a person (`data/en_named_events.tsv`), which a
  bullet writes after "his"/"her" ("The video of his arrest ...", "Days before her death, Mrs
  Hargreaves sent a fax"), takes the person it belongs to: the one that bullet names (its actor,
  else a person it names with a title or a given name), else the group's bullets' commonest
  actor: "Adeli's Arrest", "Hargreaves's Death";
- a title that one bullet at most of two or more says gives way to what a bullet writes happened
  to a person it names, by a deed verb right after the name ("Cotterill, of Oldbury, was jailed"
  → "Cotterill's Jailing", `en_overview_deed.deed_at`: not a deed it dates to a year or last
  season, nor one it says happened more than once: "has been arrested multiple times" is a
  record). A surname two people of the article share keeps its given name ("Enoch Gaver's Death").

Only where the new title is free of the other titles (the overview's "Britt McHenry's Suspension"
leaves the group's "McHenry's Suspension" unsaid). Runs last of the English title steps.

Tried and left: "his"/"her" an event under a longer title ("Ledbetter's Behavior" of a quoted
"his behavior", "Flay's Split" of another's): the owner of a pronoun in a quote is unsure.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from citebrief.text.calendar_names import DAY_NAMES, MONTH_NAMES
from citebrief.text.chunks import word_list
from citebrief.text.en_actors import is_person, key, named
from citebrief.text.en_chunks import generic_en
from citebrief.text.en_overview_deed import deed_at, deed_words
from citebrief.text.en_overview_event import event_nouns
from citebrief.text.en_title_choice import family, heard
from citebrief.text.lazy_re import LazyPattern
from citebrief.text.titles import display_title, free_of, on_word_boundaries, said_alone, swapped_title

# a capitalized run of one to three words that may be a person's name ("Mrs Hargreaves")
_NAME = LazyPattern(r"(?<![\w'’-])([A-Z][a-z'’-]+(?:\s[A-Z][a-z'’-]+){0,2})(?![\w'’-])")
_WORDS = LazyPattern(r"[a-z]+")
MIN_SAYERS = 2  # bullets that say a title's words for it to name the group's theme
# a deed the bullet says happened more than once, before the news: a record ("has been arrested
# multiple times"), not the event the story tells
_RECORD = LazyPattern(r"\b(?:(?:multiple|several|many|numerous|two|three|four|five) times|twice|repeatedly)\b")


def owner_title(bullets: list[str], group_texts: list[str], all_texts: list[str], used: set[str], title: str) -> str:
    """`title` as whose event it is, or as what happened to a person a bullet names (see the
    module's note); else `title`; `used` updated."""
    if not title or len(bullets) < MIN_SAYERS:
        return title
    phrase = _owned(title, bullets, all_texts)
    deeds = any(not deed_words().isdisjoint(_WORDS.findall(b)) for b in bullets)  # cheap before `sayers`
    if not phrase and deeds and sayers(title, bullets) < MIN_SAYERS:
        phrase = _deed(bullets, all_texts)
    if not phrase or not _grounded(phrase, group_texts) or not _free(phrase, used - {title.casefold()}):
        return title
    return swapped_title(title, phrase, used)


def _free(phrase: str, used: set[str]) -> bool:
    """Free of the titles given, a title that is the person's name alone aside ("Gaver" over the
    overview leaves "Enoch Gaver's Death" to a group: the name with what happened is another)."""
    name = phrase.partition("'s ")[0].casefold()
    return free_of(phrase, {u for u in used if u not in name})


def sayers(title: str, bullets: list[str], generic: bool = False) -> int:
    """How many bullets say a word of the title (its family, as `en_title_shared` counts), a generic
    word ("photo", "day") left out unless `generic`: a work's "Photo Series" counts the bullets that
    say "photos" (`en_title_built`), a title's own words do not."""
    own = {family(w) for w in re.findall(r"[A-Za-z]+", title) if len(w) > 2 and (generic or not generic_en(w))}
    return sum(not own.isdisjoint(heard(b)) for b in bullets)


def _grounded(phrase: str, group_texts: list[str]) -> bool:
    name, _, noun = phrase.partition("'s ")
    return any(on_word_boundaries(name, t, "en") for t in group_texts) and bool(noun)


def _owned(title: str, bullets: list[str], all_texts: Sequence[str]) -> str:
    """The title as "Surname's Title" where the title is one event noun a bullet writes after "his"/"her"; ''."""
    noun = title.lower()
    nouns = event_nouns()
    if " " in title or nouns.get(noun, True):  # not a noun of what happened, or one that needs its "of"
        return ""
    pattern = re.compile(rf"\b(?:his|her)\s{re.escape(noun)}\b")
    owned = next((b for b in bullets if pattern.search(b)), "")
    owner = _owner(owned, bullets, all_texts) if owned else ""
    return f"{owner}'s {title}" if owner else ""


def _owner(bullet: str, bullets: Sequence[str], all_texts: Sequence[str]) -> str:
    """The surname of whose the event is: the bullet's actor, else a person it names, else the
    actor most of the group's bullets have; '' where none is a person."""
    own = _person(named(bullet), all_texts)
    if own:
        return own
    for match in _NAME.finditer(bullet):
        found = _person(match.group(1), all_texts)
        if found:
            return found
    actors = Counter(k for k in (_person(named(b), all_texts) for b in bullets) if k)
    return actors.most_common(1)[0][0] if actors else ""


def _person(name: str, all_texts: Sequence[str]) -> str:
    """The surname of `name` where the article writes it as a person's (`en_actors.is_person`:
    a title or a given name before it), not a first name alone read as some surname: '' else."""
    return key(name) if name and is_person(name, all_texts) else ""


def _deed(bullets: list[str], all_texts: Sequence[str]) -> str:
    """The title "Surname's Noun" of the first deed a bullet writes of a person it names, where
    that bullet leads the group or the person is named in two bullets or more (what happened
    to someone one later bullet names is that bullet's detail: "Ramsey's Absence" over a group
    on a team-mate's contract); ''. The name is the capitalized run the bullet writes ("On
    Wednesday Adeli", "Enoch Gaver"), so a surname is never read alone as the end of another's."""
    for at, bullet in enumerate(bullets):
        if _RECORD.search(bullet) or not deed_words().intersection(_WORDS.findall(bullet)):
            continue
        for match in _NAME.finditer(bullet):
            noun = deed_at(bullet, match.start(), match.end())
            surname = _person(match.group(1), all_texts) if noun else ""
            if not surname or not match.group(1).endswith(surname):
                continue
            if at == 0 or sum(said_alone(surname, b) for b in bullets) >= MIN_SAYERS:
                return f"{_whole(match.group(1), surname, all_texts)}'s {display_title(noun, 'en')}"
    return ""


# capitalized words before a surname that are no given name ("On Wednesday Adeli")
_NOT_GIVEN = frozenset(
    [
        *DAY_NAMES,
        *MONTH_NAMES,
        *word_list("The A An On In At After Before When While As If This That Mr Mrs Ms Miss Dr Sir Lady Lord"),
    ]
)
_GIVEN = LazyPattern(r"(?<![\w'’-])([A-Z][a-z]+) ([A-Z][a-z'’-]+)(?![\w'’-])")


def _whole(written: str, surname: str, all_texts: Sequence[str]) -> str:
    """The surname, or the given name and the surname as the bullet writes them where the article
    gives that surname to two people ("Enoch Gaver" and "David Gaver")."""
    words = written.split()
    if len(words) < 2 or words[-1] != surname:
        return surname
    given = given_names(surname, all_texts)
    return f"{words[-2]} {surname}" if len(given) > 1 and words[-2] in given else surname


def given_names(surname: str, all_texts: Sequence[str]) -> set[str]:
    """The given names the article writes right before `surname` ("Enoch" and "David" of Gaver):
    where there are two or more, the surname alone does not say whom. A weekday, month, sentence
    opener or title ("On Gaver", "Mr Gaver") is none."""
    return {m.group(1) for t in all_texts for m in _GIVEN.finditer(t) if m.group(2) == surname} - _NOT_GIVEN
