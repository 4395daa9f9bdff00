"""An English group title that one bullet's detail names, where the group is about one person: the
title becomes what happened to them, whose it is ("PGA Tour Victory" over Paul Casey's Masters
record, a title a blind sub-editor scored 1 as misleading → "Casey's Masters Appearances";
"Victim Surcharge" over a court hearing and sentence → "Giggs's Sentencing"). A sub-editor's read
of 30 en-cnndm briefs found this "side detail" the commonest fault of theme titles (22 of 63), and
scored "X's Deed" titles 4–5.

Reads the group's bullets. The title stands where two bullets or more say its words
(`en_title_owner`'s count) or it already says whose ("Bader's Escape"). The person is the one
surname half the bullets or more name, two at least, no other as often (`en_title_possessed`).
What happened is, first, a noun of `data/en_named_events.tsv` (not one that needs its "of", nor
one whose owner reads as either side: "his victory" over a rival) up to three words after "his",
"her" or the surname's possessive in a bullet that names no other person, where two bullets say
its words; its capitalized modifiers stay ("his eight Masters appearances" → "Masters
Appearances"). Else, where two bullets or more speak of a court (`data/en_court_words.tsv`), the
proceeding most of them write ("Arriving for sentencing", "Thursday's hearing" → "Stancil's
Hearing"). The title is the overview's form, grounded as it is (`en_overview_deed.grounded`: the
name and the rest as the group's paragraphs write them), and only where it is free of the other
titles.

Tried and left: an event one bullet alone writes ("his bizarre behaviour" → "Boente's Behaviour"
read well, but "Altice's Behavior" over her guilty plea and sentence is one bullet's detail again);
a deed verb with an adverb between it and the name ("Giggs was then banned") and a capitalized
thing two bullets name ("Saving Mr Banks", "Rembrandt"): too few, and no better.
"""

from __future__ import annotations

from collections import Counter
from functools import cache

from citebrief.text.chunks import word_list
from citebrief.text.data_files import data_lines
from citebrief.text.en_actors import is_person, key
from citebrief.text.en_overview_deed import grounded
from citebrief.text.en_overview_event import event_nouns
from citebrief.text.en_title_owner import MIN_SAYERS, sayers
from citebrief.text.en_title_possessed import _EITHER_SIDE, NAME_RUN, group_surname
from citebrief.text.lazy_re import LazyPattern
from citebrief.text.titles import display_title, free_of, swapped_title

MAX_MODIFIERS = 3  # words between the possessive and the event noun, at most
# "his"/"her" or a possessive, then up to three words and the last word of the phrase
_OWNED = LazyPattern(rf"(?<![\w'’-])(?:[Hh]is|[Hh]er|([A-Z][\w-]+)['’]s)((?:\s[\w-]+){{1,{MAX_MODIFIERS + 1}}})")
_WORDS = LazyPattern(r"[a-z]+")
# words that end a modifier run: the noun after them is no longer what the possessive owns
_BETWEEN = frozenset(
    word_list(
        "the a an to of in on at for with and or but was is has had have be been were his her their its "
        "after before from by as that which who than into over"
    )
)


def own_event_title(
    bullets: list[str], group_texts: list[str], all_texts: list[str], used: set[str], title: str
) -> str:
    """`title` as "Surname's Event" where one bullet's detail titles a group about one person (see
    the module's note); else `title`; `used` (casefolded titles given) updated."""
    if not title or "'s " in title or len(bullets) < MIN_SAYERS or sayers(title, bullets) >= MIN_SAYERS:
        return title
    surname = group_surname(bullets, all_texts)
    if not surname:
        return title
    owned = (e for b in bullets if _only_theirs(b, surname, all_texts) for e in _events(b, surname))
    event = next((e for e in owned if sayers(e, bullets) >= MIN_SAYERS), "") or _proceeding(bullets)
    if not event:
        return title
    phrase = f"{surname}'s {display_title(event, 'en')}"
    others = {u for u in used if u != title.casefold()}
    if not grounded(phrase, group_texts) or not free_of(phrase, {u for u in others if u not in surname.casefold()}):
        return title
    return swapped_title(title, phrase, used)


def _only_theirs(bullet: str, surname: str, all_texts: list[str]) -> bool:
    """Whether the bullet names no person but the surname's (whose "his" it is stays sure)."""
    names = {key(m.group(1)) for m in NAME_RUN.finditer(bullet) if is_person(m.group(1), all_texts)}
    return names <= {surname}


def _events(bullet: str, surname: str) -> list[str]:
    """Each event phrase after "his"/"her"/the surname's possessive: its capitalized modifiers and
    its noun as written ("Masters appearances")."""
    nouns = event_nouns()
    found: list[str] = []
    for match in _OWNED.finditer(bullet):
        if match.group(1) and match.group(1) != surname:
            continue
        words = match.group(2).split()
        at = next((i for i, w in enumerate(words) if _noun(w, nouns)), -1)
        if at >= 0 and _BETWEEN.isdisjoint(w.casefold() for w in words[:at]):
            modifiers = [w for w in words[:at] if w[0].isupper() and w.isalpha()]
            found.append(" ".join([*modifiers, words[at]]))
    return found


def _noun(word: str, nouns: dict[str, bool]) -> bool:
    """Whether `word` (or its singular) is an event noun that stands without its "of"."""
    for form in (word, word[:-1] if word.endswith("s") else word):
        if form in nouns and not nouns[form] and form not in _EITHER_SIDE:
            return True
    return False


@cache
def _court_words() -> tuple[frozenset[str], frozenset[str]]:
    """Every word of a court case, and those that name a proceeding (`data/en_court_words.tsv`)."""
    rows = [[cell.strip() for cell in line.split("\t")] for line in data_lines("en_court_words.tsv")]
    return frozenset(row[0] for row in rows), frozenset(row[0] for row in rows if row[1:] == ["proceeding"])


def _proceeding(bullets: list[str]) -> str:
    """The proceeding most of the bullets write ("sentencing"), where two bullets or more speak of
    a court (first written wins a tie); ''."""
    words, proceedings = _court_words()
    spoken = [set(_WORDS.findall(b.casefold())) for b in bullets]
    if sum(not words.isdisjoint(said) for said in spoken) < MIN_SAYERS:
        return ""
    counts = Counter(w for said in spoken for w in said & proceedings)
    order = [w for b in bullets for w in _WORDS.findall(b.casefold()) if w in counts]
    return max(order, key=lambda w: counts[w], default="")
