"""An English group title left as one common noun ("Villa", "Collision", "Earthquake") widened to a
phrase of another kind than `en_title_noun_phrase` reads: `en_chunks` ends a noun phrase on a verb's
form and on a preposition, so "the rented villa" and "a collision with a Citroen Berlingo" give it
no phrase, and a bare noun tells a reader nothing of the bullets.

Two phrases, each written in the group's paragraphs on word boundaries:

- the noun after a past participle that modifies it, where a determiner opens the phrase and only
  adjectives or figures stand between ("the rented villa", "the 9km long electrified track" →
  "Rented Villa", "Electrified Track"); a bullet must write it, and the participle must not say
  how much or how good (`data/en_loose_modifiers.tsv`): "has suffered damage" is a verb's object.
  One in -ing is left: as often a judgement or a when ("the leading scorer", "the following day");
- the noun with a preposition and a name after it (`data/en_title_complements.tsv`): the name of
  its other side ("Collision with a Citroen Berlingo"), which a bullet must write, or of where it
  happened ("Earthquake in L'Aquila"), which two of the group's paragraphs must write, else it is
  one scene's place ("Scooter in Sapa" beside bullets on scooters across Vietnam). The name is a
  run of up to three capitalised words, ended before a clause's opener (`data/en_clause_openers.tsv`:
  a caption run on without a stop) and not cut at an abbreviation's stop ("St" of "St. John").

Of two to five words, not vague (`en_title_vague`) and free of the other titles
(`titles.swapped_if_free`); the participle's first, then the bullets' order. Runs after
`en_title_noun_phrase`, on what it leaves.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Literal, get_args

from citebrief.text.data_files import data_lines
from citebrief.text.en_chunks import participle, word_classes
from citebrief.text.en_title_widening import first_free, form_spans, loose_modifiers, noun_forms
from citebrief.text.titles import on_word_boundaries

MIN_WORDS = 2
MAX_WORDS = 5
MAX_BETWEEN = 2  # adjectives or figures between the determiner and the participle ("9km long")
MAX_NAME_WORDS = 3
PLACE_PARAGRAPHS = 2  # paragraphs that must write a place for it to be the group's, not one scene's
_DETERMINERS = r"(?:the|a|an|his|her|its|their|this|that|our|my|your)"
_NAME = r"[A-Z][\w'’-]*"
_SHORT_ABBREVIATION = 2  # "St" of "St. John": a name cut at its abbreviation's stop


ComplementKind = Literal["party", "place"]
_KINDS: tuple[ComplementKind, ...] = get_args(ComplementKind)


@dataclass(frozen=True)
class Complement:
    """A preposition a name may follow a noun title on, and whether the name says the noun's other
    side ("party") or where it was ("place")."""

    preposition: str
    kind: ComplementKind


@cache
def complements() -> tuple[Complement, ...]:
    """The prepositions (`data/en_title_complements.tsv`); a kind neither "party" nor "place" is an error."""
    return parse_complements(data_lines("en_title_complements.tsv"))


def parse_complements(lines: Iterable[str]) -> tuple[Complement, ...]:
    """The rows "preposition<TAB>kind" of the table, each checked for its kind."""
    rows = []
    for line in lines:
        preposition, kind = line.split("\t")
        if kind not in _KINDS:
            raise ValueError(f"en_title_complements.tsv: {line!r}: kind must be one of {', '.join(_KINDS)}")
        rows.append(Complement(preposition, kind))
    return tuple(rows)


@cache
def clause_openers() -> frozenset[str]:
    """Capitalised words that open the next sentence where a caption runs on without a stop
    (`data/en_clause_openers.tsv`): a name's run ends before one."""
    return frozenset(data_lines("en_clause_openers.tsv"))


def complement_title(
    bullets: list[str], group_texts: list[str], all_texts: list[str], used: set[str], title: str
) -> str:
    """A one-word common-noun `title` widened to its participle's or complement's phrase (module's
    note), else `title`; `used` (casefolded titles given) updated."""
    if " " in title or not title.isalpha():
        return title
    noun = title.lower()
    if not any(next(form_spans(noun, b), None) for b in bullets):
        return title  # a name ("Rojo"), or a word no bullet writes in lower case
    phrases = (
        phrase
        for phrase in (*_participle_phrases(noun, bullets), *_complement_phrases(noun, bullets, group_texts))
        if MIN_WORDS <= len(phrase.split()) <= MAX_WORDS
        and any(on_word_boundaries(phrase, t, "en") for t in group_texts)
    )
    return first_free(title, phrases, group_texts, used)


def _forms(noun: str) -> str:
    """The noun in lower case as a whole word, singular or plural."""
    return rf"(?<![\w'’-]){noun_forms(noun)}(?![\w'’-])"


_PARTICIPLES_KEPT = 256  # a brief's one-word titles with a participle before them, with room to spare


@lru_cache(maxsize=_PARTICIPLES_KEPT)
def _participle_pattern(noun: str) -> re.Pattern[str]:
    return re.compile(rf"\b{_DETERMINERS}\s+((?:\S+\s+){{0,{MAX_BETWEEN}}}?)([a-z]+ed)\s+({_forms(noun)})")


def _after_ed(noun: str, text: str) -> bool:
    """`text` writes the noun after a word in "ed" and a space, as `_participle_pattern` needs: most
    titles have none, and their pattern is not built."""
    for start, _ in form_spans(noun, text):
        before = text[:start]
        written = before.rstrip()
        if len(written) < len(before) and written.endswith("ed"):
            return True
    return False


@cache
def _complement_tail(preposition: str) -> re.Pattern[str]:
    """What follows the noun in a complement's phrase: the preposition, an article and the name's run
    (`_name_run`, group 2), compiled once for every title."""
    return re.compile(rf"\s+{preposition}\s+((?:the|a|an)\s+)?{_name_run()}")


def _complement_matches(noun: str, preposition: str, text: str) -> Iterator[tuple[str, str, int]]:
    """The phrases (the noun to its name's end), names and ends of the noun's complements on `preposition`
    in `text`, left to right and not overlapping: what `finditer` of the noun's forms and the tail
    (`_complement_tail`) in one pattern gives, without compiling one per title."""
    tail = _complement_tail(preposition)
    after = 0  # where the last phrase ended: the next starts no sooner
    for start, end in form_spans(noun, text):
        if start < after:
            continue
        match = tail.match(text, end)
        if match:
            after = match.end()
            yield text[start:after], match.group(2), after


def _participle_phrases(noun: str, bullets: list[str]) -> list[str]:
    """ "rented villa" of "the rented villa" in the bullets (module's note)."""
    found = []
    for bullet in bullets:
        if not _after_ed(noun, bullet):
            continue
        for match in _participle_pattern(noun).finditer(bullet):
            between, modifier, noun = match.groups()
            if all(_describes(w) for w in between.split()) and _modifies(modifier):
                found.append(f"{modifier} {noun}")
    return found


def _describes(word: str) -> bool:
    """A word between a determiner and a participle that leaves them one phrase: a figure or an
    adjective ("9km long"), not a noun or a verb ("the ship has suffered")."""
    return any(c.isdigit() for c in word) or (word.islower() and "ADJ" in word_classes(word))


def _modifies(word: str) -> bool:
    return participle(word) and word not in loose_modifiers()


def _complement_phrases(noun: str, bullets: list[str], group_texts: list[str]) -> list[str]:
    """ "collision with a Citroen Berlingo", "earthquake in L'Aquila" (module's note)."""
    found = []
    for complement in complements():
        for text in (*bullets, *group_texts):
            if complement.preposition not in text:
                continue  # no phrase on it to find
            for phrase, name, end in _complement_matches(noun, complement.preposition, text):
                if _cut_name(name, text, end):
                    continue
                if complement.kind == "place" and sum(name in t for t in group_texts) < PLACE_PARAGRAPHS:
                    continue
                if complement.kind == "party" and not any(phrase in b for b in bullets):
                    continue
                found.append(phrase)
    return found


@cache
def _name_run() -> str:
    """A name's run of up to `MAX_NAME_WORDS` capitalised words, ending before a clause opener."""
    opens = "|".join(sorted(clause_openers()))
    return rf"({_NAME}(?:\s+(?!(?:{opens})\b){_NAME}){{0,{MAX_NAME_WORDS - 1}}})"


def _cut_name(name: str, text: str, end: int) -> bool:
    """A name cut at an abbreviation's stop ("St" of "St. John") or before more of it."""
    last = name.rsplit(maxsplit=1)[-1]
    return (text.startswith(".", end) and len(last) <= _SHORT_ABBREVIATION) or text.startswith(("'s", "’s"), end)
