"""An English group of two or more named people's quotes, titled by their surnames ("Crosby and
Mills"), where the title steps left one word lifted from a quote that names none of them: a match
report closes on both managers' words ("Gateshead manager Malcolm Crosby told BBC Newcastle: '…'",
"'… that made the big difference.'", "Wrexham manager Gary Mills told …"), and "Difference" of
one quote names neither the speakers nor what they speak of; a sub-editor titles the run by who speaks.

Read of the group's bullets: each opens on a named speaker before a verb of saying
(`en_title_reaction.speaker`), or is a bare quotation ("'In the first half, …'") carrying on the
speaker of the bullet before it; the first is named, `MIN_SPEAKERS` different people at least
(`en_actors.is_person`), each a bullet of their own. A title naming one of them stays.

Read over en-xsum and en-cnndm (400 briefs): the one such group is en-xsum 138's ("Difference").

`speakers_grounded` grounds the title for `bench/brief_checks.py` (through
`en_overview_deed.grounded`): every surname written on word boundaries before a verb of saying
(an apposition between at most) in the group's paragraphs.
"""

from __future__ import annotations

import re

from citebrief.text.en_actors import is_person
from citebrief.text.en_title_reaction import speaker
from citebrief.text.speech_verbs_en import alternation
from citebrief.text.titles import display_title, free_of, swapped_title

MIN_SPEAKERS = 2  # different named people, each with a bullet of their own words
_OPEN_QUOTE = ("'", "‘", '"', "“")
_JOINS = re.compile(r", | and ")


def speakers_title(bullets: list[str], group_texts: list[str], all_texts: list[str], used: set[str], title: str) -> str:
    """`title`, or the speakers' surnames joined by "and" where `title` is one word naming none of
    them and the group is their quotes (see the module's note); `used` updated."""
    if not title or " " in title.strip():
        return title
    names = group_speakers(bullets, all_texts)
    if len(names) < MIN_SPEAKERS or title.casefold() in {n.casefold() for n in names}:
        return title
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
        named = speaker(bullets, at)
        if named:
            if not is_person(named, all_texts):
                return []
            last = named
        elif not (last and bullet.startswith(_OPEN_QUOTE)):
            return []
        if last not in names:
            names.append(last)
    return names


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
    """`name` on word boundaries before a verb of saying, an apposition or an adverb between at most."""
    if not name or not name[:1].isupper():
        return False
    pattern = re.compile(
        rf"(?<![\w'’-]){re.escape(name)}(?:,\s[^,‘“\"]{{1,80}},)?\s(?:[a-z]+ly\s|also\s)?{alternation('quoted')}\b"
    )
    return any(pattern.search(t) for t in texts)
