"""An English group title that one bullet of three or more says and no other paragraph of the
article, where the group shares a noun phrase of common nouns: blind readers of news briefs
read such a title as a detail of one bullet ("Ping Pong Balls" over a prom survey, its stunts and
what families spend), not what the group is about; so is "Fiscal Obligations" over Barcelona's
tax payment. A phrase a paragraph writes whose words two of the group's paragraphs or more say, and
more of its bullets speak to than the title, names the thread ("Prom Survey", "Tax Payment").
Runs after every other step, so it mends only the title they leave.

Kept: a name (the steps for names choose who a group is about); a title the article says in
another paragraph too ("Promposals", "Road Accident": the article's thread, though one bullet
of the group says it); a phrase of a capitalized word, an empty word ("the makers", "people",
"time"), a verb or a word the lexicon lacks; a phrase another title holds or holds it.

Tried and left (en-cnndm and en-xsum 0-199): the phrase counted in the bullets alone moved no
title (the bullets are the groups' key sentences; where two of them write one phrase, another
group's title has it, mostly the overview's: "Special Relationship", "Selfie Stick"); counted
in the paragraphs without the bullets' say, it moved "Parliamentary Expenses" to "Leave of
Absence" (one bullet's, as before) and "Federal Prosecutor's Office" to "Intelligence
Agencies" that no bullet says.
"""

from __future__ import annotations

from citebrief.text.en_chunks import en_chunks, generic_en, word_classes
from citebrief.text.en_title_choice import PLAIN_FAMILIES, family
from citebrief.text.en_title_majority import MIN_BULLETS, MIN_SAYERS, sayers
from citebrief.text.en_title_shared import NOT_KINDS
from citebrief.text.en_title_theme import NOT_THEMES, _name, fits
from citebrief.text.lazy_re import LazyPattern
from citebrief.text.titles import display_title, swapped_title

MIN_WORDS = 2  # a phrase: a common noun alone is what the other steps weigh
MAX_WORDS = 5
_WORD = LazyPattern(r"[A-Za-z][A-Za-z-]*")
_PART = LazyPattern(r"[A-Za-z]+")
_LOWER_WORD = LazyPattern(r"[a-z][a-z-]*")
_JOINERS = frozenset({"of", "on", "a", "an", "the"})  # "leave of absence"
_NOT_MODIFIERS = frozenset({"AUX", "ADP", "DET", "PRON", "ADV", "NUM"})


def group_phrase_title(
    bullets: list[str], group_texts: list[str], all_texts: list[str], used: set[str], title: str
) -> str:
    """`title` unless the group has three bullets or more, one paragraph of the article at most
    says the title's words and a noun phrase of common nouns is said, all its words, by more of
    the group's paragraphs (two at least; the most of them, then the earliest); a name stays;
    `used` updated."""
    if len(bullets) < MIN_BULLETS or not title or _name(title, group_texts):
        return title
    if sayers(title, all_texts) > 1:
        return title  # "Promposals", "Road Accident": the article's thread, though one bullet here says it
    least = max(MIN_SAYERS, sayers(title, group_texts) + 1)
    best = _shared_phrase(group_texts, used - {title.casefold()}, least, bullets, _bullets_saying(title, bullets))
    if not best or best.casefold() == title.casefold():
        return title
    return display_title(swapped_title(title, best, used), "en")


def _shared_phrase(group_texts: list[str], used: set[str], least: int, bullets: list[str], title_said: int) -> str:
    """The noun phrase of common nouns, two to five words, that a paragraph writes, `least`
    paragraphs or more say (each of its words, a word's ending aside) and more bullets than
    `title_said` speak to (one of its words or more); '' where none fits."""
    said = [frozenset(family(w) for w in _WORD.findall(t)) for t in group_texts]
    ranked: list[tuple[int, int, int, str]] = []
    seen: set[frozenset[str]] = set()
    for at, text in enumerate(group_texts):
        for chunk in en_chunks(text):
            words = chunk.text.split()
            if not MIN_WORDS <= len(words) <= MAX_WORDS or not all(_LOWER_WORD.fullmatch(w) for w in words):
                continue
            key = frozenset(family(w) for w in words)
            if key in seen or not _theme_words(words):
                continue
            seen.add(key)
            count = sum(key <= words_said for words_said in said)
            if count < least or _bullets_saying(chunk.text, bullets) <= title_said:
                continue  # "Leave of Absence": one bullet's, as "Parliamentary Expenses" is
            if fits(chunk.text, group_texts, used):
                ranked.append((-count, at, -len(words), chunk.text))
    return min(ranked)[3] if ranked else ""


def _bullets_saying(phrase: str, bullets: list[str]) -> int:
    """How many bullets say one of the phrase's words or more, a hyphened word's parts too
    ("tax-related" says "tax")."""
    own = {family(w) for w in _PART.findall(phrase) if len(w) > 2}
    return sum(not own.isdisjoint(family(w) for w in _PART.findall(b)) for b in bullets)


def _theme_words(words: list[str]) -> bool:
    """A head that is a thing's noun, not an empty or a plain word, and modifiers that say what
    kind ("food", "special"), not how many or which."""
    head, modifiers = words[-1], words[:-1]
    classes = word_classes(head)
    if "NOUN" not in classes or classes & _NOT_MODIFIERS or generic_en(head):
        return False
    if family(head) in PLAIN_FAMILIES or family(head) in NOT_THEMES:
        return False
    for word in modifiers:
        kinds = word_classes(word)
        if word in NOT_KINDS or generic_en(word) or family(word) in PLAIN_FAMILIES or kinds & _NOT_MODIFIERS:
            return False
        if word not in _JOINERS and not kinds & {"NOUN", "ADJ"}:
            return False  # a verb, or a word the lexicon lacks ("yn cael diagnosis": Welsh)
    return True
