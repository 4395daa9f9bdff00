"""An all-capitals subheading run into the sentence under it, in English text that came as one block,
and a "vs." a splitter took for a sentence's end.

List articles head each item in capitals ("3. LAST SPELL OF COMMENTARY IN ENGLAND", "BENAUD ON
BOTHAM"); flattened to text the heading has no stop after it and the bullet reads "LAST SPELL OF
COMMENTARY IN ENGLAND Benaud's final commentary duties …". Three words or more in capitals (one of
them four letters or longer, so "US PGA" and "NFL" stay names) at a sentence's start, then a
capitalised word in lower case after it, are such a heading: the sentence starts at that word, the
heading becomes a line of its own (no stop, no verb: never a bullet). A shout in quotes ("'GET OUT
OF MY HOUSE' Smith screamed …") is no heading: a heading's first word opens with no quote.

A fixture list's header ("GLOUCESTER v NEWCASTLE (SATURDAY: Kingsholm, 3pm)") is cut off the same
way (text/en_fixture_heads.py).

Such a heading line (and an all-capitals line of three words or more: "4. 'YOU'VE GOT TO CHECK IF
THEY'RE STILL THERE!'") opens its passage when a long block is cut into passages, as a Chinese
outline heading does (text/passage_heads.py): the item's passage cites its heading and its sentences.

A figure's "vs." ("Dads plan to outspend moms by 63%, $1160vs. $710.") is no sentence end: a span
ending on it goes on into the next.
"""

from __future__ import annotations

from citebrief.text.en_fixture_heads import fixture_head_cut
from citebrief.text.lazy_re import LazyPattern

# the heading: after a list's item number, 3+ words in capitals (digits, ', -, & inside), then the
# sentence's first word ("Benaud", "Sir", "Thankfully,", "'One"): a capital, then lower case
_CAPS_HEAD = LazyPattern(
    r"(?:[0-9]{1,2}\.\s+)?"
    r"(?=[^a-z]*?[A-Z]{4})"  # a word of four capitals or more, before the first lower-case letter
    r"[A-Z][A-Z0-9'’&\-]*\s+(?:['‘\"“]?[A-Z][A-Z0-9'’&\-]*['’\"”]?\s+)+['‘\"“]?[A-Z][A-Z0-9'’&\-]*[A-Z]['’\"”]?\s+"
    r"(?=['‘\"“]?[A-Z][a-z])"
)
MIN_SENTENCE_WORDS = 4  # the sentence kept after the heading holds at least this many words
# a span that ends on "vs." or a lone "v." (after a figure too: "$1160vs."): a comparison goes on
_VERSUS_END = LazyPattern(r"(?<![A-Za-z])(?:vs|(?<=\s)v)\.$")
_VERSUS_WINDOW = 6
_ITEM_NUMBER_BEFORE = LazyPattern(r"(?<=[.!?'’\"”\s])[0-9]{1,2}\.\s+$")
_NUMBER_WINDOW = 6
_CAPITALS_RUN = LazyPattern(r"[A-Z]{3}")
MIN_HEADING_WORDS = 3


def heading_starts(lines: list[str]) -> list[bool]:
    """Which sentences of a long English block are all-capitals heading lines, where a passage starts."""
    return [_heading_line(line) for line in lines]


def heading_start(paragraph: str, start: int) -> int:
    """Where a heading line at paragraph[start:] starts with its list article's item number, which the
    splitter left at the end of the sentence before ("… in November 2014. 7. | GEOFFREY BOYCOTT …")."""
    number = _ITEM_NUMBER_BEFORE.search(paragraph, max(0, start - _NUMBER_WINDOW), start)
    return start if number is None else number.start()


def _heading_line(line: str) -> bool:
    return (
        not any("a" <= c <= "z" for c in line)
        and len(line.split()) >= MIN_HEADING_WORDS
        and _CAPITALS_RUN.search(line) is not None
    )


def caps_head_cut(text: str, start: int, end: int) -> int | None:
    """Where the sentence under an all-capitals heading at text[start:end]'s front starts, if one is there."""
    if not text[start : start + 6].lstrip("0123456789. ")[:2].isupper():
        return None  # most sentences open with a capital and a lower-case letter: let go at once
    head = _CAPS_HEAD.match(text, start, end)
    if head is None:
        return fixture_head_cut(text, start, end)  # "GLOUCESTER v NEWCASTLE (SATURDAY: …) | Dan Robson …"
    if len(text[head.end() : end].split()) < MIN_SENTENCE_WORDS:
        return None
    return head.end()


def ends_on_versus(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] ends on a comparison's "vs." (or "v."), which is no sentence end."""
    return _VERSUS_END.search(text[max(start, end - _VERSUS_WINDOW) : end].rstrip()) is not None
