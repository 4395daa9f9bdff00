"""An English bullet that opens a quotation its sentence does not close: it goes on to the
quotation's end where that is near, and is closed where it stops otherwise.

CNN/Daily Mail quote a speaker over several sentences and paragraphs, marking each paragraph's
opening and only the last one's closing, and often name the speaker in the last sentence
("‘England have said he’s not on their radar. | But I think he deserves a chance,’ said Smith.").
Picked alone, such a sentence reads as cut off: readers marked "'England have said he’s not on
their radar" down as a quote opened and never closed. Its bullet carries the sentences of the
paragraph after it up to the one that closes the quotation, where they are few and short enough
for one bullet and no other bullet of the brief says them (`through_quote_end`); otherwise the
bullet closes the quotation where it stops, as a writer quoting part of a
speech does, so it reads as someone's words cut at a sentence, not as a broken line.
"""

from __future__ import annotations

from citebrief.engines.scored import Scored
from citebrief.text.anaphora import CARRY_WORDS_EN
from citebrief.text.quote_fragments import ANY_MARK, closes_quote, open_marks, quotation_tail

MOST_CARRIED = 2  # sentences before or after the bullet's: a longer quotation is no one bullet
MATCHED_START = 30  # characters of a bullet that its sentence opens on, where the bullet carries no other


def through_quote_end(scored: Scored, i: int, text: str, everywhere: frozenset[int]) -> str | None:
    """`text` (sentence `i`'s bullet) with the sentences after it up to the one closing the
    quotation it opens; None where it closes its quotation, or they cannot join it (too many or
    too long, another paragraph's, or another bullet's)."""
    unit = scored.units[i]
    if not unit.text.rstrip().endswith(text.rstrip()):
        return None  # a bullet cut short of its sentence's end: the quotation may close in the cut
    words = len(text.split())
    carried: list[str] = []
    for j in range(i + 1, min(i + 1 + MOST_CARRIED, len(scored.units))):
        after = scored.units[j]
        if j in everywhere or after.paragraph != unit.paragraph or after.heading:
            return None
        words += len(after.text.split())
        if words > CARRY_WORDS_EN:
            return None
        carried.append(after.text.strip())
        if closes_quote(after.text):  # where the quotation closes
            return " ".join([text.rstrip(), *carried])
        if ANY_MARK.search(after.text):
            return None  # it opens a quotation of its own (the speech's next one, or a caption's)
    return None


def from_quote_start(scored: Scored, i: int, text: str, everywhere: frozenset[int]) -> str | None:
    """`text` (sentence `i`'s bullet, the end of a quotation opened before it: "Protesting is not
    radical, it is our right.’") after the sentences before it from the one that opens the
    quotation ("He said: ‘I went to show my feelings because my religion was being insulted."),
    whose words they are; None where it is no such end, or they cannot join it."""
    unit = scored.units[i]
    if not quotation_tail(text) or not unit.text.lstrip().startswith(text.lstrip()[:MATCHED_START]):
        return None  # no quotation's end, or a bullet that carries another sentence already
    words = len(text.split())
    carried: list[str] = []
    for j in range(i - 1, max(i - 1 - MOST_CARRIED, -1), -1):
        before = scored.units[j]
        if j in everywhere or before.paragraph != unit.paragraph or before.heading:
            return None
        words += len(before.text.split())
        if words > CARRY_WORDS_EN:
            return None
        carried.insert(0, before.text.strip())
        if open_marks(before.text):  # where the quotation opens
            return " ".join([*carried, text.lstrip()])
        if ANY_MARK.search(before.text):
            return None  # a quotation of its own, or the close of one: not this one's opening
    return None


def quote_ended(scored: Scored, i: int, text: str, everywhere: frozenset[int]) -> tuple[str, bool] | None:
    """An English bullet whose quotation is cut: one opened before it, given from its opening
    (True: the bullet says more of its paragraph); one left open, carried to its end (True) or
    closed where it stops (False). None for any other bullet."""
    if scored.lang != "en":
        return None
    started = from_quote_start(scored, i, text, everywhere)
    if started is not None:
        text = started
    marks = open_marks(text)
    if not marks:
        return None if started is None else (text, True)
    carried = through_quote_end(scored, i, text, everywhere)
    return (carried, True) if carried is not None else (text.rstrip() + marks, started is not None)
