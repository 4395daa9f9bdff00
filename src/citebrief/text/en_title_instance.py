"""Whether a bullet speaks of another one of the thing an English title phrase names by whose it
is or which in order ("Bouchard's forehand", "fourth try"): a bullet that writes the phrase's head
noun only after "a", "another" or another ordinal or owner ("sailed a forehand long", "his first
try", "Davis's forehand") tells another shot or try, not the one the phrase names.

`en_title_choice.en_group_title` credited a phrase for each bullet that says its head, so such a
phrase, which the group's paragraphs say once, displaced the specific choice over a group it does
not name ("Bouchard's Forehand" over how the match went, en-cnndm 197). It now displaces it only
where it speaks for enough bullets without those (`short_of_others`). A bullet that writes the
phrase ("Bouchard's 102mph serve" says "Bouchard's serve"), or its head after "the" ("the trophy"
of "McCoy's trophy") or bare ("suffered several injuries" of "Naomi's injuries"), still counts.

Narrow on purpose: only a phrase whose head follows the owner or the ordinal straight ("Jak's
Journey page" is a name's page, left), and only against a choice that names another thing: where
the choice has the same head ("Corner of a Scrum"), the head word speaks for both alike, and
"Georgia's Scrum" stays (en-xsum 114, which read worse as "Corner of a Scrum"). Tried and left:
the same count in `en_title_lead` and `en_title_detail` (en-cnndm 13's "Warrington's Fourth Try",
which `en_title_lead` gives back): its group then took "Lively Substitute" (`en_title_shared`), worse.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from citebrief.text.data_files import rows_by_kind

_TOKEN = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*(?:'s\b|'(?![a-z]))?")
_OWNER_ENDS = ("'s", "s'")
OWNER_GAP = 1  # words between an owner and the head a bullet may write ("Bouchard's 102mph serve")


@cache
def _words() -> dict[str, frozenset[str]]:
    """The table's words by kind (`data/en_other_instance.tsv`): "ordinal" and "another"."""
    return {kind: frozenset(words) for kind, words in rows_by_kind("en_other_instance.tsv").items()}


def ordinals() -> frozenset[str]:
    return _words()["ordinal"]


def another_words() -> frozenset[str]:
    return _words()["another"]


@lru_cache(maxsize=4096)
def tokens(text: str) -> tuple[str, ...]:
    """A text's lower-case words, an owner's "'s" (or a plural's "'") kept on its word."""
    return tuple(_TOKEN.findall(text.lower().replace("’", "'")))


def _owner(word: str) -> bool:
    return word.endswith(_OWNER_ENDS) and len(word) > 2


def instance_phrase(phrase: str) -> tuple[str, str] | None:
    """The modifier and head of a phrase that names one thing by its owner or ordinal, the head
    straight after it ("Bouchard's forehand" → ("bouchard's", "forehand")), else None."""
    words = tokens(phrase)
    if len(words) < 2 or len(words) != len(phrase.split()):
        return None  # a phrase of other marks ("3-1 lead", "U.S. team") is no such phrase
    modifier, head = words[-2], words[-1]
    if _owner(head) or not (_owner(modifier) or modifier in ordinals()):
        return None
    return modifier, head


def another_one(phrase: str, bullet: str) -> bool:
    """True when the bullet writes the phrase's head only as another of its kind: each place
    after "a", "another", an ordinal or an owner not the phrase's own (a word between allowed),
    none after the phrase's own modifier or "the". False for any other phrase or bullet."""
    found = instance_phrase(phrase)
    if found is None:
        return False
    modifier, head = found
    words = tokens(bullet)
    places = [at for at, word in enumerate(words) if word == head]
    return bool(places) and all(_another_before(words[max(at - 1 - OWNER_GAP, 0) : at], modifier) for at in places)


def _another_before(before: tuple[str, ...], modifier: str) -> bool:
    """The words before a place of the head mark it as another one, not the phrase's."""
    if modifier in before[-1:] or (_owner(modifier) and modifier in before):
        return False  # the phrase itself ("fourth try", "Bouchard's 102mph serve")
    if before[-1:] == ("the",):
        return False  # the one already named ("the trophy")
    return any(w in another_words() or w in ordinals() or _owner(w) for w in before)


def short_of_others(phrase: str, rival: str, bullets: list[str], credits: list[float], needed: float) -> bool:
    """The phrase names one thing by owner or ordinal, the choice `rival` names another head, and
    the bullets' `credits` for it (`en_title_choice.bullet_credits`) come short of `needed` once
    the bullets that say its head only as another one are left out."""
    found = instance_phrase(phrase)
    if found is None or _singular(found[1]) in {_singular(w) for w in tokens(rival)}:
        return False
    others = [another_one(phrase, b) for b in bullets]
    return any(others) and sum(c for c, other in zip(credits, others, strict=True) if not other) < needed


def _singular(word: str) -> str:
    """A noun without its plural "s" ("scrums" → "scrum")."""
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word
