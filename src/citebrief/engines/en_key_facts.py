"""What an English news item is read for: the count behind its headline claim, and who says a quote.

A news lead often states its claim in the first sentence and the count behind it in the next:
"Birmingham is the rat capital of the UK ..." then "The Midlands city topped the league table
for the highest number of rat exterminations with almost 15,000". The overview, picked for
centrality, kept the claim and two later percentages, and the reader never learned what made
Birmingham the rat capital. Where the first sentence leads the overview and the second holds a
count (a number of 100 or more that is no year, a sum of money, "millions") and shares a word with
the first, it takes the place of the overview's last pick when that comes after it.

A quote's later sentences name no speaker ("Frankly, the essence of volunteering is that it is
voluntary", Simon Walker's words three sentences after his name): a theme group passes them
over where it has other sentences, unless they give a figure (Lisa Nandy's "2,000 nurses").
"""

from __future__ import annotations

import re

from citebrief.engines.bullets import repeats_any
from citebrief.engines.scored import Scored
from citebrief.text.speech_verbs_en import TablePattern, alternation

# a count: 15,000 / 2,000 / 350 (no year), £500m, $1.2 million, "tens of thousands"
_COUNT = re.compile(
    r"[£$€]\s?\d|\b\d{1,3}(?:,\d{3})+\b|\b(?!(?:1\d|20)\d\d\b)\d{3,}\b"
    r"|\b\d+(?:\.\d+)?\s?(?:million|billion|m|bn)\b|\b(?:hundreds|thousands|millions) of\b"
)
MIN_WORDS = 8  # a shorter second sentence is a caption piece or an aside, no fact to lead with


def states_count(text: str) -> bool:
    """Whether `text` gives a count a reader takes away (15,000 call-outs, £500m): no year, no
    small number ("two goals"), no percentage (a share, not a count)."""
    return bool(_COUNT.search(text))


def headline_count(scored: Scored, overview: list[int], chosen: list[int]) -> list[int]:
    """`overview` with the article's second sentence in place of its last pick, where the first
    sentence leads it and the second backs it with a count (module docstring); `chosen` kept in
    step."""
    if scored.lang != "en" or len(overview) < 2 or len(scored.usable) < 3:
        return overview
    first, second = sorted(scored.usable)[:2]
    last = overview[-1]
    if first not in overview or second in chosen or last <= second or last == first:
        return overview
    text = scored.trimmed[second]
    if len(text.split()) < MIN_WORDS or not states_count(text):
        return overview
    if not set(scored.units[first].terms) & set(scored.units[second].terms):
        return overview  # a second sentence on another matter
    kept = [scored.trimmed[i] for i in overview if i != last]
    if repeats_any(text, kept, scored.lang):
        return overview
    chosen[chosen.index(last)] = second
    return sorted([*(i for i in overview if i != last), second])


_OPENERS, _CLOSERS = "'‘\"“", "'’\"”"  # a straight mark may do either
_AFTER_CLOSE = ".,!?…"


def _last_mark_opens(text: str) -> bool | None:
    """Whether the last quote mark of `text` opens a quote (a mark before a word, no letter
    before it), False where it closes one (after a word or a stop), None where it has none; an
    apostrophe inside a word is no mark. Read from the end, with no pattern: every sentence of
    an article is read."""
    end = len(text)
    while True:
        at = max(text.rfind(mark, 0, end) for mark in "'‘’\"“”")
        if at < 0:
            return None
        before = text[at - 1] if at else " "
        after = text[at + 1] if at + 1 < len(text) else " "
        mark, end = text[at], at
        if mark in _OPENERS and not before.isalpha() and after.isalnum():
            return True
        if mark in _CLOSERS and (before.isalnum() or before in _AFTER_CLOSE) and not after.isalpha():
            return False


_SPEAKER = TablePattern(lambda: rf"\b{alternation('quote_run')}\b")
MAX_CONTINUED = 3  # sentences a quote is followed past its opening; a longer run is a lost mark


def quote_continuations(texts: list[str]) -> frozenset[int]:
    """The sentences of `texts` (in article order) that go on with a quote an earlier sentence
    opened and name no speaker themselves ("Passing a law to compel firms ... is hardly in keeping
    with the spirit of philanthropy", Simon Walker's words a sentence after his name): alone
    under a title, nobody says them. A quote is open after a sentence whose last quote mark opens
    one ("'Many, many businesses ... supports them."); an apostrophe inside a word is no mark."""
    found: set[int] = set()
    since = 0  # sentences since the open quote began; 0: none open
    for i, text in enumerate(texts):
        if since and not _SPEAKER.search(text):
            found.add(i)
        opens = _last_mark_opens(text)
        if opens is not None:  # the last mark decides: an opening one leaves the quote open
            since = int(opens)
        elif since:
            since = since + 1 if since < MAX_CONTINUED else 0
    return frozenset(found)


def said_by_someone_first(
    candidates: list[int], continuing: frozenset[int], kinds: dict[int, int], want: int
) -> list[int]:
    """`candidates` without the quotes' continuations that state no specific (`kinds`: each
    sentence's kinds of specifics; "... the time equivalent of around 2,000 nurses, 800 police"
    is read for its figures, whoever says it), where `want` others remain to pick from."""
    named = [i for i in candidates if i not in continuing or kinds[i]]
    return named if len(named) >= want else candidates
