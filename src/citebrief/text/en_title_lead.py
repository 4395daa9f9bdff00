"""An English group's title from its lead: where no phrase covers a news group and its title
names a detail that one later bullet gives ("City Player" of the third bullet over Mangala's
contract, Murray's fee and Toure's goal; "Vehicle of Choice" of a figure after the Mekong
crossing), the thing the group's first bullet is about reads better to a reader, since the
bullets after it follow from it.

Only a thing of two words or more that the lead says in its own words takes the place of
such a title: not a person or a place (who and where are kept: a title that names someone is
left alone), not a role, nor a phrase another bullet of the group or of the article says more.
"""

from __future__ import annotations

import re

from citebrief.text.brief_memo import per_brief
from citebrief.text.chunks import Chunk
from citebrief.text.en_chunks import en_chunks, generic_en, word_classes
from citebrief.text.en_title_choice import (
    GENERIC_ALONE,
    bullet_credits,
    families,
    family,
    heard,
    in_passing,
    openers_of,
    said_outside_quotes,
    title_length,
)
from citebrief.text.en_titles import described_name, misread, topic_factor
from citebrief.text.lazy_re import LazyPattern
from citebrief.text.titles import cleanly_cut, display_title, free_of, on_word_boundaries, swapped_title

_WORD = LazyPattern(r"[A-Za-z]+")
_NAMED_WORD = LazyPattern(r"^[A-Z]")
_POSSESSOR = LazyPattern(r"([A-Za-z]+)['’]s\b")
# "Copy of the Issue" reads as a clause, "Christie's Gubernatorial Salary" as one person's
_CLAUSE = LazyPattern(r" (?:of|on|in|for|to) (?:the|a|an) |['’]s ", re.IGNORECASE)
_PARTICLE = r" (?:along|away|off|out|up|down|back|the|a|an|his|her|their|its)\b"
_PARTICLE_AT = LazyPattern(_PARTICLE, re.IGNORECASE)  # matched right after the phrase: no pattern per phrase
# characters `re.IGNORECASE` matches with an ASCII letter, or that `str.lower` lengthens ('İ')
_CASE_ODD = frozenset("\u0130\u0131\u017f\u212a")
MIN_BULLETS = 2  # a group of one bullet has its lead's phrase already
LEAD_ECHOES = 1  # later bullets more than the lead's own title that echo its other thing
SHARED_ECHOES = 2  # other bullets that echo a thing a later bullet says
MAX_WORDS = 4  # "Mekong River Crossing", not a clause


def lead_title(bullets: list[str], group_texts: list[str], all_texts: list[str], used: set[str], title: str) -> str:
    """`title` unless it is said by one bullet at most and names no one; then the best thing the
    first bullet says that a later bullet echoes (where the title is the lead's own, that more
    later bullets echo than echo the title: "Sun Journalists" over "Daily Mirror Reporter"), as
    written in the group's paragraphs (`used` updated); where the lead says none, a thing
    another bullet says that two more echo ("Impact of Divorce" over "Retiree Averages");
    else `title`."""
    if len(bullets) < MIN_BULLETS or not title or _named(title, group_texts):
        return title
    sayers = _sayers(title, bullets)
    if len(sayers) > 1:
        return title
    needed = 1
    if 0 in sayers:  # the lead's own detail gives way only to a thing more of the others echo
        needed = LEAD_ECHOES + _echoes(_as_chunk(title), [families(b) for b in bullets[1:]])
    best = _lead_phrase(bullets, group_texts, all_texts, used - {title.casefold()}, needed)
    echoed = sum(not families(title.lower()).isdisjoint(families(b)) for b in bullets) > 1
    shared = SHARED_ECHOES if 0 in sayers or echoed else 1  # a later bullet's lone detail: one echo will do
    for at in range(1, len(bullets)):
        best = best or _lead_phrase(bullets, group_texts, all_texts, used - {title.casefold()}, shared, at)
    if not best:
        return title
    return display_title(swapped_title(title, best, used), "en")


def _sayers(title: str, bullets: list[str]) -> set[int]:
    """Which bullets say all the title's content words in some form."""
    words = tuple(w.lower() for w in _WORD.findall(title) if not generic_en(w) and len(w) > 2)
    if not words:
        return set()
    chunk = Chunk(" ".join(words), words, "np", False)
    said = [heard(b) for b in bullets]
    return {k for k, c in enumerate(bullet_credits(chunk, said, bullets)) if c >= 1}


def _named(title: str, texts: list[str]) -> bool:
    """The title is a name as the texts write it (each word capitalized: "Jean Morris",
    "Palm Beach County Jail"): who or where, which a reader takes as a group's subject."""
    words = title.split()
    for text in texts:
        at = text.lower().find(title.lower())
        if at >= 0:
            written = text[at : at + len(title)].split()
            return all(_NAMED_WORD.search(w) for w in written) and len(written) == len(words) and at > 0
    return False


def _as_chunk(title: str) -> Chunk:
    """A title's words as a phrase to count echoes of: a displayed title no longer shows which
    words are names, so each counts ("Reporter" of "Daily Mirror Reporter" echoed by "crime reporter")."""
    words = tuple(w.lower() for w in _WORD.findall(title))
    return Chunk(title.lower(), words, "np", False, (False,) * len(words))


def _lead_phrase(
    bullets: list[str], group_texts: list[str], all_texts: list[str], used: set[str], needed: int = 1, at: int = 0
) -> str:
    """The best-reading thing bullet `at` (the lead) says that `needed` other bullets echo, ''
    where it says none fit to title the group."""
    lead = bullets[at]
    openers = openers_of(group_texts)
    said = [heard(b) for b in bullets]
    echoed = [families(b) for k, b in enumerate(bullets) if k != at]  # the other bullets', once for all phrases
    scored = []
    for chunk in en_chunks(lead):
        if not _thing(chunk) or not free_of(chunk.text, used):
            continue
        others = _echoes(chunk, echoed)  # a count of set tests: asked before the texts are read
        if others < needed:
            continue  # the lead's aside ("Coffee Table", "Brown Paste"): most of its phrases
        if in_passing(chunk.text, lead) or not said_outside_quotes(chunk.text, [lead]):
            continue
        if not _written(chunk.text, group_texts) or _elsewhere(chunk.text, group_texts, all_texts):
            continue
        length = title_length(chunk, openers)
        if length <= GENERIC_ALONE:
            continue
        topic = topic_factor(chunk.text, chunk.words, chunk.named, said)
        if topic < 1:
            continue  # a role ("Chief Executive")
        scored.append((length * topic * described_name(chunk.named) * (1 + others), chunk.text))
    scored.sort(key=lambda item: (-item[0], item[1]))
    return scored[0][1] if scored else ""


def _echoes(chunk: Chunk, said: list[frozenset[str]]) -> int:
    """How many later bullets say one of the phrase's own words (not a name's, not a word any
    text says) in some form: "Relegation Zone" of "relegation fears", "Longest Kite" of "kite"."""
    named = chunk.named or (False,) * len(chunk.words)
    owners = {family(w) for w in _POSSESSOR.findall(chunk.text)}  # "City" of "City's Current Supplier"
    own = {family(w) for w, n in zip(chunk.words, named, strict=True) if not n and not generic_en(w) and _noun(w)}
    own -= owners
    return sum(not own.isdisjoint(s) for s in said)


def _noun(word: str) -> bool:
    """A word that may name a thing: not a quality alone ("Black" of "Black Leggings")."""
    classes = word_classes(word.lower())
    return not classes or ("NOUN" in classes and "ADJ" not in classes)


def _thing(chunk: Chunk) -> bool:
    """A noun phrase of two to four words, headed by no name: a thing or an event."""
    named = chunk.named or (False,) * len(chunk.words)
    return (
        chunk.kind == "np"
        and 2 <= len(chunk.text.split()) <= MAX_WORDS
        and not chunk.name_only
        and not named[-1]
        and not any(c.isdigit() for c in chunk.text)
        and not _CLAUSE.search(chunk.text)
    )


def _written(text: str, texts: list[str]) -> bool:
    """The phrase is said as written in the group's paragraphs on word boundaries, cut cleanly."""
    folded = text.casefold()
    if any(folded in t.casefold() and _particle_after(text, t) for t in texts):
        return False  # "the song cascades along": its last word is the verb
    return any(on_word_boundaries(text, t, "en") and cleanly_cut(text, t, "en") for t in texts) and not misread(
        text, texts
    )


def _particle_after(text: str, t: str) -> bool:
    """`re.search(re.escape(text) + _PARTICLE, t, re.IGNORECASE)` without compiling a pattern per
    phrase (~0.4 ms each): each place `t` says `text` in any case, the particle matched after it."""
    if not text.isascii() or not _CASE_ODD.isdisjoint(t):
        return bool(re.search(re.escape(text) + _PARTICLE, t, re.IGNORECASE))
    low, needle = t.lower(), text.lower()
    at = low.find(needle)
    while at >= 0:
        if _PARTICLE_AT.match(t, at + len(needle)):
            return True
        at = low.find(needle, at + 1)
    return False


def _elsewhere(text: str, group_texts: list[str], all_texts: list[str]) -> bool:
    """The article says the phrase more outside the group's paragraphs than in them (counted in
    each scope's texts lower-cased once a brief, not once a phrase: `_lowered`)."""
    lower = text.lower()
    if not lower or "\n" in lower:  # a phrase across lines could match across two texts joined
        mine = sum(t.lower().count(lower) for t in group_texts)
        every = sum(t.lower().count(lower) for t in all_texts)
    else:
        mine, every = _lowered(tuple(group_texts)).count(lower), _lowered(tuple(all_texts)).count(lower)
    return every - mine > mine


@per_brief(maxsize=64)
def _lowered(texts: tuple[str, ...]) -> str:
    """The texts, each lower-cased, one a line: a phrase without a line break is counted in it
    as in each text apart."""
    return "\n".join(t.lower() for t in texts)
