"""An English group title that is one common noun alone ("Changes", "Charges", "Album"),
the other title steps done: blind readers of en-cnndm briefs mark such a word as generic, one any
story could carry ("Measures", "Court", "Decision"), while a bullet of the group often writes the
same noun with the words that say which one it is: "changes to income tax", "charges against
Altice", "a family album", "the hospital attack". That phrase, as the bullet writes it on word
boundaries, takes the title's place, as a sub-editor would keep the noun and add its modifier:

- before the noun, the whole run of one or two lower-case nouns or adjectives that modify it
  ("family album", "hospital attack"; a word capitalized only because it opens the sentence, as
  "Steel union Community said ..." writes "steel union", where the texts write it in lower case
  elsewhere, not only as a name's word: "The Sun newspaper"), not a word that only says how many, how big, how new
  or how good (`data/en_loose_modifiers.tsv`: "other measures", "massive derbies"), nor a time;
- after it, "to", "of", "with", "against" or "over" (not "in" or "on": where or when), an
  article at most, and one or two words that end the noun phrase there ("charges against
  Altice", "changes to income tax"), not a figure, a pronoun or a general noun ("houses in areas").

Reads a group's bullets (a phrase of the group's own sentence, said outside a quotation, not
only inside one: "one element in the FBI" of a quote stays unsaid); four words at most, free of
the other groups' titles and the overview's. Where several phrases fit, the one the bullets write
most, then the one before the noun; where none, the title stays. Runs after `en_title_held` (a
name before the noun: "Grand National Fences") and before the steps that read what two bullets
share.

Tried and left: a word that is also a preposition or an adverb as a modifier ("fines after
judges", "book about genocide"); "in" and "on" after the noun ("Scooter in Sapa", "Arrest on
December"): a place or a time, not which thing. The phrase of a cited paragraph where no bullet
writes one ("Appeal Court Judges" over "the judges", "Morning Service" over "a service was also
held at Westminster Abbey"): the sentence that writes it is often another group's bullet, about
another thing of the same name (the early morning service was at Hyde Park Corner). A person's
"Name's Noun" for a noun the bullets write after "the" ("Mason's Sentence"): the group's
commonest person is as often not the owner ("Jackson's Injunction" of an injunction against Ray).
"""

from __future__ import annotations

import re

from citebrief.text.calendar_names import DAY_NAMES, MONTH_NAMES
from citebrief.text.chunks import word_list
from citebrief.text.en_chunks import generic_en, word_classes
from citebrief.text.en_title_choice import PLAIN_FAMILIES, family
from citebrief.text.en_title_quoted import narrated, quote_only
from citebrief.text.en_title_vague import vague_title
from citebrief.text.en_title_widening import loose_modifiers
from citebrief.text.titles import display_title, free_of, on_word_boundaries, swapped_title

MAX_TITLE_WORDS = 4
MAX_MODIFIERS = 2
MIN_BULLETS = 2
# after the noun, the words that join it to which one it is ("changes to income tax"); not "in", "on":
# where or when. `en_title_distinct` reads a title so joined as one that says which one
JOINERS = frozenset(word_list("to of with against over"))
_ARTICLES = frozenset(word_list("the a an"))
NOT_MODIFIERS = frozenset(
    word_list(
        "and or but nor than as today yesterday tomorrow weekend about after before over under up down out "
        "off near into onto from by for at in on with without within against across through during since "
        "until per via like"
    )
)
_ABBREVIATION = 3  # "St." of "St. John": a capitalized word this short before a full stop runs on
_MODIFIER_CLASSES = frozenset({"NOUN", "ADJ"})
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*|\S")


def modified_title(bullets: list[str], group_texts: list[str], all_texts: list[str], used: set[str], title: str) -> str:
    """`title` unless it is one lower-case common noun a bullet writes with the words that say
    which one (`_phrases`); `used` (casefolded titles given) updated."""
    noun = title.lower()
    if len(bullets) < MIN_BULLETS or not _plain_noun(title):
        return title
    others = {u for u in used if u != title.casefold()}
    found = _best(noun, bullets, group_texts, all_texts, others)
    return swapped_title(title, found, used) if found else title


def _best(noun: str, bullets: list[str], group_texts: list[str], all_texts: list[str], others: set[str]) -> str:
    """The phrase the bullets write most (then the one before the noun) that fits; ''."""
    counts: dict[str, int] = {}
    for bullet in bullets:
        for phrase in _phrases(noun, bullet, all_texts):
            counts[phrase] = counts.get(phrase, 0) + 1
    ranked = sorted(counts.items(), key=lambda item: (-item[1], not item[0].lower().endswith(noun)))
    for phrase, _ in ranked:
        best = _display(phrase)
        if not free_of(best, others) or vague_title(best, group_texts) or quote_only(best, bullets, group_texts):
            continue
        if not narrated(best, bullets):
            continue
        return best
    return ""


def _plain_noun(title: str) -> bool:
    """One alphabetic word, a noun, not a time nor a general noun ("Monday", "People")."""
    return (
        " " not in title
        and title.isalpha()
        and "NOUN" in word_classes(title.lower())
        and family(title) not in PLAIN_FAMILIES
        and not generic_en(title)
    )


def _modifier(word: str) -> bool:
    """A lower-case word that says which thing a noun is ("family", "income", "political")."""
    lower = word.lower()
    return (
        word.isalpha()
        and word.islower()
        and bool(word_classes(lower) & _MODIFIER_CLASSES)
        and lower not in loose_modifiers()
        and lower not in NOT_MODIFIERS
    )


def _phrases(noun: str, bullet: str, all_texts: list[str]) -> list[str]:
    """Each phrase the bullet writes with the noun (lower case, as its head) and what says which:
    the modifiers before it (the sentence's opening capital lowered, `_opening_modifier`), or a
    joiner and a short noun phrase after it."""
    if not on_word_boundaries(noun, bullet, "en"):
        return []
    tokens = _WORD.findall(bullet)
    found: list[str] = []
    for at, token in enumerate(tokens):
        if token != noun:
            continue
        before = _before(tokens, at, all_texts)
        if before:
            found.append(" ".join([*before, noun]))
        after = _after(tokens, at)
        if after:
            found.append(" ".join([noun, *after]))
    return [p for p in found if on_word_boundaries(p, bullet, "en") and len(p.split()) <= MAX_TITLE_WORDS]


def _before(tokens: list[str], at: int, all_texts: list[str]) -> list[str]:
    """The whole run of modifiers right before the noun, one or two words; [] where the run is
    longer (cut, it would name a part) or none."""
    start = at
    while start > 0 and _modifier(tokens[start - 1]):
        start -= 1
    run = tokens[start:at]
    if start > 0 and _opening_modifier(tokens, start - 1, all_texts):
        start -= 1
        run = [tokens[start].lower(), *run]
    if not run or len(run) > MAX_MODIFIERS:
        return []
    return run


_SENTENCE_ENDS = frozenset('.!?:;"“”‘’')


def _opening_modifier(tokens: list[str], at: int, all_texts: list[str]) -> bool:
    """`tokens[at]` opens its sentence, capitalized only for that ("Steel union Community said"):
    lower-cased it is a modifier (`_modifier`) that the texts write in lower case elsewhere ("the
    UK steel industry"), not only capitalized as a name's word is ("The Sun", "Tata Steel")."""
    word = tokens[at]
    if not (word[:1].isupper() and word[1:].islower()) or (at > 0 and tokens[at - 1] not in _SENTENCE_ENDS):
        return False
    lower = word.lower()
    return _modifier(lower) and any(_written_lower(lower, text) for text in all_texts)


def _written_lower(word: str, text: str) -> bool:
    """`text` writes `word` (lower case) as a whole word in lower case."""
    return re.search(rf"(?<![\w'’-]){re.escape(word)}(?![\w'’-])", text) is not None


def _after(tokens: list[str], at: int) -> list[str]:
    """A joiner, an article at most and one or two words ending the noun phrase after the noun
    ("to income tax", "against Altice"); [] where the phrase runs on or names no thing."""
    k = at + 1
    if k >= len(tokens) or tokens[k] not in JOINERS:
        return []
    if at and word_classes(tokens[at - 1].lower()) == {"VERB"}:
        return []  # "resisting arrest with violence": a charge, the phrase telling how
    phrase = [tokens[k]]
    k += 1
    if k < len(tokens) and tokens[k].lower() in _ARTICLES:
        phrase.append(tokens[k].lower())
        k += 1
    elif phrase == ["to"] and k < len(tokens) and "VERB" in word_classes(tokens[k].lower()):
        return []  # "supporters to travel": an infinitive, the phrase saying what for, not which one
    words: list[str] = []
    while k < len(tokens) and len(words) <= MAX_MODIFIERS and _phrase_word(tokens[k]):
        words.append(tokens[k])
        k += 1
    if not words or len(words) > MAX_MODIFIERS or generic_en(words[-1]):
        return []
    if words[-1].islower() and "NOUN" not in word_classes(words[-1]):
        return []  # "in the wider": the phrase's noun is missing
    if len(words[-1]) <= _ABBREVIATION and words[-1][0].isupper() and tokens[k : k + 1] == ["."]:
        return []
    return [*phrase, *words]


def _phrase_word(token: str) -> bool:
    """A word of a short noun phrase: a name's word, or a lower-case noun or adjective."""
    if not token.isalpha():
        return False
    if token[0].isupper():
        return token.lower() not in _ARTICLES and not _time(token)
    return _modifier(token)


def _time(word: str) -> bool:
    """A day or a month ("on December", "on Monday")."""
    return word in DAY_NAMES or word in MONTH_NAMES


def _display(phrase: str) -> str:
    """Title Case, the joiner and the article after the noun kept lower case ("Charges against Altice")."""
    head, *rest = phrase.split()
    kept = [w if w in JOINERS or w in _ARTICLES else display_title(w, "en") for w in rest]
    return " ".join([display_title(head, "en"), *kept])
