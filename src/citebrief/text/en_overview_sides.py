"""An English match report's overview titled by one player, where the article names the two sides:
a report whose headline sentence is cut off (en-xsum opens on "Opener Stuart Thompson hit 56 while
... captain William Porterfield (39) added valuable runs as Ireland made 165-5") was titled
"William Porterfield", one batsman's name over a brief of the whole match, beside groups titled by
two more players. The reader asks what the brief is about: the match, "Ireland v Afghanistan".

Only where the evidence is plain: the overview's subject is a person's whole name (two words at
least, none the article writes in lower case: `is_person` takes "England" and "Test Match Special"
of en-xsum 17 for names) or an outlet's label ("Vaughan told Test Match Special": `outlet_label`,
never the theme), and exactly two one-word names are sides by what stands beside them: a side's
score after a few lower-case words ("Ireland made 165-5", "Yorkshire were well-placed on 75-2") or
after a "who" clause, then "to lead" or "to win" ("Netherlands, who were led by 18 points from
Worthy De Jong, scored the first 10 points ... to lead 71-60" of en-xsum 41, its only name for the
Dutch side), a side's captain or coach by name ("Surrey skipper Gareth Batty"), or a match's words
(`en_title_match.team`: "against Afghanistan"; no captain's side of "Dagenham & Redbridge manager
John Still", a club's name cut in two). No side is a person's name or a word written only inside one
("Dan" of "Dan Gosling's goal": `en_side_persons`), one the article writes after "the" ("the
Afghans", "the Irish" are a side's people, not its name) save before a side's thing ("the Pakistan
players" of en-xsum 17 name Pakistan) or a country named with "the" (`data/en_the_countries.tsv`:
"the Netherlands"), a people's adjective (`capital_cities`: "Dutch"), or one it also writes in lower
case ("After" of "After being reduced to 8-2"). Of three sides or more, those a sentence with a
score names (not "a tour game against Worcestershire" ahead). One side at least has a score. The
sides run in the article's order; `en_title_match.match_grounded` grounds the title for
`bench/brief_checks.py`.
"""

from __future__ import annotations

import re
from functools import cache

from citebrief.text.data_files import data_lines
from citebrief.text.en_actors import is_person
from citebrief.text.en_side_persons import person_word
from citebrief.text.en_title_capital import capital_cities
from citebrief.text.en_title_every_bullet import SENTENCE_BREAK
from citebrief.text.en_title_match import NO_SIDE, SEPARATOR, WORD, teams_in
from citebrief.text.en_title_outlet import outlet_label
from citebrief.text.lazy_re import LazyPattern
from citebrief.text.named_patterns import named_pattern
from citebrief.text.titles import free_of

_NAME = r"(?<![\w'’-])([A-Z][a-z]{2,}|[A-Z]{2,3})"  # "Ireland", "GB"
_SCORED = LazyPattern(_NAME + r" (?:[a-z][\w-]* ){1,4}\d{1,3}-\d{1,3}(?![\d-])")  # "Ireland made 165-5"
# "Netherlands, who were led by 18 points from Worthy De Jong, scored the first 10 points ... to lead 71-60"
_WHO_SCORED = LazyPattern(_NAME + r", who [^,.;]+, (?:[a-z\d][\w-]* ){1,14}?to (?:lead|win) \d{1,3}-\d{1,3}(?![\d-])")
# "Surrey skipper Gareth B"; not "Redbridge" of "Dagenham & Redbridge manager John Still"
_LED = LazyPattern(r"(?<!& )" + _NAME + r" (?:captain|skipper|coach|manager|boss) [A-Z][a-z]+ [A-Z]")
SCORE = LazyPattern(r"(?<![\d.,£$-])\d{1,3}-\d{1,3}(?![\d-])")  # "589-8", "2-0"; not "2014-15"
_SIDE_THINGS = "players|side|team|squad|XI"  # "the Pakistan players": a side's, no people's word
SIDES = 2
# a disciplinary story about a match ("The charge follows the mass fracas", "a four-match ban"): no match result
DISCIPLINE = LazyPattern(r"\b(?:charged?|charges|ban|bans|banned|fined?|fines|suspended|suspension|disciplinary)\b")
FULL_NAME = 2  # words of a person's whole name: `is_person` takes "England" of "England's Joe Root" for one


def match_sides(subject: str, texts: list[str], used: set[str]) -> str:
    """The match, "Side v Side", in place of `subject` where it is a person's whole name and the
    article plainly names two sides, one with a score (module note), and no other title holds the
    match; else `subject`. `used` gains the title and keeps the name (a group titled by the player stays)."""
    words = subject.split()
    named = len(words) >= FULL_NAME and not any(lower_too(w, texts) for w in words) and is_person(subject, texts)
    if not (named or outlet_label(subject)):  # "Test Match Special" of "Vaughan told Test Match Special": no theme
        return subject
    sides, scored = article_sides(texts, set(words), word_runs(texts))
    if len(sides) != SIDES or not sides & scored:
        return subject
    return match_of(sides, subject, texts, used)


def match_of(sides: set[str], subject: str, texts: list[str], used: set[str]) -> str:
    """The match of two `sides`, "A v B" in the article's order, in place of `subject` where no
    other title holds it; else `subject`. `used` gains the title and keeps the subject."""
    order = " ".join(texts)
    first, second = sorted(sides, key=order.find)
    title = first + SEPARATOR + second
    if not free_of(title, used - {subject.casefold()}):
        return subject
    used.add(title.casefold())
    return title


def article_sides(texts: list[str], skip: set[str], runs: frozenset[str]) -> tuple[set[str], set[str]]:
    """The sides `texts` plainly name (a score beside a name, a captain's side, a match's words),
    none of `skip`, and those of them written beside a score: one reading for every title that
    names a match."""
    scored = {m.group(1) for t in texts for pattern in (_SCORED, _WHO_SCORED) for m in pattern.finditer(t)}
    led = {m.group(1) for t in texts for m in _LED.finditer(t)}
    teams = teams_in({w for t in texts for w in WORD.findall(t)}, texts)  # each word once, the article read once
    after_the = _after_the(texts)
    sides = {
        w
        for w in scored | led | teams
        if w not in skip
        and not NO_SIDE.fullmatch(w)
        and not is_person(w, texts)
        and not person_word(w, texts)  # "Dan" and "Gosling" of "Dan Gosling's goal", "Boss Still"
        and not _people(w, texts, after_the)
        and not lower_too(w, texts, runs)
    }
    if len(sides) > SIDES:  # a fixture ahead ("a tour game against Worcestershire"): the sides a score's sentence names
        sentences = [s for t in texts for s in SENTENCE_BREAK.split(t) if SCORE.search(s)]
        sides = {w for w in sides if any(re.search(rf"\b{w}\b", s) for s in sentences)}
    return sides, scored


def _people(word: str, texts: list[str], after_the: frozenset[str] | None = None) -> bool:
    """The article writes "the `word`" as a people ("the Afghans", "the Irish"), not only before a
    side's thing ("the Pakistan players") nor as a country's name ("the Netherlands"), or `word` is a
    people's adjective (`capital_cities`: "Dutch"). `after_the` (`_after_the` of `texts`) answers
    for a word of letters without reading the article again."""
    if word in the_countries():
        return word in capital_cities()
    if word in capital_cities():
        return True
    if after_the is not None and word.isascii() and word.isalpha():
        return word in after_the
    the = re.compile(r"[Tt]he " + re.escape(word) + rf"(?! (?:{_SIDE_THINGS})\b)")
    return any(the.search(t) for t in texts)


_THE = LazyPattern(r"[Tt](?=he ([A-Za-z]*))")  # only the "t" taken: no "the " inside the letters after one is lost
_THING_AFTER = LazyPattern(rf" (?:{_SIDE_THINGS})\b")
_RUN = LazyPattern(r"[\w'’-]+")


def _after_the(texts: list[str]) -> frozenset[str]:
    """The words of letters that `_people` finds after "the" in `texts`, the article read once (issue
    #14): every opening part of the letters after a "the " (a letter follows it, so no side's thing
    does), and the letters whole where no side's thing follows them ("the Irish", not "the Pakistan players")."""
    said: set[str] = set()
    for text in texts:
        for found in _THE.finditer(text):
            letters = found.group(1)
            said.update(letters[:size] for size in range(1, len(letters)))
            if letters and not _THING_AFTER.match(text, found.end(1)):
                said.add(letters)
    return frozenset(said)


def word_runs(texts: list[str]) -> frozenset[str]:
    """Each run of word characters, apostrophes and hyphens in `texts` (what `lower_too` asks of), read once."""
    return frozenset(run for text in texts for run in _RUN.findall(text))


@cache
def the_countries() -> frozenset[str]:
    """The countries' one-word names English writes after "the" (`data/en_the_countries.tsv`)."""
    return frozenset(data_lines("en_the_countries.tsv"))


def lower_too(word: str, texts: list[str], runs: frozenset[str] | None = None) -> bool:
    """The article also writes `word` in lower case, as a word: "after" beside "After". `runs`
    (`word_runs` of `texts`) answers without reading the article again."""
    lowered = word.lower()
    if runs is not None and _RUN.fullmatch(lowered):
        return lowered in runs  # a whole run: no word character, apostrophe or hyphen beside it
    holding = [t for t in texts if lowered in t]  # most names: none, and no pattern compiled (issue 14)
    if not holding:
        return False
    written = named_pattern(r"(?<![\w'’-])" + re.escape(lowered) + r"(?![\w'’-])")
    return any(written.search(t) for t in holding)
