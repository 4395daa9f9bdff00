"""An English theme title that is one bullet's keyword, an adjective and its noun ("Stronger
Passwords"), gives way to a phrase most of the group's bullets write ("Two-factor
Authentication").

Blind readers' commonest English complaint (issue #9): such a title names one bullet's detail, not
what the group tells of. Read last (`engines/en_last_titles`), once every group is titled, so the
phrase is checked against every other title: it shares no word's stem with one ("food banks" under
a brief that has "Food Bank Visits" stays out).

The title is two words, the first an adjective that is no noun (`en_chunks.word_classes`), and one
bullet at most writes both its words. The phrase is a lower-case noun phrase of the bullets of two
words or more (`en_chunks`), written on word boundaries by half of them and two at least, by one in
its own words (not only quoting, nor only as "in real terms": a manner, not a thing), cut cleanly
(`en_title_vague.plain_phrase`) and naming something (`en_empty_titles`). Where none is written,
the title stays.

Survey (stop 250, en-cnndm and en-xsum 0-199, both views; some 1,500 theme titles of two bullets
or more): the words of some 1,100 are written by one bullet alone, and the one noun or name most
bullets share reads worse in nearly all ("Police" over "Amber Alert", "China" over "Longest Kite",
"BBC Radio" over "Live Programme", "Car Park" over "Appeal Court Judges"): hence two-word adjective
titles only, and common-noun phrases only. "Draconian Rule" and "Bureaucratic Rules" (en-cnndm
120) keep their titles: their bullets share only "city", "pictures" and "nursing", lone nouns that
title nothing.
"""

from __future__ import annotations

from citebrief.text.en_chunks import en_chunks, word_classes
from citebrief.text.en_empty_titles import empty_title
from citebrief.text.en_title_choice import families, said_outside_quotes
from citebrief.text.en_title_vague import plain_phrase
from citebrief.text.titles import display_title, on_word_boundaries, swapped_title

MIN_SAYERS = 2  # bullets that must write the phrase: the group's theme, not one bullet's detail
_STEM = 5  # letters two words share at their start to be one word's forms ("bank", "banks")


def _keyword(title: str) -> bool:
    """Two words, the first an adjective that is no noun ("Stronger Passwords", not "Safety Car")."""
    words = title.split()
    if len(words) != 2 or not words[0].isalpha():
        return False
    classes = word_classes(words[0].lower())
    return "ADJ" in classes and "NOUN" not in classes


def _sayers(phrase: str, bullets: list[str]) -> int:
    """How many `bullets` write `phrase` on word boundaries."""
    return sum(on_word_boundaries(phrase.lower(), b.lower(), "en") for b in bullets)


def _own_words(phrase: str, bullets: list[str]) -> bool:
    """Some bullet writes `phrase` outside a quotation, and not only right after a bare "in" (a
    manner, "in real terms", not a thing)."""
    own = [b.lower() for b in bullets if said_outside_quotes(phrase, [b])]
    return any(b.count(phrase) > b.count(f" in {phrase}") for b in own)


def _stems(text: str) -> frozenset[str]:
    """The starts of a text's word families, to compare titles by ("food", "bank")."""
    return frozenset(f[:_STEM] for f in families(text))


def _free(phrase: str, others: set[str]) -> bool:
    """No word of `phrase` shares its stem's start with a word of another title."""
    taken = frozenset().union(*map(_stems, others))
    own = _stems(phrase)
    return bool(own) and not own & taken


def _phrase(bullets: list[str], others: set[str]) -> str:
    """The phrase most `bullets` write (see the module's note), the longest of a tie; ''."""
    ranked: dict[str, int] = {}
    for bullet in bullets:
        for chunk in en_chunks(bullet):
            if chunk.text.casefold() not in (k.casefold() for k in ranked):
                ranked[chunk.text] = _sayers(chunk.text, bullets)
    need = max(MIN_SAYERS, (len(bullets) + 1) // 2)
    for text, sayers in sorted(ranked.items(), key=lambda item: (-item[1], -len(item[0]))):
        if sayers < need:
            break
        if " " not in text or not text.islower() or not _own_words(text, bullets):
            continue
        if plain_phrase(text, bullets) and not empty_title(text, bullets) and _free(text, others):
            return text
    return ""


def shared_title(title: str, bullets: list[str], used: set[str]) -> str:
    """`title`, unless it is one bullet's keyword and most of the theme's `bullets` write a phrase
    (see the module's note); then that phrase. `used` (casefolded titles given) is updated."""
    if len(bullets) < MIN_SAYERS or not _keyword(title):
        return title
    if sum(families(title) <= families(b) for b in bullets) > 1:
        return title
    phrase = _phrase(bullets, used - {title.casefold()})
    return display_title(swapped_title(title, phrase, used), "en") if phrase else title
