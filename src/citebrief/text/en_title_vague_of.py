"""An English group title headed by a vague noun of an "X of Y" phrase ("Chance of the Ship",
"Title of a Book", "Way of Life"): it says how much, which or how, not what the group is about,
and blind readers called it weak. It yields to a phrase of two words or more that two bullets
write ("Liar's Poker", en-cnndm 108), else to what the title steps make of the group's next phrase
("Adverse Weather Conditions" over "Chance of the Ship", en-cnndm 19), where that is no bare word
nor vague itself ("Locals" of "Way of Life", en-cnndm 7, is no better: the title stays). A measure
heads none either ("Worth of Food" of "three days' worth of food", en-cnndm 122); the steps are not
let give the vague title back, and a phrase they make that only says when ("Past Financial Year")
passes the turn to the phrase after it ("Political Football").
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from citebrief.text.data_files import data_lines
from citebrief.text.en_chunks import en_chunks
from citebrief.text.en_title_time import time_phrase
from citebrief.text.title_choice import group_title
from citebrief.text.titles import display_title, free_of, swapped_title

# (bullets, texts, every_text, guard, title) -> title: every English title step, in order
Steps = Callable[[list[str], list[str], list[str], set[str], str], str]
MIN_BULLETS = 2
MIN_WORDS = 2
TRIES = 3  # next phrases read past one that only says when


@cache
def vague_heads() -> frozenset[str]:
    """Nouns heading an "X of Y" title that name no theme (`data/en_vague_of_heads.tsv`)."""
    return frozenset(data_lines("en_vague_of_heads.tsv"))


def vague_head(title: str) -> str:
    """The vague head X (the last word before "of") of an "X of [the|a|an] Y" title: "chance" of
    "Chance of the Ship" and "Little Chance of the Ship"; '' of "Title Race", "Power of the Press"."""
    front, of, _ = title.casefold().partition(" of ")
    head = front.split()[-1] if of and front.strip() else ""
    return head if head in vague_heads() else ""


def vague_of(title: str) -> bool:
    """Whether the title is a vague "X of Y" (`vague_head`)."""
    return bool(vague_head(title))


def _twice_written(bullets: list[str], guard: set[str]) -> str:
    """The longest phrase of two words or more that two bullets write, free of the other titles."""
    folded = [b.casefold() for b in bullets]
    found = {c.text for b in bullets for c in en_chunks(b) if len(c.text.split()) >= MIN_WORDS}
    said = [p for p in found if sum(p.casefold() in f for f in folded) >= MIN_BULLETS and free_of(p, guard)]
    return max(said, key=lambda p: (len(p), p), default="")


def vague_of_title(
    steps: Steps,
    bullets: list[str],
    texts: list[str],
    every_text: list[str],
    guard: set[str],
    title: str,
    chosen: str = "",
) -> str:
    """`title`, or where it is a vague "X of Y" (`vague_of`) the phrase two bullets write, else what
    `steps` make of the group's next phrase past it and the `chosen` one the steps began on ("Little
    Chance of the Ship") if that is two words or more and not vague, past up to `TRIES` phrases
    whose steps' title is a time (`en_title_time.time_phrase`); `guard` updated."""
    if not vague_of(title):
        return title
    others = guard - {title.casefold()}
    twice = _twice_written(bullets, others)
    if twice and not vague_of(twice):
        return swapped_title(title, display_title(twice, "en"), guard)
    passed = others | {title.casefold(), chosen.casefold()} - {""}  # no step gives these back
    for _ in range(TRIES):
        following = group_title(bullets, texts, every_text, "en", set(passed))
        if not following:
            return title
        passed.add(following.casefold())
        instead = steps(bullets, texts, every_text, set(passed - {following.casefold()}), following)
        if time_phrase(instead, texts):
            continue  # "Past Financial Year" says when, no theme either: the next phrase
        words = instead.casefold().split()
        if len(words) < MIN_WORDS or vague_head(title) in words or vague_of(instead) or not free_of(instead, others):
            return title  # no bare "Locals", nor "Little Chance" again
        return swapped_title(title, instead, guard)
    return title
