"""An English group title that names what one person said, where the group is that person's
words: blind readers of en-cnndm briefs mark a person's name alone over what the person did
("Carlo Ancelotti" over his warning to his players) and a phrase one bullet says ("Sexual
Assault" over a doctor's account that he never touched a nurse, "Cameron's Mantra" over an MP's
warning) as titles that do not say what the group is about; a headline names the saying:
"Ancelotti's Warning", "Manohar's Denial", "Nurse B's Allegations", "Hall's Warning". The
overview has the same form for what happened to its subject (`en_overview_deed.py`); this is
its group's form for what a person said.

Read of a group's bullets (sentences of a news article) and its cited paragraphs:

- the title stands unless it is weak: a person's name alone, or a phrase whose words (less a
  possessor's name) one bullet at most says; a word a bullet writes in lower case ("Absenteeism"),
  or the change in it `en_title_widened` made of it ("Rise in Absenteeism"), and an event's noun
  after a possessive ("Adeli's Arrest") stand;
- a bullet writes a verb of saying (`data/en_named_deeds.tsv`'s "said" rows: "warned" →
  "warning", "denies" → "denial") right after a person's name, its appositive (", of Barnston,
  Wirral,"), an auxiliary or "also" ("Ancelotti has warned", "Mr Scott also claimed that"), or
  after ", who" ("his father, Jimmie Scott, who complained"); not after "He" (whose is unsure),
  not negated ("has not denied": nothing may stand between);
- that person owns half the group's bullets or more (their actor or the one person they name,
  `en_actors.actor`, or a bullet that writes their saying and has no other actor), counting a
  bullet that is an unattributed quote or "He said" and one that only reports an allegation
  ("Perry is alleged to have told students") as theirs, and no one else owns as many: "as a
  livid Carver promised his men would" in a sentence on what Neville said is no group of his;
- the title "Surname's Noun" is free of the titles given (a name alone aside: "Manohar's Denial"
  under "Dr Ram Manohar"), and the name stands in the group's paragraphs (`bench/brief_checks.py`
  grounds the noun by its verb, as the overview's).
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache

from citebrief.text.calendar_names import DAY_NAMES, MONTH_NAMES
from citebrief.text.en_actors import actor, is_person, is_person_title, person_key
from citebrief.text.en_overview_deed import said_deeds
from citebrief.text.en_overview_event import event_nouns
from citebrief.text.en_title_majority import sayers
from citebrief.text.en_title_widened import change_in
from citebrief.text.lazy_re import LazyPattern
from citebrief.text.titles import display_title, free_of, on_word_boundaries, said_alone, swapped_title

MIN_SHARE = 0.5  # of the group's bullets the person's, at least
MIN_BULLETS = 2
MAX_SAYERS = 1  # bullets that say a weak title's words, at most
WILD = "?"  # a bullet anyone's words may be: an unattributed quote, "He said"

# a capitalized run ending a name, the name's last word captured ("Mr Scott", "Nurse B")
_NAME = LazyPattern(r"(?<![\w'’-])((?:[A-Z][\w'’.-]*\s){0,3}[A-Z][\w'’-]*)(?![\w'’-])")
_NOT_GIVEN = frozenset({*DAY_NAMES, *MONTH_NAMES, "The", "A", "An", "On", "In", "At", "After", "When", "While"})
_OPEN_QUOTE = ("'", "‘", '"', "“")
_PRONOUN_SAID = LazyPattern(r"^(?:He|She)\s(?:said|says|added|told|explained|continued)\b")
# a bullet that only reports what someone is said to have done: what the saying was about
_ALLEGED = LazyPattern(r"\s(?:is|was|are|were)\s(?:alleged|said|accused|reported|claimed)\s(?:to|of)\b")
_AUXILIARY = r"(?:(?:has|have|had|also|then|later|has\salso|had\salso)\s)?"
_APPOSITIVE = r"(?:\s\([^()]{1,30}\))?(?:(?:,\s[^,.;:!?]{1,60}){1,2},)?"


@cache
def _verbs() -> re.Pattern[str]:
    """What may follow a name for its saying: the appositive and auxiliary, or ", who"; the verb
    captured (`said_deeds`, longest first)."""
    verbs = sorted(said_deeds(), key=len, reverse=True)
    alternation = "|".join(r"\s".join(map(re.escape, verb.split())) for verb in verbs)
    return re.compile(rf"(?:{_APPOSITIVE}\s{_AUXILIARY}|,?\swho\s{_AUXILIARY})({alternation})(?![\w'’-])")


def group_deed_title(
    bullets: list[str], group_texts: list[str], all_texts: list[str], used: set[str], title: str
) -> str:
    """`title`, or "Surname's Noun" of what the person whose words the group is said (see the
    module's note); `used` updated."""
    if len(bullets) < MIN_BULLETS or not title or not _weak(title, bullets, all_texts):
        return title
    article = [*all_texts, *bullets]
    owners = [_owner(bullets, k, article) for k in range(len(bullets))]
    sayings = _sayings(bullets, article)
    for at, who, _, _ in sayings:  # a bullet that writes what someone said is theirs, whoever else it
        if not person_key(actor(bullets, at), article):  # names, unless it tells of another ("Neville
            owners[at] = who  # was at the Stadium and, rather than prove him wrong as Carver promised ...")
    for _, who, written, noun in sayings:
        if not _owns(who, owners, len(bullets)):
            continue
        phrase = f"{_whole(written, who, all_texts)}'s {display_title(noun, 'en')}"
        names = {u for u in used if u in who.casefold()}
        if not free_of(phrase, used - names - {title.casefold()}):
            continue
        if not any(on_word_boundaries(who, t, "en") for t in group_texts):
            continue
        return swapped_title(title, phrase, used)
    return title


def _weak(title: str, bullets: list[str], all_texts: list[str]) -> bool:
    """A person's name alone, or a phrase one bullet at most says less its possessor; not a word
    a bullet writes in lower case, nor an event's noun after a possessive."""
    _, mark, rest = title.partition("'s ")
    if not mark:
        rest = title
    words = rest.split()
    if mark and words and event_nouns().get(words[-1].lower()) is not None:
        return False  # "Adeli's Arrest": whose event it is
    if not mark and is_person(title, all_texts):
        return True  # "Elton" alone, though a bullet names him: who, not what
    matter = title if " " not in title else change_in(title)  # "Rise in Absenteeism" too
    if matter and any(on_word_boundaries(matter.lower(), b, "en") for b in bullets):
        return False  # "Absenteeism": the matter a bullet names
    return sayers(rest, bullets) <= MAX_SAYERS


def _owner(bullets: list[str], at: int, article: list[str]) -> str:
    """Whose bullet `at` is: its actor's key where a person, else the one person it names;
    `WILD` for an unattributed quote, "He said" or a report of an allegation; '' else."""
    bullet = bullets[at]
    if _ALLEGED.search(bullet):
        return WILD
    own = person_key(actor(bullets, at), article)
    if own:
        return own
    if bullet.startswith(_OPEN_QUOTE) or _PRONOUN_SAID.match(bullet):
        return WILD
    outside = re.sub(r"['‘\"“][^'’\"”]*['’\"”]", " ", bullet)
    named = {person_key(m.group(1), article) for m in _NAME.finditer(outside)} - {""}
    return named.pop() if len(named) == 1 else ""


def _owns(who: str, owners: list[str], size: int) -> bool:
    """Half the bullets or more are `who`'s (or anyone's), and no one else owns as many."""
    counts = Counter(o for o in owners if o and o != WILD)
    mine = counts.get(who, 0)
    if not mine or mine + owners.count(WILD) < max(MIN_BULLETS, MIN_SHARE * size):
        return False
    return all(n < mine for other, n in counts.items() if other != who)


def _sayings(bullets: list[str], article: list[str]) -> list[tuple[int, str, str, str]]:
    """Each saying a bullet writes, in the bullets' order: the bullet's index, the person's key,
    the name as written and the noun of what they said."""
    found: list[tuple[int, str, str, str]] = []
    deeds = said_deeds()
    pattern = _verbs()
    for at, bullet in enumerate(bullets):
        for match in _NAME.finditer(bullet):
            said = pattern.match(bullet, match.end())
            if said is None:
                continue
            who = person_key(match.group(1), article)
            if who and said_alone(who, bullet):
                found.append((at, who, match.group(1), deeds[re.sub(r"\s+", " ", said.group(1))]))
    return found


_GIVEN = LazyPattern(r"(?<![\w'’-])([A-Z][a-z]+) ([A-Z][\w'’-]+)(?![\w'’-])")


def _whole(written: str, who: str, all_texts: list[str]) -> str:
    """The surname `who`, or the given name and surname as written where the article gives the
    surname to two people ("Brenda Burns" beside "Joshua Burns")."""
    words = written.split()
    if len(words) < 2 or words[-1] != who or " " in who:
        return who
    given = {m.group(1) for t in all_texts for m in _GIVEN.finditer(t) if m.group(2) == who}
    given = {g for g in given if not is_person_title(g) and g not in _NOT_GIVEN}
    return f"{words[-2]} {who}" if len(given) > 1 and words[-2] in given else who
