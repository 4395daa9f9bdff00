"""An English group of two or more named people's quotes, titled by their surnames ("Crosby and
Mills"), where the title steps left one word lifted from a quote that names none of them: a match
report closes on both managers' words ("Gateshead manager Malcolm Crosby told BBC Newcastle: '…'",
"'… that made the big difference.'", "Wrexham manager Gary Mills told …"), and "Difference" of
one quote names neither the speakers nor what they speak of; a sub-editor titles the run by who speaks.

Read of the group's bullets: each opens on a named speaker before a verb of saying
(`en_title_reaction.speaker`), or is a bare quotation ("'In the first half, …'") carrying on the
speaker of the bullet before it, or the rest of a quotation the bullet before it left open; the
first is named, `MIN_SPEAKERS` different people at least (`en_actors.is_person`), each a bullet of
their own. A bullet may name its speaker before a colon
("Australia spinner Nathan Lyon: 'We're definitely still in it.'"), as end-of-match quote runs do.

A title naming one of them in a word stays. A title that is one speaker's full name alone
("Nathan Lyon") over both sides' words does not: blind readers mark a bare name over a group not
about that person, and a sub-editor writes "Lyon and Bell" (en-xsum 109). A full name of no
speaker (whom they speak of) stays.

Read over en-xsum and en-cnndm (400 briefs): such groups are en-xsum 138's ("Difference") and 109's
("Nathan Lyon"). Left: en-xsum 142's "Tony Smith", whose first bullet names its speaker only once
rendered ("[Denis Betts said:]"), none at title time.

`speakers_grounded` grounds the title for `bench/brief_checks.py` (through
`en_overview_deed.grounded`): every surname written on word boundaries before a verb of saying
(an apposition between at most) in the group's paragraphs.
"""

from __future__ import annotations

import re

from citebrief.text.en_actors import is_person, key
from citebrief.text.en_title_reaction import speaker
from citebrief.text.lazy_re import LazyPattern
from citebrief.text.speech_verbs_en import alternation
from citebrief.text.titles import display_title, free_of, swapped_title

MIN_SPEAKERS = 2  # different named people, each with a bullet of their own words
_OPEN_QUOTE = ("'", "‘", '"', "“")
_JOINS = re.compile(r", | and ")
_NAME = r"(?:[A-Z][\w.'’-]*\s){0,3}[A-Z][\w.'’-]*"
# a bullet opening on its speaker, a role before the name at most, then a colon and a quotation:
# "England batsman Ian Bell: \"There are no gimmes …\"", "Warrington coach Tony Smith:\"Widnes …\""
_COLON_SPEAKER = LazyPattern(rf"^(?:[\w.'’-]+\s){{0,4}}?({_NAME}):\s?[\"“‘']")


def speakers_title(bullets: list[str], group_texts: list[str], all_texts: list[str], used: set[str], title: str) -> str:
    """`title`, or the speakers' surnames joined by "and" where `title` is one word naming none of
    them and the group is their quotes (see the module's note); `used` updated."""
    outlet = _told_outlet(title, bullets)
    if not title or (" " in title.strip() and not outlet and not _one_speakers_name(title, all_texts)):
        return title
    names = group_speakers(bullets, all_texts)
    if len(names) < MIN_SPEAKERS or title.casefold() in {n.casefold() for n in names}:
        return title
    if " " in title.strip() and not outlet and key(title) not in names:
        return title  # a full name of none of the speakers: whom they speak of
    phrase = joined(names)
    if not free_of(phrase, used - {title.casefold()}) or not speakers_grounded(phrase, group_texts):
        return title
    return display_title(swapped_title(title, phrase, used), "en")


def group_speakers(bullets: list[str], all_texts: list[str]) -> list[str]:
    """The speakers (their surnames, in order) of a group whose every bullet is a named person's
    words or a bare quotation carrying on the bullet before it; [] for any other group."""
    names: list[str] = []
    last = ""
    for at, bullet in enumerate(bullets):
        colon = _COLON_SPEAKER.match(bullet)
        named = speaker(bullets, at) or (key(colon.group(1)) if colon else "")
        if named:
            if not is_person(named, all_texts):
                return []
            last = named
        elif not (last and (bullet.startswith(_OPEN_QUOTE) or _left_open(bullets[at - 1]))):
            return []
        if last not in names:
            names.append(last)
    return names


def _left_open(bullet: str) -> bool:
    """A bullet whose double quotation runs on into the next sentence ("Nathan Lyon: \"We're definitely
    still in it." before "If we bat two days …\""): its quotation marks left open."""
    return bullet.count('"') % 2 == 1 or bullet.count("“") > bullet.count("”")


def _told_outlet(title: str, bullets: list[str]) -> bool:
    """`title` is the outlet a bullet's speaker told ("… told BBC Newcastle: '…'"): it names
    neither the speakers nor what they speak of (en-xsum 138's managers' words, s153e)."""
    return " " in title.strip() and any(f"told {title}" in bullet for bullet in bullets)


def _one_speakers_name(title: str, all_texts: list[str]) -> bool:
    """`title` is a person's name alone, of two words or more ("Nathan Lyon"): no possessive, no
    "and"/"on" phrase of an earlier step."""
    if "'" in title or "’" in title or " and " in title or " on " in title:
        return False
    return is_person(title, all_texts)


def joined(names: list[str]) -> str:
    """ "A and B", "A, B and C"."""
    return ", ".join(names[:-1]) + " and " + names[-1]


def speakers_grounded(subject: str, texts: list[str]) -> bool:
    """Whether a title this module may have made stands on the paragraphs' words: two names or more
    joined by "and", each written before a verb of saying."""
    names = _JOINS.split(subject)
    if len(names) < MIN_SPEAKERS or " and " not in subject:
        return False
    return all(_says(name, texts) for name in names)


def _says(name: str, texts: list[str]) -> bool:
    """`name` on word boundaries before a verb of saying, an apposition or an adverb between at most,
    or before a colon that opens a quotation ("Ian Bell: \"There are …\"")."""
    if not name or not name[:1].isupper():
        return False
    pattern = re.compile(
        rf"(?<![\w'’-]){re.escape(name)}(?:(?:,\s[^,‘“\"]{{1,80}},)?\s(?:[a-z]+ly\s|also\s)?{alternation('quoted')}\b"
        rf"|:\s?[\"“‘'])"
    )
    return any(pattern.search(t) for t in texts)
