"""A one-word English group title ("Inmate", "Quotas") takes the short noun phrase holding it that
the group itself writes twice: blind readers of the en-cnndm/en-xsum briefs mark a bare word as
naming a word, not the theme, and a phrase two of the group's bullets write ("a former inmate",
"the new quotas"), or one bullet and the group's paragraphs outside that bullet's sentence, is the
group's own name for its thing, grounded in its text.

The phrase: one or two lower-case modifiers before the word, which heads it ("former inmate"), or
one lower-case noun after it, which it modifies ("scooter drivers"); a modifier as
`en_title_modified` reads one (a noun or adjective that says which thing), where a word that only
says how many, how big or how new (`data/en_loose_modifiers.tsv`) is taken only where
`data/en_twice_modifiers.tsv` lists it ("former", "new": written twice, they say which one). Said
outside a quotation, free of the other titles, naming a theme (`en_title_vague`); where several
fit, the one written most, then the longer; where none, the title stays.

Survey (stop 100, en-cnndm and en-xsum 0-199): 173 one-word titles (114 theme groups, 59
overviews); nearly all stand where no bullet writes their word in a phrase at all ("Scooter",
"Bikes", "Vietnam", "Cockroaches"), or one bullet only, which `en_title_modified` already reads;
this step moves two (en-xsum 105, 171). The word is read lower case as the bullets write it, so a
name ("Vietnam") takes no phrase here; a noun after it that may be a verb ("culture", "tries") neither.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache

from citebrief.text.data_files import data_lines
from citebrief.text.en_chunks import word_classes
from citebrief.text.en_title_modified import NOT_MODIFIERS
from citebrief.text.en_title_quoted import narrated
from citebrief.text.en_title_vague import vague_title
from citebrief.text.en_title_widening import loose_modifiers
from citebrief.text.titles import display_title, free_of, on_word_boundaries, swapped_title

MAX_MODIFIERS = 2
MIN_WRITTEN = 2  # two bullets, or one bullet and a paragraph's sentence of its own
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*|\S")


@cache
def _twice_modifiers() -> frozenset[str]:
    """Loose modifiers that say which thing where two bullets write them (`data/en_twice_modifiers.tsv`)."""
    return frozenset(data_lines("en_twice_modifiers.tsv"))


def twice_written_title(
    bullets: list[str], group_texts: list[str], all_texts: list[str], used: set[str], title: str
) -> str:
    """`title` unless it is one word the group writes twice in a short noun phrase (see the
    module's note); `used` (casefolded titles given) updated."""
    if " " in title or not title.isalpha() or len(bullets) < MIN_WRITTEN:
        return title
    others = {u for u in used if u != title.casefold()}
    counts: Counter[str] = Counter()
    for bullet in bullets:
        counts.update(set(_phrases(title.lower(), bullet)))
    ranked = sorted(counts, key=lambda p: (-counts[p], -len(p.split()), p))
    for phrase in ranked:
        if counts[phrase] < MIN_WRITTEN and not _written_beside(phrase, bullets, group_texts):
            continue
        shown = " ".join(w if w.lower() != title.lower() else title for w in display_title(phrase, "en").split())
        if not free_of(shown, others) or vague_title(shown, group_texts) or not narrated(shown, bullets):
            continue
        return swapped_title(title, shown, used)
    return title


def _phrases(word: str, bullet: str) -> list[str]:
    """Each phrase of the bullet holding `word` (lower case, as written): its modifiers before
    it, or the noun after it."""
    tokens = _WORD.findall(bullet)
    found: list[str] = []
    for at, token in enumerate(tokens):
        if token != word:
            continue
        start = at
        while start > 0 and at - start < MAX_MODIFIERS + 1 and modifier(tokens[start - 1]):
            start -= 1
        if 0 < at - start <= MAX_MODIFIERS and not (start and modifier(tokens[start - 1])):
            found.append(" ".join(tokens[start : at + 1]))
        after, past = [*tokens[at + 1 : at + 3], "", ""][:2]
        if _noun_only(after) and not _noun_only(past):  # the noun run ends on it
            found.append(f"{word} {after}")
    return [p for p in found if on_word_boundaries(p, bullet, "en")]


def modifier(word: str) -> bool:
    """A lower-case noun or adjective that says which thing a noun is."""
    lower = word.lower()
    return (
        word.isalpha()
        and word.islower()
        and bool(word_classes(lower) & {"NOUN", "ADJ"})
        and lower not in NOT_MODIFIERS  # "under investigation": no which
        and (lower not in loose_modifiers() or lower in _twice_modifiers())
    )


def _noun_only(word: str) -> bool:
    """A lower-case word that is a noun and no verb ("officers" is one, "tries" no)."""
    if not word or not word.isalpha() or not word.islower():
        return False
    classes = word_classes(word)
    return "NOUN" in classes and "VERB" not in classes


def _written_beside(phrase: str, bullets: list[str], group_texts: list[str]) -> bool:
    """The group's paragraphs write the phrase outside the sentences its bullets lift (a caption
    that repeats a bullet's sentence is no second writing)."""
    pattern = re.compile(rf"(?<![\w-]){re.escape(phrase)}(?![\w-])", re.IGNORECASE)
    for text in group_texts:
        rest = text
        for bullet in bullets:
            rest = rest.replace(bullet.rstrip("."), " ")
        if pattern.search(rest):
            return True
    return False
