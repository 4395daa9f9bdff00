"""An English group title that does not repeat the main word of a title the brief already has.

Blind readers of news briefs take two groups for one where their titles share a common noun
("Derbies" beside "Derby Defeats", "Sentence" beside "Sentencing Hearing", "House Prices" beside
"Houses", "Foreign Terrorist Fighters" under the overview "Foreign Fighters"), though the bullets
tell different things. This step reads a group's title and the titles given before it (the
overview's and earlier groups', in `used`); where they share a word family the article writes in
lower case (a thing, not a name: "Adeli's Arrest" beside "Adeli's Jailing" is the owner steps'
choice and stays) and the title is shared modifiers before a noun of its own, the noun alone takes
its place where more of the group's bullets say it in lower case than say the whole title (two at
least) and no two bullets say the whole as a term ("Sentencing Hearing" → "Hearing" beside
"Sentence"; "Space Station", which three bullets say, stays; "Law of Service" stays: "Law" alone
says less than the twin).

Where none is found the title stays: a twin reads better than one bullet's detail.

Tried and left: a modifier and noun the bullets say (`en_title_majority._pair_said`) in the
twin's place, as many of them as say the title: one bullet's detail came ("Sun Journalists" →
"Public Office", said by one bullet, counted by another's "public officials"); a title less a
shared word in its middle ("Foreign Terrorist Fighters" → "Terrorist").
"""

from __future__ import annotations

from citebrief.text.en_chunks import word_classes
from citebrief.text.en_title_choice import family
from citebrief.text.en_title_majority import _thing_noun
from citebrief.text.en_title_theme import _name, _own, fits
from citebrief.text.lazy_re import LazyPattern
from citebrief.text.titles import display_title

MIN_SAYERS = 2  # bullets that say a replacement's words, at least
_WORD = LazyPattern(r"[A-Za-z][A-Za-z-]*")
_LOWER = LazyPattern(r"\b[a-z][a-z-]*\b")
# each word, with a space where a lower-case word follows it: the phrase may run on
_LOWER_SPANS = LazyPattern(r"\b([A-Za-z][A-Za-z-]*)\b(?=( (?=[a-z])|))")
_JOINS = frozenset({"the", "and", "of", "for", "with", "from", "into"})  # no word a twin shares


def title_families(title: str) -> set[str]:
    """The families of a title's words of three letters or more ("Derby Defeats" → derb, defeat)."""
    words = _WORD.findall(title)
    return {family(w) for w in words if len(w) > 2 and w.lower() not in _JOINS}


def _lower_families(texts: list[str]) -> set[str]:
    """The families the texts write in lower case: things, not names."""
    return {family(w) for t in texts for w in _LOWER.findall(t)}


def twin_title(bullets: list[str], group_texts: list[str], all_texts: list[str], used: set[str], title: str) -> str:
    """`title` unless it shares a lower-case word family with another title in `used` and the
    group's bullets say another title as well (see the module's note); `used` updated."""
    if not title or _name(title, group_texts):
        return title
    others = {u for u in used if u and u != title.casefold()}
    own = title_families(title)
    shared = {f for u in others for f in title_families(u)} & own
    shared = shared & _lower_families(all_texts) if shared else shared
    if not shared:
        return title
    best = _less_shared(title, shared, bullets, group_texts, all_texts, others)
    if not best:
        return title
    used.discard(title.casefold())
    used.add(best.casefold())
    return display_title(best, "en")


def _less_shared(
    title: str, shared: set[str], bullets: list[str], group_texts: list[str], all_texts: list[str], others: set[str]
) -> str:
    """The title's noun, where its modifiers are all shared words and the noun is a thing's that
    more of the bullets say in lower case than say the whole title (two at least), the group's own."""
    words = _WORD.findall(title)
    if len(words) < 2 or any(w.lower() in _JOINS or family(w) not in shared for w in words[:-1]):
        return ""
    word = words[-1]
    if family(word) in shared or not _thing_noun(word.lower()):
        return ""
    said = sum(_heads(family(word), b) for b in bullets)
    whole = sum(title.casefold() in b.casefold() for b in bullets)
    if said < max(MIN_SAYERS, whole + 1) or whole > 1 or not _own(word, group_texts, all_texts):
        return ""
    return word.lower() if fits(word.lower(), group_texts, others) else ""


def _heads(key: str, bullet: str) -> bool:
    """The bullet says a word of the family `key` in lower case as the head of its phrase, not as
    a modifier of the noun after it ("a short hearing on May 15", not "Oxfam poverty chief")."""
    words = _LOWER_SPANS.findall(bullet)
    for at, (word, gap) in enumerate(words):
        if not word[0].islower() or family(word) != key:
            continue
        follower = words[at + 1][0] if at + 1 < len(words) and gap == " " else ""
        classes = word_classes(follower) if follower else frozenset()
        if "NOUN" not in classes or classes & {"VERB", "AUX"}:
            return True
    return False
