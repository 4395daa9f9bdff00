"""Whom an English bullet's opening "He"/"She" means where the bullet above it in its group is led by
someone else, a reader taking the pronoun from there: read by `cited_points`, which names the person in
brackets. (A move of such a bullet to its person's group, s123c's `en_pronoun_homes`, moved no brief of
en-cnndm/en-xsum 0–199 and was left out.)

"He returned in time to unsuccessfully defend his US PGA title …" (McIlroy's ankle and comeback)
stood in the key points right under "France's Dubuisson carded a 67 …", and a reader took the He for
Dubuisson, the most misleading bullet of its brief (en-xsum 89). A wrong referent is worse than none,
so the writer's person is read only where sure (`writers_person`): the sentences before the bullet's
own, read back (`en_actors.BACK`), first name someone as a sentence's actor (`en_actors.named`, a
page's share bar glued before it left out: "McIlroy was level par …"), in capitals and no body's
word, every sentence between naming no one and speaking of him in the pronoun's own words ("But he
hit back …", "… in his left ankle …") and of no one else (no she, her, they); a sentence naming no
one nor speaking of him ends the read, as does a quotation left open. And that name is a person's:
one the article writes with a given name or title (`en_actors.is_person`), or a surname that leads
two of its sentences or more as their actor and is never written in lower case ("Having averaged
…, he then got his break …" leads one: no one is "Having", en-xsum 31).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from citebrief.engines.en_pronoun_speakers import opening_sentence, title_fits
from citebrief.engines.scored import Scored
from citebrief.model import Point
from citebrief.text.en_actors import BACK, is_person, key, named
from citebrief.text.en_non_persons import body_word
from citebrief.text.en_page_furniture import without_leading_furniture
from citebrief.text.lazy_re import LazyPattern
from citebrief.text.quote_fragments import closes_quote, open_marks, quotation_tail
from citebrief.text.speaker_label import named_in_place

LEADS_AT_LEAST = 2  # sentences a bare surname leads, at least, to be read as a person's
# the bullet: He or She as the subject of a verb
PRONOUN_SUBJECT = LazyPattern(r"^(He|She) (?=[a-z])")
# a sentence speaking of the person in the pronoun's words, and of someone else
_OWN_WORDS = {
    "He": LazyPattern(r"\b(?:[Hh]e|[Hh]im|[Hh]is|[Hh]imself)\b"),
    "She": LazyPattern(r"\b(?:[Ss]he|[Hh]er|[Hh]erself)\b"),
}
_OTHERS = {
    "He": LazyPattern(r"\b(?:[Ss]he|[Hh]er|[Hh]erself|[Tt]hey|[Tt]hem|[Tt]heir)\b"),
    "She": LazyPattern(r"\b(?:[Hh]e|[Hh]im|[Hh]is|[Hh]imself|[Tt]hey|[Tt]hem|[Tt]heir)\b"),
}
_CAPITALISED_NAME = LazyPattern(r"^[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)*$")


def writers_person(scored: Scored, i: int, pronoun: str) -> tuple[str, int] | None:
    """The person (as named: "McIlroy") the `pronoun` ("He"/"She") opening sentence `i` stands for,
    and the sentence naming them; None where unsure (module doc)."""
    sentences = [without_leading_furniture(unit.text) for unit in scored.units]
    for j in range(i - 1, max(i - BACK, 0) - 1, -1):
        if open_marks(sentences[j]) and not (quotation_tail(sentences[j]) or closes_quote(sentences[j])):
            return None  # a quotation open before it: its He may be one the speaker speaks of
        if _OTHERS[pronoun].search(sentences[j]):
            return None  # someone else spoken of between
        said = named(sentences[j])
        if said in ("He", "She") or not said:
            if not _OWN_WORDS[pronoun].search(sentences[j]):
                return None  # "The weather was fine": the thread may have turned
            continue
        return (said, j) if _a_person(said, sentences) and title_fits(said, pronoun) else None
    return None


def _a_person(said: str, sentences: Sequence[str]) -> bool:
    """Whether the actor `said` is a person's name (module doc)."""
    if not _CAPITALISED_NAME.match(said) or body_word(key(said)):
        return False
    if is_person(said, sentences):
        return True
    surname = key(said)
    lower = re.compile(rf"\b{re.escape(surname.lower())}\b")
    leads = sum(key(named(sentence)) == surname for sentence in sentences)
    return " " not in surname and leads >= LEADS_AT_LEAST and not any(lower.search(s) for s in sentences)


def led_by_other(text: str, person: str) -> bool:
    """Whether the bullet `text` is led by an actor other than `person` and does not name `person`."""
    said = named(without_leading_furniture(text))
    return (
        bool(said)
        and said not in ("He", "She")
        and bool(_CAPITALISED_NAME.match(said))
        and key(said) != key(person)
        and key(person) not in text
    )


def misread(scored: Scored, i: int, text: str, before: str | None) -> tuple[re.Match[str], str, int] | None:
    """The He/She `text` (sentence `i`'s bullet) opens on, the person it stands for and the sentence
    naming them, where the bullet `before` it in its group is led by someone else; None otherwise."""
    pronoun = PRONOUN_SUBJECT.match(text)
    if pronoun is None or before is None or scored.lang != "en":
        return None
    found = writers_person(scored, i, pronoun.group(1))
    if found is None or not led_by_other(before, found[0]):
        return None
    return pronoun, found[0], found[1]


def named_misread_en(
    scored: Scored, i: int, text: str, points: Sequence[Point], everywhere: frozenset[int]
) -> tuple[str, int] | None:
    """`text`, sentence `i`'s bullet under `points` in its group, with the writer's person in brackets
    in place of the He/She a reader would take from the bullet before (module doc), and the paragraph
    naming that person; None where the bullet before names no one else, the person is unsure, or no
    other bullet of the brief (`everywhere`: its sentences) names them."""
    if not points or opening_sentence(scored, i, text) != i:
        return None
    found = misread(scored, i, text, points[-1].text)
    if found is None or not any(key(found[1]) in scored.trimmed[k] for k in everywhere if k != i):
        return None
    pronoun, person, j = found
    return named_in_place(person, text[pronoun.end() :]), scored.units[j].paragraph
