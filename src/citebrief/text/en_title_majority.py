"""An English group title that more of the group's bullets speak to than the one it has: blind
readers of news briefs call "Room Temperature Water" over a boxer's morning routine, his water and
his Bible reading every morning, or "Protest" over a father's shame at a flag-burning rally,
"tags" and "trivia": the phrase is the group's own (rare elsewhere in the article) but ONE bullet
of three or more says its words. The steps before mend such a title where the bullets share a
noun; where they share a phrase's words but not its head ("his morning routine" and "every
morning") the title stayed. Runs after every other step: a modifier and its noun one bullet says
("morning routine", "flag-burning rally", "house prices"; an ordinal's stage of a series,
"Friday's second round" where another bullet "ended his round", over "Ball Close") takes the
title's place where more bullets say its words in lower case (two at least), its noun a thing,
no verb, no place ("Busy Neighborhood" over a shooting), its group's own (`en_title_theme._own`) and not the noun of
another title ("Largest Lamb" beside "Biggest Lamb"). A title of where or when ("French
Capital", "President's Busy Week") counts as said by one bullet. A name (capitalized as written)
stays: who the group is about is the choice of the steps for names.

Tried and left: a common noun alone two bullets say, where no pair is ("Ball Close" → "Round",
"Conflict of Interest" → "Potential", "Absenteeism" → "Call": 15 titles changed in 200 briefs,
most worse), and a title whose head noun one bullet says, though another word of it two say
("Ryan's Eight-year Affair" → "Brother", "First-degree Murder Charge" → "Judge"); a bare noun
("Obesity", "Fight") giving way to a pair said by as many bullets: "Living Standards", "Female
Employee", "Changes Make" (3 worse of 3).
"""

from __future__ import annotations

from citebrief.text.chunks import word_list
from citebrief.text.en_chunks import function_word_en, generic_en, word_classes
from citebrief.text.en_compounds import ORDINALS
from citebrief.text.en_title_choice import PLAIN_FAMILIES, family, heard, in_passing, said_outside_quotes
from citebrief.text.en_title_detail import simile
from citebrief.text.en_title_shared import NOT_KINDS, _runs_on
from citebrief.text.en_title_theme import NOT_THEMES, _name, _own, fits
from citebrief.text.lazy_re import LazyPattern
from citebrief.text.titles import display_title, swapped_title

MIN_BULLETS = 3  # a group of two has no majority a detail could stand apart from
MIN_SAYERS = 2  # bullets that say a phrase's words, at least
# the head of a title that says where or when ("French Capital", "February Time")
_SETTINGS = frozenset(word_list("capital city town region area country nation club time day week month year"))
# where a thing happened: no modifier or noun of a theme ("City Average", "Busy Neighborhood")
_PLACES = frozenset(
    family(w)
    for w in word_list(
        "capital city town region area country nation street road neighborhood neighbourhood district suburb "
        "village place county state"
    )
)
_WHEN = frozenset(
    word_list(
        "monday tuesday wednesday thursday friday saturday sunday january february march april may june july "
        "august september october november december weekend"
    )
)
# a modifier and its noun, both lower case, after a determiner, a possessive, a preposition or a
# stop ("his morning routine", "the flag-burning rally", "with house prices")
_PAIR = LazyPattern(
    r"(?:^|[,;:(] |['’]s |\b(?i:the|a|an|his|her|their|its|our|my|this|that|every|of|in|on|for|to|with|from|by|"
    r"about|at|after|during) )(?=([a-z][a-z-]{2,}) ([a-z]{4,})\b)"
)
_LETTERS = LazyPattern(r"[A-Za-z]+")
_LOWER = LazyPattern(r"\b[a-z][a-z-]*\b")


def majority_title(bullets: list[str], group_texts: list[str], all_texts: list[str], used: set[str], title: str) -> str:
    """`title` unless the group has three bullets or more and a modifier and noun one of them
    says is said (its words, in some form) by more of them than the title, two at least; a name
    stays; `used` updated."""
    if len(bullets) < MIN_BULLETS or not title or _name(title, group_texts):
        return title
    floor = 1 if _filler(title) else sayers(title, bullets)
    others = used - {title.casefold()}
    best = _pair_said(bullets, group_texts, all_texts, others, max(MIN_SAYERS, floor + 1))
    if not best or best.casefold() == title.casefold():
        return title
    return display_title(swapped_title(title, best, used), "en")


def _filler(title: str) -> bool:
    """A title that says where or when, not what: "French Capital", "North East City",
    "February Time", "November's Game"."""
    words = [w.lower().removesuffix("'s").removesuffix("’s") for w in title.split()]
    return words[-1] in _SETTINGS or any(w in _WHEN for w in words)


def sayers(phrase: str, bullets: list[str]) -> int:
    """How many bullets say one of the phrase's content words or more, in some form ("motorbike"
    says "bike"); a function word ("the", "who") every bullet says, so "Fall of the Wall" counts
    the bullets that say "fall" or "wall"; one the lexicon has as a noun too ("Back Row") stays."""
    own = {family(w) for w in _LETTERS.findall(phrase) if len(w) > 2 and _content(w)}
    return sum(not own.isdisjoint(heard(b)) for b in bullets)


def _content(word: str) -> bool:
    """A word that may say what a title is about: no function word, unless a noun too."""
    return not function_word_en(word) or "NOUN" in word_classes(word)


def _things_said(phrase: str, lowered: list[frozenset[str]]) -> int:
    """How many bullets say one of the phrase's words in lower case, in some form (`lowered`:
    what each bullet's lower-case words say): "Iron Chef" names a show, no chef."""
    own = {family(w) for w in _LETTERS.findall(phrase) if len(w) > 2}
    return sum(not own.isdisjoint(said) for said in lowered)


def _pair_said(bullets: list[str], group_texts: list[str], all_texts: list[str], used: set[str], least: int) -> str:
    """The modifier and noun a bullet says whose words `least` bullets or more say, the most
    of them first, then the earliest bullet's, not the noun another title has; '' where none
    fits."""
    if least > len(bullets):
        return ""
    heads = {family(u.split()[-1]) for u in used if u}
    lowered: list[frozenset[str]] = []  # read once a pair passes the cheap tests
    ranked = []
    for at, bullet in enumerate(bullets):
        for match in _PAIR.finditer(bullet):
            modifier, noun = match.group(1), match.group(2)
            text = f"{modifier} {noun}"
            if not _modifier(modifier) or not _thing_noun(noun) or _cut(bullet, match.end(2)):
                continue
            if family(noun) in heads:
                continue
            lowered = lowered or [heard(" ".join(_LOWER.findall(b))) for b in bullets]
            count = _things_said(text, lowered)
            if count < least or in_passing(text, bullet) or not said_outside_quotes(text, [bullet]):
                continue
            if simile(text, bullet):
                continue  # "like a sacred river": what the thing is compared to
            if fits(text, group_texts, used) and _own(noun, group_texts, all_texts):
                ranked.append((-count, at, text))
    return min(ranked)[2] if ranked else ""


def _cut(bullet: str, end: int) -> bool:
    """The pair is cut from a longer phrase or a clause (`_runs_on`, `_acts`)."""
    return _runs_on(bullet, end) or _acts(bullet, end)


def _acts(bullet: str, end: int) -> bool:
    """The noun reads as its subject's verb: a word that only says how or what follows it
    ("the fly tries harder", "the club plans a"), not a preposition, a relative or a stop."""
    noun = bullet[:end].rsplit(maxsplit=1)[-1]
    after = _NEXT_WORD.match(bullet, end)
    if "VERB" not in word_classes(noun) or not after or after.group(1).lower() in _RELATIVES:
        return False
    classes = word_classes(after.group(1).lower())
    return bool(classes) and classes <= _HOW_OR_WHAT


_NEXT_WORD = LazyPattern(r" ([A-Za-z]+)")
_HOW_OR_WHAT = frozenset({"ADJ", "ADV", "DET", "PRON", "NUM"})
_RELATIVES = frozenset({"that", "which", "who", "whose", "where", "when"})
_NOT_PARTS = frozenset({"AUX", "ADP", "DET", "PRON"})


def _modifier(word: str) -> bool:
    """A word that says what kind of thing ("morning", "flag-burning"): a noun or an adjective,
    or a hyphened compound of known words; not a determiner, an amount, a judgement, a plain word."""
    if word in ORDINALS:
        return True  # "second round", "first marriage": which of a series, the group's stage
    if word in NOT_KINDS or family(word) in PLAIN_FAMILIES | _PLACES or generic_en(word):
        return False
    if "-" in word:
        return all(word_classes(part) and not word_classes(part) & _NOT_PARTS for part in word.split("-"))
    classes = word_classes(word)
    return bool(classes & {"ADJ", "NOUN"}) and not classes & (_NOT_PARTS | {"ADV"})


def _thing_noun(word: str) -> bool:
    """A noun that names a thing or an event ("routine", "rally"), not a role, a time, a unit or a
    word any story says."""
    classes = word_classes(word)
    if "NOUN" not in classes or classes & _NOT_PARTS:
        return False
    key = family(word)
    return key not in PLAIN_FAMILIES and key not in NOT_THEMES and key not in _PLACES and not generic_en(word)
