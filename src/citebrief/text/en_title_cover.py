"""An English group's title said by most of its bullets: readers of news briefs mark a title that
names one bullet's detail ("Pretty Pricey Skin", "Cover Legal Debts", "Ted Talk") over a group
whose bullets share a name or a thing ("Josh Hatfield", "Brenda Burns", "Orgasmic Meditation").

Where the title chosen so far (`en_title_choice.py`) is said by fewer than half the bullets, a
phrase that half of them or more say in some form takes its place: a person by their full name
where the bullets say their surname, a thing of two words or more, or a word alone that most of
them say. A phrase the whole article says ("Skin" of a skin clinic's story) names no group.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from citebrief.text.brief_memo import per_brief
from citebrief.text.chunks import Chunk, word_list
from citebrief.text.en_chunks import generic_en, word_classes
from citebrief.text.en_empty_titles import empty_title
from citebrief.text.en_title_choice import (
    GENERIC_ALONE,
    MIN_STEM,
    PLAIN_FAMILIES,
    article_counts,
    bullet_credits,
    families,
    family,
    family_counts,
    group_lengths,
    group_phrases,
    heard,
    in_passing,
    said_outside_quotes,
)
from citebrief.text.en_title_lead import lead_title
from citebrief.text.en_title_lone_adjective import lone_adjective
from citebrief.text.en_titles import described_name, misread, topic_factor
from citebrief.text.lazy_re import LazyPattern
from citebrief.text.name_places import after_count, after_role, names_before, said_on_its_own, written_as_name
from citebrief.text.titles import cleanly_cut, display_title, on_word_boundaries, swapped_title

_WORD = LazyPattern(r"[A-Za-z]+")
MIN_SAID = 2  # bullets that say a covering title, at least
WORD_ALONE_SAID = 3  # a common word alone ("Fences") is said by three bullets or more
WORD_ALONE_SHARE = 2 / 3  # and by two thirds of them
MIN_OWN_SHARE = 0.5  # of the article's mentions of the phrase's rarest word, in the group's paragraphs
SURNAME_FACTOR = 0.8  # "Hatfield" where no bullet gives the full name
EVENT_MARGIN = 1  # bullets more than an event title ("Transfer Embargo") says, to displace it


def covering_title(bullets: list[str], group_texts: list[str], all_texts: list[str], used: set[str], title: str) -> str:
    """`title` where half the bullets or more say it, else the phrase most of them say, as
    written in the group's paragraphs (`used` updated); `title` where none does."""
    if not bullets:
        return title
    said = [heard(b) for b in bullets]
    current = _said_by(title, said, bullets)
    if 2 * current >= len(bullets):
        return title
    words = tuple(w.lower() for w in title.split())
    event = len(words) > 1 and current >= 1 and topic_factor(title.lower(), words, (False,) * len(words), []) > 1
    needed = max(MIN_SAID, (len(bullets) + 1) // 2, current + EVENT_MARGIN if event else 0)
    others = used - {title.casefold()}
    best = _best(bullets, group_texts, all_texts, others, needed)
    if best and families(best) < families(title):
        return title  # "Session" says less than "Saturday's Opening Session"
    if best and empty_title(best, all_texts) and not empty_title(title, all_texts):
        return title  # "Lower Deck Designs", not "Personal Comfort" two of three say (`en_empty_titles`)
    if not best:
        return lead_title(bullets, group_texts, all_texts, used, title)  # one later bullet's detail
    return display_title(swapped_title(title, best, used), "en")


def _said_by(title: str, said: list[frozenset[str]], bullets: list[str]) -> int:
    """How many bullets say all the title's content words in some form."""
    words = tuple(w.lower() for w in _WORD.findall(title) if not generic_en(w) and len(w) > 2)
    if not words:
        return 0
    chunk = Chunk(" ".join(words), words, "np", False)
    return sum(c >= 1 for c in bullet_credits(chunk, said, bullets))


@dataclass(frozen=True)
class Phrase:
    """A phrase the bullets say: which of them (their places) and how well it reads as a title
    (a thing or an event over a word alone, a surname alone less)."""

    text: str
    members: frozenset[int]
    quality: float
    alone: bool  # a word alone, not a name: most of its group's bullets must say it
    surname: bool  # a person's surname alone


def phrases(bullets: list[str], group_texts: list[str], all_texts: list[str], used: set[str]) -> list[Phrase]:
    """The bullets' phrases that half of them or more say (two at least: what every reader asks)
    and that may title a group of them: not a source, someone's words, a role, a unit or a title
    given already (`used`), nor a word the article says as much outside `group_texts` as in them."""
    found = _phrases(tuple(bullets), tuple(group_texts), tuple(all_texts))
    return [p for p, chunk in found if not _taken(p.text, chunk, used)]


def _taken(text: str, chunk: Chunk, used: set[str]) -> bool:
    """The overview's subject ("Allen" of "Grant Allen") or another group's title holds it."""
    folded = text.casefold()
    return any(folded in u or u in folded for u in used) or _named_before(chunk, used)


@lru_cache(maxsize=64)
def _phrases(
    bullets: tuple[str, ...], group_texts: tuple[str, ...], all_texts: tuple[str, ...]
) -> tuple[tuple[Phrase, Chunk], ...]:
    """`phrases` before the titles given are left out: once for a group, whether the grouping
    asks (`en_title_groups.py`) or its title does."""
    table, lengths = group_phrases(bullets), group_lengths(group_texts)  # what each title pass reads
    listed = list(bullets)
    said, plain = table.said, table.plain
    mine, everywhere = _Said(group_texts), article_counts(all_texts)
    # both readers (`_best`, the grouping's `en_title_groups._covering`) take a phrase half the
    # bullets say at least: one fewer bullets say is let go before its shape and members are read
    least = max(MIN_SAID, (len(bullets) + 1) // 2)
    found = []
    for text, chunk in table.chunks.items():
        if not chunk.words or described_name(chunk.named) < 1:
            continue
        # a bullet that says none of its words says it in no form
        if table.saying(chunk) < least or not _reads_as_title(chunk):
            continue  # (most of a group's phrases one bullet says: the shape is read for the others)
        length = lengths.length(chunk)  # the cheap rejects first: each test here is a pure one
        if length <= GENERIC_ALONE:
            continue
        members, factor = _members(chunk, said, listed)
        alone = len(chunk.words) == 1 and not chunk.name_only
        if len(members) < least or (len(chunk.words) == 1 and not _alone(chunk, len(members), listed, all_texts)):
            continue
        if _own_share(chunk, mine, everywhere) < MIN_OWN_SHARE:
            continue
        if lone_adjective(chunk, said):
            continue  # "Successful Industry" of one quote, over bullets that say "the industry"
        if not said_outside_quotes(text, listed) or _reporter(text, listed):
            continue  # "Sorry Ruud": someone's words; "reporter Kaitlin Collins": who told it
        quality = length * factor * topic_factor(text, chunk.words, chunk.named, plain)
        found.append((Phrase(text, members, quality, alone, factor < 1), chunk))
    return tuple(found)


def fits(text: str, texts: list[str]) -> bool:
    """The phrase is said as written in `texts` on word boundaries, as a noun phrase."""
    return any(on_word_boundaries(text, t, "en") and cleanly_cut(text, t, "en") for t in texts) and not misread(
        text, texts
    )


def _best(
    bullets: list[str],
    group_texts: list[str],
    all_texts: list[str],
    used: set[str],
    needed: int,
) -> str:
    """The best-reading phrase that `needed` bullets or more say, '' where there is none."""
    scored = []
    for phrase in phrases(bullets, group_texts, all_texts, used):
        count = len(phrase.members)
        if count < needed or (phrase.alone and count < WORD_ALONE_SHARE * len(bullets)):
            continue
        if phrase.surname and 2 * count <= len(bullets) and len(bullets) > 3:
            continue  # who half of four bullets name is one of the group's people, not its subject
        scored.append((count * phrase.quality, count, phrase.text))
    scored.sort(key=lambda item: (-item[0], -item[1], item[2]))
    return next((text for _, _, text in scored if fits(text, group_texts)), "")


# who told or reported it: a source, not the group's subject ("told Daily Mail Australia")
_OUTLET = LazyPattern(
    r"\b(?:Mail|Post|Times|News|Telegraph|Herald|Guardian|Mirror|Sun|Express|Online|Press|CNN|BBC|TV)\b"
)


def _named_before(chunk: Chunk, used: set[str]) -> bool:
    """The phrase ends on a name a title given already says ("Mr. Hatfield" after "Josh Hatfield")."""
    named = chunk.named or (False,) * len(chunk.words)
    return named[-1] and any(family(chunk.words[-1]) in families(u) for u in used)


_REPORTERS = ("reporter", "journalist", "correspondent", "editor", "columnist", "analyst", "commentator", "pundit")


def _reporter(name: str, bullets: list[str]) -> bool:
    """The name is a journalist's or a commentator's ("Daily Caller reporter Kaitlin Collins", "CNN
    legal analyst Paul Callan"): who told or judged the story, not what it is about."""
    return any(_may_say(name, b) and after_role(_REPORTERS, name, b) for b in bullets)  # text/name_places.py


def _may_say(word: str, text: str) -> bool:
    """Whether a pattern that ignores case may find `word` in `text`: False only where both are
    ASCII and the text lacks the word in any case (outside ASCII, the pattern's own case rules
    decide: "K" matches the Kelvin sign)."""
    return not (word.isascii() and text.isascii()) or word.lower() in text.lower()


@per_brief(maxsize=16384)  # a phrase of a bullet is read again for each grouping the bullet is tried in
def _reads_as_title(chunk: Chunk) -> bool:
    """Not a person's role or kind ("Swansea City Man", "United Boss"), no "-born" or possessive
    before a name ("Windsor-born Haskell", "Bayern's Sebastian Rode"), no quality before a name
    ("American Spieth"), no news outlet."""
    words = chunk.words
    named = chunk.named or (False,) * len(words)
    if family(words[-1]) in PLAIN_FAMILIES or _OUTLET.search(chunk.text) or words[0].rstrip(".") in HONORIFICS:
        return False  # "Swansea City Man", "Daily Mail Australia", "Mr. Hatfield"
    if any(n for n in named) and ("-born" in chunk.text or "'s " in chunk.text or "’s " in chunk.text):
        return False
    return not (len(words) == 2 and all(named) and not _first_name(chunk.text.split()[0]))  # "American Spieth"


def _members(chunk: Chunk, said: list[frozenset[str]], bullets: list[str]) -> tuple[frozenset[int], float]:
    """Which bullets say the phrase in their own right (not in a list or an aside), and how it
    reads: a person's full name is said by each bullet that says the surname ("Mr. Hatfield"
    of "Josh Hatfield"); a surname alone (a person: the article gives the full name) reads
    less well."""
    named = chunk.named or (False,) * len(chunk.words)
    if len(chunk.words) >= 2 and all(named):  # a name is said as written, not word by word ("World Cup")
        said_as = chunk.text.split()[-1] if len(chunk.words) == 2 else chunk.text
        holders = [k for k, b in enumerate(bullets) if said_as in b]
        if not holders:
            return frozenset(), 1.0  # no pattern compiled for a name no bullet writes
        # as a name: "City", not "city tax" (text/name_places.py: no pattern compiled per name)
        places = (k for k in holders if written_as_name(said_as, bullets[k]) and not in_passing(said_as, bullets[k]))
        return frozenset(places), 1.0
    if chunk.name_only and len(chunk.words) == 1:  # "Sterling and Ibe": one of a pair, not the group's subject
        # a match holds " and <name>" or "<name> and ": a bullet with neither is not searched, and
        # where no bullet has one no pattern is compiled
        after, before = f" and {chunk.text}", f"{chunk.text} and "
        if any(after in b or before in b for b in bullets):
            paired = _compiled(rf"[A-Z]\w+ and {re.escape(chunk.text)}\b|\b{re.escape(chunk.text)} and [A-Z]")
            bullets = [b if (after not in b and before not in b) or not paired.search(b) else "" for b in bullets]
            said = [s if b else frozenset() for s, b in zip(said, bullets, strict=True)]
    credits = bullet_credits(chunk, said, bullets)
    places = (
        k for k, (c, b) in enumerate(zip(credits, bullets, strict=True)) if c >= 1 and not in_passing(chunk.text, b)
    )
    return frozenset(places), SURNAME_FACTOR if chunk.name_only and len(chunk.words) == 1 else 1.0


def _alone(chunk: Chunk, count: int, bullets: list[str], all_texts: tuple[str, ...]) -> bool:
    """A word alone titles a group where it is a person's surname (the article gives their full
    name: "Holyfield" of "Evander Holyfield"), or a noun most of the bullets say; not a place
    or a body alone ("Essex", "Turkey")."""
    word = chunk.text
    if chunk.name_only:
        if word.lower() in _NOT_FIRST or word_classes(word.lower()):
            return False  # "With" of a caption run into the text, "Session", "Racing"
        return _given_name_before(word, all_texts)
    if "NOUN" not in word_classes(word.lower()) or "VERB" in word_classes(word.lower()):
        return False  # "Play", "Love", "Call": an act as much as a thing
    if any(_may_say(word[:MIN_STEM], b) and after_count(word[:MIN_STEM], b) for b in bullets):
        return False  # "seven feet", "130 hours": a unit of what the bullets count (text/name_places.py)
    return count >= WORD_ALONE_SAID


@per_brief(maxsize=4096)  # each grouping and title step asks of the same surnames
def _given_name_before(word: str, all_texts: tuple[str, ...]) -> bool:
    """Somewhere the article writes a first name or a title before the name `word`."""
    said = f" {word}"  # in every match: a text without it has none
    holders = [t for t in all_texts if said in t]
    if not holders:
        return False  # no pattern compiled for a word no text writes after a space
    return any(_first_name(first, dot, all_texts) for t in holders for first, dot in names_before(word, t))


_NOT_FIRST = frozenset(
    word_list(
        "the a an in at on and but for with from by as when after before while if so then this that his her their"
    )
)
HONORIFICS = frozenset(word_list("mr mrs ms dr miss sir"))
_NATIONALITY = LazyPattern(r"(?:ian|ean|ese|ish|can)$")


def _first_name(word: str, dot: str = "", texts: Sequence[str] | None = None) -> bool:
    """A word that may be a person's first name or title before a surname ("Evander", "Mr"):
    not a word the lexicon knows, a function word or a nationality ("American Spieth"), nor,
    given the article's `texts`, a word they say on its own ("London" of "London Wasps",
    "Augsburg"): a first name comes with its surname."""
    lower = word.lower()
    if lower in HONORIFICS:
        return True
    if dot:
        return False  # "Inc. Bayern": an abbreviation's full stop
    if texts is not None and any(said_on_its_own(word, t) for t in texts):
        return False
    if not word[1:].islower():
        return False  # "FC United": a club's initials, no person
    if lower in _NOT_FIRST or family(lower) in PLAIN_FAMILIES:  # "Saturday Bayern", "Former Spieth"
        return False
    return not word_classes(lower) and not _NATIONALITY.search(lower)


@lru_cache(maxsize=4096)
def _compiled(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """A pattern made for one word, compiled once: the same names come up in every group."""
    return re.compile(pattern, flags)


class _Said:
    """How often texts say a word family: their counts summed for the few families asked, not
    a count of the texts joined for each group (no word runs across two texts)."""

    def __init__(self, texts: tuple[str, ...]) -> None:
        self.texts = texts

    def __getitem__(self, key: str) -> int:
        return sum(family_counts(t)[key] for t in self.texts)


def _own_share(chunk: Chunk, mine: _Said, everywhere: Counter[str]) -> float:
    """The share of the article's mentions of the phrase's rarest word in the group's
    paragraphs: "Skin" in every group of a skin clinic's story names none."""
    shares = [mine[f] / everywhere[f] for f in (family(w) for w in chunk.words if not generic_en(w)) if everywhere[f]]
    return max(shares, default=1.0)
