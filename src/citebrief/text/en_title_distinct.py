"""An English group title that says again what another title of the brief says.

Blind readers of en-cnndm briefs mark "Key points: Giant Arrows" over a group "Concrete Arrows",
"Capture" beside "Arrest", "Tech Companies" beside "Tech Firms" as near-duplicates: two strands
that read as one. Reads a news brief's group title beside the titles before it (the overview's
and the earlier groups', held in the `used` set the title steps get): where the title's head
noun (the last word, or the one before "of") is of one word family with a word of another title
("arrow"/"arrows", "immigrant"/"immigration": six letters alike) or a synonym on one line of
`data/en_title_synonyms.tsv` ("capture"/"arrest"), the title gives way to what the group adds:
its best-ranked phrase (`en_title_choice.ranked_phrases`) that two bullets or more say, that
repeats no other title, and that is a noun alone a bullet says as a thing (not "terrorist" of
"terrorist fighters"), not a word that reads as an act ("Leave", "Film") nor a role, medium or
place (`en_title_setting`): "Beacons", not "Concrete Arrows" under "Giant Arrows"; "Taxpayers",
not "Banks" under "Royal Bank of Scotland". Where the group has none, the title stays; so does a
title that joins its noun to which one it is ("Prosecution against Unregistered Schools",
`en_title_modified.JOINERS`): the repeat there says which, and the noun cut from it ("Prosecution"
under "Illegal Schools") names less. Names are
no repeat ("Adeli's Arrest" under "Jafar Adeli's Capture" says whose): a word counts where the
article writes it in lower case, or not at all. Runs last of the English title steps.

Tried and left: phrases of two words or more that two bullets say ("UK Brand" of "the leading UK
brand" under a store launch, "Trussell Trust Counts Numbers", "Rory McIlroy's Par") and phrases
one bullet says that name an event ("Previous Record", "Military Defeat"): each read worse than
the repeat. Most repeats over en-cnndm (25 of 200 briefs) have no such word and stay; several
are groups of one strand, a grouping matter ("Sentence" and "Sentencing Hearing").
"""

from __future__ import annotations

import re
from functools import cache

from citebrief.text.brief_memo import per_brief
from citebrief.text.data_files import data_lines
from citebrief.text.en_chunks import generic_en, word_classes
from citebrief.text.en_title_choice import MIN_SHARED, TITLE_TRIES, family, may_act, ranked_phrases
from citebrief.text.en_title_modified import JOINERS
from citebrief.text.en_title_setting import setting
from citebrief.text.titles import cleanly_cut, display_title, on_word_boundaries, swapped_title

_WORD = re.compile(r"[A-Za-z]+")
KINDS = 2  # other titles one repeats where the brief's groups are kinds of one thing, not twins
MIN_PREFIX = 6  # letters two words of one family share at least ("immigra|nt", "immigra|tion")


@cache
def _synonyms() -> dict[str, int]:
    """Each synonym's family and the line it is on (`data/en_title_synonyms.tsv`)."""
    rows = enumerate(data_lines("en_title_synonyms.tsv"))
    return {family(word.strip()): number for number, line in rows for word in line.split("\t")}


def _head(title: str) -> str:
    """The title's head word: the last before any " of ", else the last (no "Key points:")."""
    words = _WORD.findall(title.partition(":")[2] if ":" in title else title)
    lowered: list[str] = [w.lower() for w in words]
    if "of" in lowered[1:]:
        return lowered[lowered.index("of") - 1]
    return lowered[-1] if lowered else ""


def _kin(one: str, other: str) -> bool:
    """Two families of one word ("arrow"/"arrows", "immigrant"/"immigration") or synonyms."""
    if one == other:
        return True
    if min(len(one), len(other)) >= MIN_PREFIX and one[:MIN_PREFIX] == other[:MIN_PREFIX]:
        return True
    lines = _synonyms()
    return one in lines and lines[one] == lines.get(other)


@per_brief(maxsize=64)
def _written(texts: tuple[str, ...]) -> tuple[frozenset[str], frozenset[str]]:
    """The words the article writes in lower case somewhere, and all it writes (lower-cased)."""
    words = _WORD.findall("\n".join(texts))  # (no word runs over a line's end)
    return frozenset(filter(str.islower, words)), frozenset(map(str.lower, words))


def _lowered(word: str, texts: tuple[str, ...]) -> bool:
    """The article writes the word in lower case somewhere, or not at all (a title's "Capture"
    of "was caught"): a thing, not a name it writes capitalized only."""
    lowered, written = _written(texts)
    return word.lower() in lowered or word.lower() not in written


@per_brief(maxsize=1024)  # each title is read against every other title, by several steps
def _content(title: str, texts: tuple[str, ...]) -> frozenset[str]:
    """The families of the title's words that name a thing (not a name, not a generic word)."""
    words = _WORD.findall(title.partition(":")[2] if ":" in title else title)
    return frozenset(family(w) for w in words if len(w) > 2 and not generic_en(w.lower()) and _lowered(w, texts))


def repeated(title: str, other: str, texts: list[str]) -> bool:
    """Whether `title` says again what `other` says: a head noun of one is a family of the other."""
    every = tuple(texts)
    own, theirs = _content(title, every), _content(other, every)
    heads = {family(_head(title)), family(_head(other))}
    return any(_kin(a, b) for a in own for b in theirs if a in heads or b in heads)


def _as_head(word: str, bullets: list[str]) -> bool:
    """Some bullet says the word as a thing itself: not right before a noun it modifies."""
    pattern = re.compile(rf"\b{re.escape(word)}\b(\W*)([A-Za-z]*)", re.IGNORECASE)
    for bullet in bullets:
        for found in pattern.finditer(bullet):
            after, following = found.group(1), found.group(2)
            if after.strip() or not following or "NOUN" not in word_classes(following.lower()):
                return True
    return False


def _joined(title: str) -> bool:
    """The title joins its noun to which one it is ("Law of Service", "Changes to Income Tax"): what
    another title repeats is there to say which, and the noun cut from it names less."""
    return any(word in JOINERS for word in title.casefold().split()[1:-1])


def distinct_title(bullets: list[str], group_texts: list[str], all_texts: list[str], used: set[str], title: str) -> str:
    """`title` unless its head repeats another title in `used` and two bullets or more say a noun
    free of every other title; then that noun; `used` updated."""
    if not title or len(bullets) < MIN_SHARED or _joined(title):
        # "Law of Service" says what of what: a single noun in its place read worse (read 39i); so does
        # "Prosecution" in place of "Prosecution against Unregistered Schools" (`en_title_modified`'s)
        return title
    others = used - {title.casefold()}
    repeats = [o for o in others if title.casefold() not in o and repeated(title, o, all_texts)]
    if not repeats:
        return title  # (a title inside another, "Eisenhower Tree", was let stand by the steps before)
    # one title each: "royal bank" is "royal bank of scotland" again
    whole = [o for o in repeats if not any(o != p and o in p for p in repeats)]
    if len(whole) >= KINDS:
        # "Service of Divorce Papers", "Law of Service", "Alternate Service": the story's thing and its
        # kinds, not twins; "Defendants" in its place read worse (read 39z)
        return title
    ranked = ranked_phrases(bullets, group_texts, all_texts, others, MIN_SHARED)[:TITLE_TRIES]
    forms = {text.lower() for text, _ in ranked}
    for phrase, covered in ranked:
        if " " in phrase or covered < MIN_SHARED or any(repeated(phrase, o, all_texts) for o in others):
            continue  # a noun alone two bullets say; their longer phrases read as clauses ("UK Brand")
        if may_act(phrase) or setting(phrase) or word_classes(phrase.lower()) != frozenset({"NOUN"}):
            continue  # "Leave", "Film" read as an act; "Nurse" says who; "Regular" is no thing
        if not _as_head(phrase, bullets):
            continue  # "Terrorist" of "terrorist fighters", "terrorist goal": a modifier, not a thing
        plural = phrase.lower() + "s" in forms  # "Beacons" the bullets say, not one "Beacon"
        text = phrase + "s" if plural else phrase
        if not any(on_word_boundaries(text, t, "en") and cleanly_cut(text, t, "en") for t in group_texts):
            continue
        return display_title(swapped_title(title, text, used), "en")
    return title
