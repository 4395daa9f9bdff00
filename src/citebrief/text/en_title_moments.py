"""An English group title that counts one moment of play ("Third Shot", "Woods's Third Shot")
where the other bullets tell other moments, hole after hole, names one bullet's detail: blind
readers said "Woods's Third Shot" does not describe a group of a bogey at the sixth, birdies at
the seventh and eighth and another at the 11th (en-cnndm 90). The moments the bullets report
("Birdies and Bogey") are what the group shares, in the bullets' own words.

Only a title `en_title_stage` left as a counted moment (an ordinal and a moment noun of
`data/en_play_stages.tsv`, an owner's possessive at most before) that one bullet says, and only
where two bullets or more besides that one report another moment (the noun, its plural, or its
verb: "birdied"); the two moments most bullets report (the first said first among equals), each plural
where said more than once. Else the title stays. Runs after `en_title_stage`, which gives such a
title the stage of play its bullet names where it names one.
"""

from __future__ import annotations

import re
from functools import cache

from citebrief.text.data_files import rows_by_kind
from citebrief.text.en_title_stage import counted_moment
from citebrief.text.titles import display_title, swapped_if_free

MIN_OTHER_BULLETS = 2  # bullets besides the title's that report another moment
MAX_MOMENTS = 2
_WORD = re.compile(r"[a-z]+")


@cache
def _moment_nouns() -> frozenset[str]:
    """The moments of play a match report counts (`data/en_play_stages.tsv`)."""
    return frozenset(rows_by_kind("en_play_stages.tsv").get("moment", ()))


def _moments(bullet: str, nouns: frozenset[str]) -> list[str]:
    """The moment nouns the bullet says, once per time said ("birdie-birdie" twice)."""
    found = []
    for word in _WORD.findall(bullet.lower()):
        for noun in nouns:
            if word in (noun, noun + "s", noun + "d", noun + "ed"):
                found.append(noun)
    return found


def _plural(noun: str) -> str:
    """The noun's plural: "birdies", "bogeys", "tries"."""
    if noun.endswith("y") and noun[-2:-1] not in tuple("aeiou"):
        return noun[:-1] + "ies"
    return noun + "s"


def moments_title(bullets: list[str], group_texts: list[str], all_texts: list[str], used: set[str], title: str) -> str:
    """`title` as the moments the other bullets report, where it counts one moment one bullet
    says and two bullets or more besides report others (see the module's note); else `title`;
    `used` updated."""
    moment = counted_moment(title)
    if not moment:
        return title
    own = moment.split()[1]
    holders = [b for b in bullets if moment in b.lower()]
    if len(holders) != 1:
        return title
    others = _moment_nouns() - {own}
    said = [_moments(b, others) for b in bullets]
    if sum(bool(found) for b, found in zip(bullets, said, strict=True) if b is not holders[0]) < MIN_OTHER_BULLETS:
        return title
    order = list(dict.fromkeys(noun for found in said for noun in found))
    sayers = {noun: sum(noun in found for found in said) for noun in order}
    chosen = sorted(order, key=lambda noun: -sayers[noun])[:MAX_MOMENTS]
    times = {noun: sum(found.count(noun) for found in said) for noun in chosen}
    words = [_plural(noun) if times[noun] > 1 else noun for noun in chosen]
    return swapped_if_free(title, display_title(" and ".join(words), "en"), used)
