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
An overview's surname alone is the article's one full name of it (`overview_full_name`): "Fawzi
al-Odah" for "Odah" (a particle joined by a hyphen stays with the surname), where the article
writes one given name before the surname and no other, as a person's name (`en_actors.is_person`):
a word the lexicon does not know (not "Reclaiming Mozart", a concert series) and not before a
third capitalized word ("J Craig Venter Institute" names no "Craig Venter"); and where the
overview's bullets write that full name: a name only the bullets it gives up wrote leaves it to
be titled again from those it keeps (`cover_steps.says_title`: "Florida Woman" of "A Florida
woman is facing charges", not "Beatrize Carrion-Moore" of a bullet now in a theme). Two given
names ("Barry John Pring" and his mother "Irene Pring") say nothing of whom the surname is: it
stays. It runs before the overview's deed steps, so the full name may take what happened to it.
Of 200 en-cnndm and 200 en-xsum articles it retitles one ("Odah", en-xsum 71): most en-xsum
surnames have no full name left to find (the article's first sentence, which gives it, is the
summary the set takes away). A given name alone ("Nigel" of a poll of men so named) is no surname and stays.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from citebrief.text.en_actors import is_person, is_person_title
from citebrief.text.en_chunks import function_word_en, word_classes
from citebrief.text.en_written_at import word_after, word_before
from citebrief.text.latin_letters import LOWER, UPPER
from citebrief.text.lazy_re import LazyPattern
from citebrief.text.titles import on_word_boundaries

_WORD = LazyPattern(rf"[{UPPER}](?:[{LOWER}]|['’-][{UPPER}])*[{LOWER}]")
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


# a given name, a space and a surname (its particle joined by a hyphen, "al-Odah"), read at every
# start (zero width) so that "Sir Chris Hoy" gives "Chris Hoy" too; accented letters count ("Jörg")
_FULL_NAME = LazyPattern(
    rf"(?<![\w'’-])(?=([{UPPER}][{LOWER}]+(?:-[{UPPER}][{LOWER}]+)?) "
    rf"((?:[a-z]{{1,3}}-)?([{UPPER}][\w'’-]*[{LOWER}]))(?![\w'’-]))"
)


def overview_full_name(subject: str, bullets: Sequence[str], texts: Sequence[str], used: set[str]) -> str:
    """An English overview's `subject` (a surname alone) as the one full name the article's
    `texts` write of it ("Fawzi al-Odah"), where the overview's `bullets` write it too; `subject`
    unchanged where they write none or two."""
    if not _WORD.fullmatch(subject) or is_person_title(subject):
        return subject
    names: set[str] = set()
    for text in texts:
        for match in _FULL_NAME.finditer(text):
            end = match.end(2)
            if match.group(3) != subject or not _given_word(match.group(1)) or _CAPITAL_AFTER.match(text, end):
                continue  # "Craig Venter Institute" is a body's name
            names.add(f"{match.group(1)} {match.group(2)}")
    if len(names) != 1:
        return subject
    name = names.pop()
    if name.casefold() in used or not any(on_word_boundaries(name, b, "en") for b in bullets):
        return subject
    if not is_person(name, texts):
        return subject
    used.discard(subject.casefold())
    used.add(name.casefold())
    return name


_CAPITAL_AFTER = LazyPattern(r" [A-Z]")


def _given_word(word: str) -> bool:
    """A word that may be a given name, even where it opens a sentence ("Fawzi al-Odah, 37, was
    released"): one the lexicon does not know ("Reclaiming Mozart" is a concert series, "Yesterday
    Venter" a sentence) and no function word ("But Evans") nor person's title."""
    lower = word.lower()
    return not word_classes(lower) and not function_word_en(lower) and not is_person_title(word)


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
