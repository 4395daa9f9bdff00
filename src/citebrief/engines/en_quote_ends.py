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

from collections.abc import Callable

from citebrief.engines.scored import Scored
from citebrief.text.anaphora import CARRY_WORDS_EN
from citebrief.text.en_quote_opens import opened_tail
from citebrief.text.patterns import skip_reason
from citebrief.text.quote_fragments import ANY_MARK, closes_quote, open_marks, quotation_tail

MOST_CARRIED = 2  # sentences before or after the bullet's: a longer quotation is no one bullet
MATCHED_START = 30  # characters of a bullet that its sentence opens on, where the bullet carries no other


def through_quote_end(scored: Scored, i: int, text: str, everywhere: frozenset[int]) -> str | None:
    """`text` (sentence `i`'s bullet) with the sentences after it up to the one closing the
    quotation it opens; None where it closes its quotation, or they cannot join it (too many or
    too long, another paragraph's, or another bullet's)."""
    if not scored.units[i].text.rstrip().endswith(text.rstrip()):
        return None  # a bullet cut short of its sentence's end: the quotation may close in the cut
    carried = _carry(scored, i, text, everywhere, 1, closes_quote)
    if not carried:  # BBC's quotation paragraph that the next one reopens: carried to its end, closed there
        carried = _carry(scored, i, text, everywhere, 1, lambda after: _reopened_after(scored, after))
        carried[-1:] = [line.rstrip() + open_marks(" ".join([text, *carried])) for line in carried[-1:]]
    joined = " ".join([text.rstrip(), *carried]) if carried else None
    # a carry that makes a line no bullet may be ('… got away with it. How did this happen yet nobody
    # knew?"', a question's end): the bullet closes its quotation where it stops instead
    return joined if joined is None or skip_reason(joined) is None else None


def _reopened_after(scored: Scored, text: str) -> bool:
    """`text` (a sentence of the article, no mark of its own) ends a paragraph of a quotation the
    sentence after it reopens on a mark ('… country. | You want to put that jersey on. | "If I'm
    lucky …'): a BBC page opens each paragraph of a quotation and closes only the last."""
    if ANY_MARK.search(text):
        return False
    following = [k + 1 for k, unit in enumerate(scored.units[:-1]) if unit.text == text]
    return any(scored.units[k].text.lstrip()[:1] in '"“' for k in following)


def from_quote_start(scored: Scored, i: int, text: str, everywhere: frozenset[int]) -> str | None:
    """`text` (sentence `i`'s bullet, the end of a quotation opened before it: "Protesting is not
    radical, it is our right.’") after the sentences before it from the one that opens the
    quotation ("He said: ‘I went to show my feelings because my religion was being insulted."),
    whose words they are; None where it is no such end, or they cannot join it."""
    if not quotation_tail(text) or not scored.units[i].text.lstrip().startswith(text.lstrip()[:MATCHED_START]):
        return None  # no quotation's end, or a bullet that carries another sentence already
    carried = _carry(scored, i, text, everywhere, -1, lambda before: bool(open_marks(before)))
    return " ".join([*carried, text.lstrip()]) if carried else None


def _carry(
    scored: Scored, i: int, text: str, everywhere: frozenset[int], step: int, reached: Callable[[str], bool]
) -> list[str]:
    """The sentences of `i`'s paragraph after it (`step` 1) or before it (-1), in reading order, up
    to the first that `reached` (where the quotation closes or opens); [] where none is within
    MOST_CARRIED sentences and CARRY_WORDS_EN words, none of another bullet's, or one opens or
    closes another quotation first."""
    unit = scored.units[i]
    words = len(text.split())
    carried: list[str] = []
    stop = min(i + 1 + MOST_CARRIED, len(scored.units)) if step > 0 else max(i - 1 - MOST_CARRIED, -1)
    for j in range(i + step, stop, step):
        other = scored.units[j]
        if j in everywhere or other.paragraph != unit.paragraph or other.heading:
            return []
        words += len(other.text.split())
        if words > CARRY_WORDS_EN:
            return []
        carried.append(other.text.strip())
        if reached(other.text):
            return carried if step > 0 else carried[::-1]
        if ANY_MARK.search(other.text):
            return []  # a quotation of its own (the speech's next one, a caption's), or another's close
    return []


def quote_ended(scored: Scored, i: int, text: str, everywhere: frozenset[int]) -> tuple[str, bool] | None:
    """An English bullet whose quotation is cut: one opened before it, given from its opening
    (True: the bullet says more of its paragraph); one left open, carried to its end (True) or
    closed where it stops (False). None for any other bullet."""
    if scored.lang != "en":
        return None
    started = from_quote_start(scored, i, text, everywhere)
    if started is not None:
        text = started
    elif (opened := opened_tail(text)) is not None:
        return opened, False  # "…about it.'" whose opening is out of reach: opened where it starts
    marks = open_marks(text)
    if not marks:
        return None if started is None else (text, True)
    carried = through_quote_end(scored, i, text, everywhere)
    return (carried, True) if carried is not None else (text.rstrip() + marks, started is not None)
