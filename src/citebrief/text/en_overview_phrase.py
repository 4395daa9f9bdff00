"""An English overview still titled by one bare name ("Syria", "IMF", "SNP") where its lead bullet
writes what the story is about in a phrase the article keeps repeating: a reader given "Syria"
over a missed deadline to hand over chemical weapons learns nothing a headline would tell,
"Syria's Chemical Weapons" does.

The phrase is a run of two or three lower-case content words of the lead bullet
(`noun_phrases.en_noun_runs`) ending on a noun, no name, time or number, that the article
writes at least twice more (its count is over every paragraph, the lead's included). The one
word must be a name the article never writes in lower case ("Cockroaches", "Promposals" are the
theme itself), no person's (a person's deed is `en_overview_deed`'s), and one the lead bullet
writes: the phrase is then what the name did or had. A one-word phrase ("doping", "ban") is
left: alone it may misread whose the thing is ("YouTube's Ban" of a ban on YouTube), and a bare
surname `is_person` misses would take one ("Nazrul's Police").

A country (`data/en_countries.tsv`) is no surname, so where no longer phrase is it takes one word:
a lower-case noun the lead writes after the country's name and the article at least `MIN_ONE`
times ("Russian Doping" of a lead that accuses Russia of a doping programme, "doping" written
seven times). Before the name, the word is not the country's ("fears they would travel to Syria").
"""

from __future__ import annotations

import re
from functools import cache

from citebrief.text.data_files import data_lines
from citebrief.text.en_actors import is_person
from citebrief.text.en_chunks import EN_SELDOM_NOUNS, function_word_en, generic_en, word_classes
from citebrief.text.en_written_at import places
from citebrief.text.lazy_re import LazyPattern
from citebrief.text.noun_phrases import en_noun_runs

MIN_COUNT = 3  # the lead's own mention and two more
MIN_ONE = 4  # one word is a theme only where the article keeps writing it
_ONE_NAME = LazyPattern(r"[A-Z][A-Za-z]+")
_WORD = LazyPattern(r"[A-Za-z][A-Za-z'’-]*")
_JOINERS = frozenset({"of", "on", "for"})  # the runs pass them: "Of Wealth", "On Lap"


@cache
def _times() -> frozenset[str]:
    """`data/en_time_words.tsv` ("monday", "week", "season"): a phrase of one says when, not what."""
    return frozenset(line.strip() for line in data_lines("en_time_words.tsv"))


@cache
def _countries() -> dict[str, str]:
    """`data/en_countries.tsv`: a country's one-word name → its adjective ("Russia" → "Russian")."""
    return dict(line.split("\t") for line in data_lines("en_countries.tsv"))


def _count(phrase: str, texts: list[str]) -> int:
    """How often `texts` write `phrase` (any case) on word boundaries: `en_written_at.places`, no
    pattern compiled a phrase."""
    return sum(1 for t in texts for _ in places(phrase, t, ignore_case=True))


def _fit(phrase: str) -> bool:
    words = phrase.split()
    if not 2 <= len(words) <= 3 or any(not w.islower() or w in _times() or w in _JOINERS for w in words):
        return False
    if generic_en(words[-1]) or "NOUN" not in word_classes(words[-1]):
        return False
    return not any(w.endswith(("'s", "’s")) for w in words)


def repeated_phrase(bullet: str, texts: list[str]) -> str:
    """The lead bullet's noun phrase of two or three content words that the article writes most
    often (at least `MIN_COUNT` times), '' where none is."""
    stop = {w.lower() for w in _WORD.findall(bullet) if function_word_en(w) or w.lower() in EN_SELDOM_NOUNS}
    counts = {r: _count(r, texts) for r in dict.fromkeys(en_noun_runs(bullet, stop)) if _fit(r)}
    found = [r for r, n in counts.items() if n >= MIN_COUNT]
    if not found:
        return ""
    return max(found, key=lambda r: (counts[r], len(r.split()), -bullet.find(r)))


def _one_word(word: str, lead: str) -> bool:
    """A lower-case content noun, or an "-ing" noun the lead writes before another ("doping programme")."""
    if not word.islower() or len(word) < 4 or word in _times() or word in _JOINERS or generic_en(word):
        return False
    if "NOUN" in word_classes(word):
        return True
    before = re.search(rf"(?<![\w'’-]){re.escape(word)} ([a-z]+)", lead)
    return word.endswith("ing") and before is not None and "NOUN" in word_classes(before.group(1))


def country_word(country: str, lead: str, texts: list[str]) -> str:
    """The word the lead writes after `country` that the article writes most often (at least
    `MIN_ONE` times), '' where none is or `country` is no country."""
    named = re.search(rf"(?<![\w'’-]){re.escape(country)}(?![\w-])", lead)
    if country not in _countries() or named is None:
        return ""
    after = lead[named.end() :]
    stop = {w.lower() for w in _WORD.findall(after) if function_word_en(w) or w.lower() in EN_SELDOM_NOUNS}
    words = [r for r in dict.fromkeys(en_noun_runs(after, stop)) if " " not in r and _one_word(r, after)]
    counts = {w: _count(w, texts) for w in words}
    found = [w for w, n in counts.items() if n >= MIN_ONE]
    return max(found, key=lambda w: (counts[w], -after.find(w))) if found else ""


def _bare_name(subject: str, lead: str, texts: list[str]) -> bool:
    """A name, no person's, that the lead bullet writes and the article never in lower case."""
    if not _ONE_NAME.fullmatch(subject) or not _written(subject, [lead], re.NOFLAG):
        return False
    return not _written(subject.lower(), texts, re.NOFLAG) and not is_person(subject, [lead, *texts])


def _written(word: str, texts: list[str], flags: re.RegexFlag) -> bool:
    pattern = re.compile(rf"(?<![\w'’-]){re.escape(word)}(?![\w-])", flags)
    return any(pattern.search(t) for t in texts)


def overview_phrase(subject: str, bullets: list[str], texts: list[str], used: set[str]) -> str:
    """`subject`, one bare name, as "Name's Phrase" (see the module's note); else `subject`.
    `used` gains the title and the phrase: a group titled "Chemical Weapons" beside it repeats it."""
    if not bullets or not _bare_name(subject, bullets[0], texts):
        return subject
    phrase = repeated_phrase(bullets[0], texts)
    title = f"{subject}'s {phrase.title()}"
    if not phrase and (phrase := country_word(subject, bullets[0], texts)):
        title = f"{_countries()[subject]} {phrase.title()}"
    if not phrase or title.casefold() in used:
        return subject
    used.update({title.casefold(), phrase.casefold()})
    return title


def country_grounded(subject: str, texts: list[str]) -> bool:
    """Whether `subject` is a title `overview_phrase` makes of a country and one word ("Russian
    Doping") that stands on the article's words: the country's name and the word, each written.
    For `en_overview_deed.grounded`: the adjective itself need not be written."""
    adjective, _, word = subject.partition(" ")
    names = [name for name, adj in _countries().items() if adj == adjective]
    if not word or " " in word or not names:
        return False
    return _written(names[0], texts, re.NOFLAG) and _written(word.lower(), texts, re.NOFLAG)
