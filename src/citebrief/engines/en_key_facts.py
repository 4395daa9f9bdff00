"""What an English news item is read for: the count behind its headline claim.

A news lead often states its claim in the first sentence and the count behind it in the next:
"Birmingham is the rat capital of the UK ..." then "The Midlands city topped the league table
for the highest number of rat exterminations with almost 15,000". The overview, picked for
centrality, kept the claim and two later percentages, and the reader never learned what made
Birmingham the rat capital. Where the first sentence leads the overview and the second holds a
count (a number of 100 or more that is no year, a sum of money, "millions") and shares a word with
the first, it takes the place of the overview's last pick when that comes after it. Where the
overview holds the second sentence already and the third, in the lead's paragraph, holds a sum of
money ("... that means most intend to spend $324 on the once-simple query ...", en-cnndm 95) while
the first two give no count or share, the third does (a lesser count there, "111th out of 133", is a
detail; a lead with its figure, "13 per cent higher", "£3.6bn", keeps its own picks).
"""

from __future__ import annotations

from citebrief.engines.bullets import repeats_any
from citebrief.engines.scored import Scored
from citebrief.text.lazy_re import LazyPattern
from citebrief.text.numbers import percent_follows

# a count: 15,000 / 2,000 / 350 (no year), £500m, $1.2 million, "tens of thousands"
_COUNT = LazyPattern(
    r"[£$€]\s?\d|\b\d{1,3}(?:,\d{3})+\b|\b(?!(?:1\d|20)\d\d\b)\d{3,}\b"
    r"|\b\d+(?:\.\d+)?\s?(?:million|billion|m|bn)\b|\b(?:hundreds|thousands|millions) of\b"
)
_MONEY = LazyPattern(r"[£$€]\s?\d")  # a sum the lead paragraph's third sentence puts on its claim: "$324"
_SHARE = LazyPattern(r"%|\bper ?cent\b")
MIN_WORDS = 8  # a shorter second sentence is a caption piece or an aside, no fact to lead with


def states_count(text: str) -> bool:
    """Whether `text` gives a count a reader takes away (15,000 call-outs, £500m): no year, no
    small number ("two goals"), no percentage (a share, not a count)."""
    return any(not percent_follows(text, found.end()) for found in _COUNT.finditer(text))


def _figure(text: str) -> bool:
    """Whether `text` gives a count or a share: a lead that has its figure needs no third sentence's."""
    return states_count(text) or _SHARE.search(text) is not None


def headline_count(scored: Scored, overview: list[int], chosen: list[int]) -> list[int]:
    """`overview` with the article's second sentence (or its third, where the second is in it
    already) in place of its last pick, where the first sentence leads it and the second backs it
    with a count (module docstring); `chosen` kept in step."""
    if scored.lang != "en" or len(overview) < 2 or len(scored.usable) < 3:
        return overview
    first, second, third = sorted(scored.usable)[:3]
    lead_terms = set(scored.units[first].terms)
    if (
        second in overview
        and scored.units[third].paragraph == scored.units[first].paragraph
        and _MONEY.search(scored.trimmed[third])
        and not any(_figure(scored.trimmed[i]) for i in (first, second))
    ):
        lead_terms |= set(scored.units[second].terms)
        second = third
    last = overview[-1]
    if first not in overview or second in chosen or last <= second or last == first:
        return overview
    text = scored.trimmed[second]
    if len(text.split()) < MIN_WORDS or not states_count(text):
        return overview
    if not lead_terms & set(scored.units[second].terms):
        return overview  # a second sentence on another matter
    kept = [scored.trimmed[i] for i in overview if i != last]
    if repeats_any(text, kept, scored.lang):
        return overview
    chosen[chosen.index(last)] = second
    return sorted([*(i for i in overview if i != last), second])
