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
from citebrief.text.quote_fragments import ANY_MARK, closes_quote, open_marks

MOST_CARRIED = 2  # sentences after the bullet's: a longer quotation is no one bullet


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


def quote_ended(scored: Scored, i: int, text: str, everywhere: frozenset[int]) -> tuple[str, bool] | None:
    """An English bullet whose quotation is left open, carried to its end (True: it says more of
    its paragraph) or closed where it stops (False); None for any other bullet."""
    marks = open_marks(text) if scored.lang == "en" else ""
    if not marks:
        return None
    carried = through_quote_end(scored, i, text, everywhere)
    return (carried, True) if carried is not None else (text.rstrip() + marks, False)
