"""A group's head that is a quotation closed on its speaker as a pronoun or an age ('"…," he told
MUTV', '"…," said the 24-year-old'), where the bullet printed right above it is not the writer's
sentence right before it: the speaker's name in brackets, in the pronoun's place ('"…," [Juan Mata]
told MUTV') or after the age ('"…," said the 24-year-old [Washington]').

A group's head has no bullet of its own to lean on, and the reader takes its "he" or "the
24-year-old" from whoever the bullet above names last: en-xsum 31's second group opened on '"The last
few months have been a crazy time …," said the 24-year-old' under a bullet ending on "Northern Ireland
manager Michael O'Neill", and readers marked it dangling. `en_tail_speakers` reads a name only from
the sentence right before, with the name as a verb's subject ("Washington, a postman just four years
ago, followed …" is none), and `en_pronoun_speakers` only a bullet opening on the pronoun. Here the
name is read as `en_pronoun_speakers.pronoun_person` reads it for "He said …" (the nearest sentence
before with one person as its actor, given up where unsure); an age tells no sex, so it is read both
as He and as She and kept only where the two agree. Where the bullet printed right above is the
sentence right before (en-cnndm 36: "… NASA chief scientist Ellen Stofan said Tuesday …" then '"We
know where to look …," she said'), the reader has the name there and the bullet stays.
"""

from __future__ import annotations

from collections.abc import Sequence

from citebrief.engines.en_pronoun_speakers import opening_sentence, people_named, pronoun_person
from citebrief.engines.scored import BEFORE, Scored, neighbour_in_reach
from citebrief.model import Point
from citebrief.text.en_actors import key, named
from citebrief.text.en_non_persons import not_a_person
from citebrief.text.lazy_re import LazyPattern
from citebrief.text.speaker_label import named_after_quote
from citebrief.text.speech_verbs_en import TablePattern, alternation

_OPENS_QUOTE = LazyPattern(r"^['‘\"“]")
# the quotation's close and its speaker as a pronoun: '…," he told MUTV'
_PRONOUN_TAIL = TablePattern(lambda: rf"[,!?]['’\"”] (?P<pronoun>he|she) (?={alternation('quoted')}\b)")
# or as an age, after the verb or before it: '…," said the 24-year-old', '…," the 33-year-old added'
_AGE_TAIL = TablePattern(
    lambda: (
        rf"[,!?]['’\"”] (?:(?:{alternation('quoted')}) the (?P<after>\d{{1,3}}-year-old)\b"
        rf"|the (?P<before>\d{{1,3}}-year-old) (?=(?:{alternation('quoted')})\b))"
    )
)
# a name of one to three capitalised words: "Washington", "Ellen Stofan"
_NAME = LazyPattern(r"[A-Z][a-z'’-]+(?: [A-Z][a-z'’-]+){0,2}")


def named_head_tail_en(
    scored: Scored, i: int, text: str, points: Sequence[Point], above: int | None
) -> tuple[str, int] | None:
    """`text`, the bullet of sentence `i`, with its closing speaker named in brackets, and the
    paragraph naming them; None where it is no group's head (`points`: the bullets before it) or no
    such quotation, the bullet printed above it (`above`: its sentence) is the sentence right before
    it, or the name is unsure (module doc)."""
    if scored.lang != "en" or points or not i or "[" in text or not _OPENS_QUOTE.match(text):
        return None
    if (opens := opening_sentence(scored, i, text)) is None or above == opens - 1:
        return None
    if (said := _PRONOUN_TAIL.search(text)) is not None:
        found = pronoun_person(scored, opens, said.group("pronoun").capitalize(), [])
        if found is None:
            return None
        return named_after_quote(text, said.start("pronoun"), said.end("pronoun"), found[0]), found[1]
    if (aged := _AGE_TAIL.search(text)) is None:
        return None
    as_he, as_she = pronoun_person(scored, opens, "He", []), pronoun_person(scored, opens, "She", [])
    found = as_he if as_he is not None and as_he == as_she else _subject_before(scored, opens)
    if found is None:
        return None  # an age tells no sex: only a name read alike either way, or the subject right before
    end = aged.end("after") if aged.group("after") else aged.end("before")
    return f"{text[:end]} [{found[0]}]{text[end:]}", found[1]


def _subject_before(scored: Scored, i: int) -> tuple[str, int] | None:
    """The name the writer's sentence right before sentence `i`, in its paragraph or passage, opens
    on as its actor, that sentence naming no other person, and its paragraph: an age is a person's,
    so a surname the article never writes whole ("Washington, a postman just four years ago,
    followed that up …") is taken where no place or body reads it (`en_non_persons`)."""
    units = scored.units
    if not neighbour_in_reach(scored, units[i - 1], units[i], BEFORE) or i - 1 not in scored.usable:
        return None
    sentences = [unit.text for unit in units]
    actor = named(sentences[i - 1])
    if not _NAME.fullmatch(actor) or not sentences[i - 1].startswith(actor):
        return None  # no one, a pronoun, or a quotation's speaker
    if any(key(person) != key(actor) for person in people_named(sentences[i - 1], sentences)):
        return None  # another person stands in it: the age may be theirs
    if not_a_person(actor, actor.split()[-1], "\n".join(sentences)):
        return None  # "Washington" of "in Washington": a place
    return actor, units[i - 1].paragraph
