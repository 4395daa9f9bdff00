"""An English overview still titled by one person's name alone ("Buttler") where its lead bullet
says what of theirs the story is about: "The 25-year-old ... and his new deal ties him to the
club until 2019" is the news of a new deal, and a headline writes "Buttler's New Deal"; "Buttler"
alone says who, not what.

The lead's first "his"/"her" is read, and only where it can mean no one but the titled person:
the lead names no other person before it (`en_actors.is_person`, or a surname the article gives
a known given name), its sex agrees with the name's (`en_pronoun_speakers.name_sex`; a name of
no known sex, where the article writes no pronoun of the other), and the lead before it either
names the person or opens on one by kind ("The 25-year-old", "The Queen's Park Rangers player").
The phrase is the run of one to three content words right after it ("new deal", "NI debut"),
ending on a noun, its last word no body part, kin or relational noun (`data/en_owned_words.tsv`
"left": "his neck", "his players", "his interest in becoming ...") and no time word.

Left out on purpose: a "his" after a preposition ("the end of his contract", "the eve of her
90th birthday", "in his F1 career"): the lead is then about something else the phrase only
places; a later "his" past the first ("from his elderly customers to fund his internet gambling
addiction": the theft, not the addiction, is the story); a run longer than three words.
"""

from __future__ import annotations

import re
from functools import cache

from citebrief.engines.en_pronoun_speakers import name_sex
from citebrief.text.data_files import data_lines
from citebrief.text.en_actors import is_person
from citebrief.text.en_chunks import function_word_en, generic_en, word_classes
from citebrief.text.en_overview_event import name_words
from citebrief.text.lazy_re import LazyPattern
from citebrief.text.titles import display_title

MAX_WORDS = 3
_PRONOUN = LazyPattern(r"(?<![\w'’-])([Hh]is|[Hh]er)\s")
_CONTENT = LazyPattern(r"[a-z][a-z-]*[a-z]|[A-Z][A-Z0-9]+")  # "new", "first-class", "NI"
_NAME_RUN = LazyPattern(r"[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*")
_AGE = LazyPattern(r"\d+-year-old")
_OTHER_SEX = {
    "He": LazyPattern(r"(?<![\w'’-])(?:she|her|hers|herself)(?![\w'’-])", re.IGNORECASE),
    "She": LazyPattern(r"(?<![\w'’-])(?:he|him|his|himself)(?![\w'’-])", re.IGNORECASE),
}


@cache
def _words(kind: str) -> frozenset[str]:
    """The words of `data/en_owned_words.tsv` of one kind ("left", "before", "opener")."""
    rows = (line.split("\t") for line in data_lines("en_owned_words.tsv"))
    return frozenset(word for row_kind, word in rows if row_kind == kind)


@cache
def _times() -> frozenset[str]:
    """`data/en_time_words.tsv`: "his last season" says when, not what."""
    return frozenset(data_lines("en_time_words.tsv"))


@cache
def _person_nouns() -> frozenset[str]:
    """The nouns a lead opens on for a person by kind ("man", "player")."""
    return frozenset(data_lines("en_person_nouns.tsv")) | _words("opener")


def _verb_after(word: str, before: str) -> bool:
    """ "ties" after "deal": a verb's form ends the phrase ("his new deal ties him")."""
    return word.endswith(("s", "ed")) and "VERB" in word_classes(word) and "NOUN" in word_classes(before)


def owned_phrase(after: str, *, her: bool = False) -> str:
    """The run of one to three content words `after` (the text right past "his"/"her") opens on,
    ending on a noun that may title what is theirs (see the module's note); ''. Its words before
    the last are nouns or adjectives ("helped her lose weight" is no phrase), and after "her"
    (an object too: "helped her go") one word alone is no verb."""
    words: list[str] = []
    for raw in after.split():
        word = raw.rstrip(",.;:!?")
        if not _CONTENT.fullmatch(word) or function_word_en(word) or (words and _verb_after(word, words[-1])):
            break
        words.append(word)
        if word != raw or len(words) > MAX_WORDS:
            break
    if not 0 < len(words) <= MAX_WORDS:
        return ""
    last = words[-1]
    if "NOUN" not in word_classes(last) or last in _words("left") or any(w in _times() for w in words):
        return ""
    if any(word_classes(w) and not word_classes(w) & {"NOUN", "ADJ"} for w in words[:-1]):
        return ""
    if len(words) == 1 and (generic_en(last) or (her and "VERB" in word_classes(last))):
        return ""
    return " ".join(words)


def _other_person(subject: str, before: str, texts: list[str]) -> bool:
    """Whether the lead `before` the pronoun names a person other than `subject`."""
    own = set(subject.split())
    for match in _NAME_RUN.finditer(before):
        run = re.sub(r"['’]s?$", "", match.group(0))
        if own & set(run.split()) or (" " not in run and function_word_en(run)):
            continue
        if is_person(run, texts) or (" " not in run and name_sex(run, texts)):
            return True
    return False


def _opens_on_one(before: str) -> bool:
    """ "The 25-year-old ...", "The Queen's Park Rangers player ...": a person by kind."""
    words = before.split()[:6]
    if not words or words[0] != "The":
        return False
    return any(_AGE.fullmatch(w) or w.lower() in _person_nouns() for w in words[1:])


def _theirs(subject: str, before: str, pronoun: str, texts: list[str]) -> bool:
    """Whether "his"/"her" (as `pronoun` "He"/"She") after `before` can mean `subject` alone."""
    sex = name_sex(subject, texts)
    if (sex and sex != pronoun) or (not sex and any(_OTHER_SEX[pronoun].search(t) for t in texts)):
        return False
    if _other_person(subject, before, texts):
        return False
    if re.search(rf"(?<![\w'’-]){re.escape(subject.rsplit(maxsplit=1)[-1])}(?![\w-])", before):
        return bool(sex) or is_person(subject, texts)
    return _opens_on_one(before)


def overview_owned(subject: str, bullets: list[str], texts: list[str], used: set[str]) -> str:
    """`subject`, one person's name, as "Name's Phrase" of what the lead bullet says is theirs
    (see the module's note); else `subject`. `used` gains the title and the phrase."""
    words = subject.split()
    if not bullets or not 0 < len(words) <= 2 or not name_words(words) or "'" in subject or "’" in subject:
        return subject
    lead = bullets[0]
    found = _PRONOUN.search(lead)
    if not found:
        return subject
    before = lead[: found.start()]
    if not before.split() or before.split()[-1].lower() in _words("before"):
        return subject
    pronoun = "He" if found.group(1).lower() == "his" else "She"
    phrase = owned_phrase(lead[found.end() :], her=pronoun == "She")
    if not phrase or not _theirs(subject, before, pronoun, [lead, *texts]):
        return subject
    title = f"{subject}'s {display_title(phrase, 'en')}"
    if title.casefold() in used:
        return subject
    used.update({title.casefold(), phrase.casefold()})
    return title


def labelled_owned(title: str, bullets: list[str], texts: list[str], used: set[str]) -> str:
    """`overview_owned` for an overview's title once its label is on ("Key points: Buttler"): the
    name may come only from `followed_overview`, after `en_subject` has run."""
    label, sep, subject = title.rpartition(": ")
    if not sep or not subject:
        return title
    owned = overview_owned(subject, bullets, texts, used)
    return title if owned == subject else label + sep + owned
