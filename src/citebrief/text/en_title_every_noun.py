"""An English group title of one word that one bullet says, where every bullet of the group
says the same common noun: blind readers of en-xsum marked "Age" over two bullets on Bolivia's
working children ("children under the age of 15", en-xsum 106) and "Circulation" over two on
India's old notes ("the old notes … in circulation", en-xsum 85, left: see below) as one
bullet's word, not what the group is about. `en_title_every_bullet` reads a capitalized term
only; this reads a noun written in lower case.

Where the title is one word, said by one bullet (in any form, `en_title_choice.family`), and
every bullet of the group (two or more) writes one lower-case noun of four letters or more (a
word the dictionary knows as a noun only, not "take" of "take photos" over "Money" in en-cnndm
28 as the benches cut it; not a general one like "thing"), in the same form, the noun takes the title's
place, with the modifier every bullet writes right before it where that is an adjective:
"Children". The phrase is written on word boundaries in the group's paragraphs, is free of the
other titles and not vague (`en_title_vague`); where two nouns qualify, the title stays.

Tried and left: of two nouns, the one every bullet writes with the same modifier ("Old Notes" over
"Circulation", en-xsum 85, beside "banks"): the retitled group then took in the next group's
bullets on a strike and Modi's thanks (its title "Note-exchange Scheme Ends"), a worse grouping.
"""

from __future__ import annotations

import re

from citebrief.text.en_chunks import generic_en, word_classes
from citebrief.text.en_title_choice import family
from citebrief.text.en_title_vague import vague_title
from citebrief.text.lazy_re import LazyPattern
from citebrief.text.titles import display_title, free_of, on_word_boundaries, swapped_title

MIN_LETTERS = 4  # "children", "notes": not "age", "way"
_WORD = LazyPattern(r"[A-Za-z][a-z'-]*")
_BEFORE = LazyPattern(r"([a-z]+)\s+$")
_NOUN = frozenset({"NOUN"})  # a noun only: not "take" of "take photos"
_NOT_MODIFIERS = frozenset({"the", "a", "an", "of", "in", "to", "and", "for", "on", "at", "by", "with", "that"})


def every_noun_title(
    bullets: list[str], group_texts: list[str], all_texts: list[str], used: set[str], title: str
) -> str:
    """The noun every bullet says in place of a one-word `title` one bullet says (see the
    module's note); else `title`; `used` updated."""
    if " " in title or not title.isalpha() or len(bullets) < 2:
        return title
    words = [_WORD.findall(b) for b in bullets]
    if sum(family(title.lower()) in {family(w.lower()) for w in ws} for ws in words) != 1:
        return title
    common = set.intersection(*({w for w in ws if w.islower()} for ws in words))
    nouns = [
        w
        for w in common
        if len(w) >= MIN_LETTERS and word_classes(w) == _NOUN and not generic_en(w) and w not in _NOT_MODIFIERS
    ]
    if len(nouns) != 1:
        return title
    noun = nouns[0]
    phrase = _modifier(noun, bullets) + noun
    shown = display_title(phrase, "en")
    if vague_title(shown, group_texts) or not free_of(shown, used - {title.casefold()}):
        return title
    if not any(on_word_boundaries(phrase, t, "en") for t in group_texts):
        return title
    return swapped_title(title, shown, used)


def _modifier(noun: str, bullets: list[str]) -> str:
    """The lower-case word every bullet writes right before each place it says `noun` ("old "); ''."""
    found: set[str] = set()
    said = re.compile(rf"(?<![\w-]){noun}(?![\w-])")  # once for the group, not once a bullet
    for bullet in bullets:
        for match in said.finditer(bullet):
            before = _BEFORE.search(bullet[: match.start()])
            found.add(before.group(1) if before else "")
    word = found.pop() if len(found) == 1 else ""
    if not word or word in _NOT_MODIFIERS or "ADJ" not in word_classes(word):
        return ""
    return word + " "
