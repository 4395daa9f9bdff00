"""An English group titled by a surname alone ("Ramsey", "Rode") takes the full name its cited
paragraphs write ("Chris Ramsey", "Sebastian Rode"): a group title is read on its own, and a bare
surname there reads as a fragment a sub-editor would not print (blind readers of en-cnndm marked
bare-name titles down), while the paragraphs under it say who he is ("QPR boss Chris Ramsey").
Such titles come from the actor regrouping (`engines/en_actor_groups.py`, "the fullest form of
the name its bullets write", which may be the surname where the full name sits in a sentence
that later moved to another group) and from the title steps ("the name more bullets say").
Tried: letting the title steps' answer replace the actor regrouping's name; there it names one
detail of the person ("Tottenham Assistant" for a manager's former post), not what the group
holds, so the name stays and is only written in full. A given name alone is `en_title_given_name`'s.

Read of an English news group's cited paragraphs: the title is one capitalized word; a paragraph
writes it right after one other capitalized word that is no person's title ("Mr", "Nurse") and
does not open a sentence ("Yesterday Ramsey"), and the article writes that pair as a person's
name (`en_actors.is_person`). The pair written most (the first of equals) is the title, where no
other group's title is it already; a surname no paragraph writes in full stays as it is.
Tried: the article's one full name of that surname where the cited paragraphs write none
("Evander Holyfield" of a group whose paragraphs say "Holyfield" only); the title is then a phrase
its group does not write, which `bench/brief_checks.py` counts as a fault, so it was dropped.

An overview title (`overview_family`) is grounded in the whole article: a surname alone there is
"Gaver Family" where the article writes the family so ("the Gaver family", "the Gavers") and names
two of its members or more ("Enoch Gaver", "David Gaver"), as a story about a family band is.
Tried: also writing an overview's surname as the article's one full name of it; in 200 en-cnndm
articles it met only "Carrion-Moore", whose overview a later step already retitles by the lead's
own words ("Florida Woman", `en_overview_opener`), so it was dropped. A given name alone ("Nigel"
of a poll of men so named) is no surname and stays.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from citebrief.text.en_actors import is_person, is_person_title
from citebrief.text.en_written_at import word_after, word_before
from citebrief.text.lazy_re import LazyPattern

_WORD = LazyPattern(r"[A-Z](?:[a-z]|['’-][A-Z])*[a-z]")
_SENTENCE_END = ".!?:;'\"‘’“”()[]"  # a word after these (and a space) may open a sentence or quotation


def full_surname_title(title: str, cited: Sequence[str], sentences: Sequence[str], used: set[str]) -> str:
    """`title` (a surname alone) as the full name the group's `cited` paragraphs write, where
    the article's `sentences` write that name as a person's and no other group's title is it
    (`used`, lower case; the full name is added to it); `title` unchanged otherwise."""
    if not _WORD.fullmatch(title):
        return title
    for first, _ in _given_names(title, cited).most_common():
        name = f"{first} {title}"
        if name.casefold() not in used and is_person(name, sentences):
            used.add(name.casefold())
            return name
    return title


def overview_family(subject: str, texts: Sequence[str], used: set[str]) -> str:
    """An English overview's `subject` (a surname alone) as the family the article's `texts` write
    ("Gaver Family"); `subject` unchanged otherwise."""
    if not _WORD.fullmatch(subject) or len(_given_names(subject, texts)) < 2:
        return subject
    family = re.compile(rf"\b[Tt]he {re.escape(subject)}(?: family\b|s\b)")
    name = f"{subject} Family"
    if sum(len(family.findall(text)) for text in texts) < 2 or name.casefold() in used:
        return subject
    used.add(name.casefold())
    return name


def _given_names(surname: str, texts: Sequence[str]) -> Counter[str]:
    """How often `texts` write each capitalized word right before `surname`, where that word does
    not open a sentence and is no person's title ("Mr")."""
    return Counter(
        text[start:at]
        for text in texts
        for start, at in _words_before(surname, text)
        if text[:start].rstrip()[-1:] not in ("", *_SENTENCE_END) and not is_person_title(text[start:at])
    )


def _words_before(surname: str, text: str) -> list[tuple[int, int]]:
    r"""(start, end) of each capitalized word right before `surname` (itself one such word), as
    ``(?<![\w'’-])(WORD) SURNAME(?![\w'’-])`` finds them, with no pattern compiled per surname
    (see en_written_at): a word there starts where its run of word characters does."""
    found: list[tuple[int, int]] = []
    done = 0  # where the last place ends
    at = text.find(" " + surname)
    while at >= 0:
        end = at + 1 + len(surname)
        start = at
        while start > 0 and word_before(text, start):
            start -= 1
        if start >= done and not word_after(text, end) and _WORD.fullmatch(text, start, at):
            found.append((start, at))
            done = end
        at = text.find(" " + surname, at + 1)
    return found
