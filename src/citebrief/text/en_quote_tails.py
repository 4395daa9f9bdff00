"""English sentences glued at a quotation's close with no stop ("… Yes this is the #ISIS State.
Hunger, poverty and homelessness' One resident, named only as Jassem, told …"): captions and
pull quotes often drop the stop before the closing mark, and the splitter, which needs a stop,
gives the quotation's last words and the next sentence as one bullet.

A closing mark after a word, then a space and a capital, ends a sentence when a quotation was
open there and had been opened in an earlier sentence of the paragraph: a quotation that runs
over a sentence's stop is speech, not a title or a nickname ("the ‘King of Instagram’ Dan
Blizerian", "'A-list' Hollywood stars" open and close inside one sentence and stay whole). A
plural's apostrophe looks like a closing mark ("Torquay Magistrates' Court"): the mark is taken
as the close only where the next single mark in the paragraph opens a quotation or none follows,
and, after a word ending in "s", only before a word that opens sentences, not names ("One
resident", "The city"; not "Court", "Park").
"""

from __future__ import annotations

from bisect import bisect_left
from functools import lru_cache

from citebrief.text.lazy_re import LazyPattern

# a closing mark right after a word (no stop before it), then one space and a capital
_CANDIDATE = LazyPattern(r"[A-Za-z0-9]([’'\"”]) (?=[A-Z])")
# its mark, space and capital, searched first: `re` skips to a mark, while the candidate's pattern
# opens on a letter, tried at every letter of a sentence
_MARK_BEFORE_CAPITAL = LazyPattern(r"[’'\"”] [A-Z]")
# a single mark that opens (after no letter, before a word) or closes (after a word, before no letter)
_SINGLE_MARKS = LazyPattern(r"(?P<open>(?<![A-Za-z0-9])['‘](?=[\w\"“‘(\[]))|(?P<close>(?<=\S)['’](?![A-Za-z0-9]))")
MIN_SIDE_WORDS = 2
# closed-class words that open a sentence and never name a place after a plural's apostrophe
_SENTENCE_OPENERS = frozenset(
    [
        "One",
        "The",
        "A",
        "An",
        "He",
        "She",
        "It",
        "They",
        "We",
        "I",
        "You",
        "This",
        "That",
        "These",
        "Those",
        "His",
        "Her",
        "Its",
        "Their",
        "Our",
        "My",
        "But",
        "And",
        "So",
        "Yet",
        "Then",
        "There",
        "Now",
        "When",
        "While",
        "If",
        "As",
        "After",
        "Before",
        "Some",
        "Many",
        "Most",
        "All",
        "Both",
        "Each",
        "Every",
    ]
)


def quote_tail_cuts(text: str, start: int, end: int) -> list[int]:
    """Offsets in `text[start:end]` (one sentence span of the paragraph `text`) where a sentence
    begins after a quotation closed with no stop."""
    if _MARK_BEFORE_CAPITAL.search(text, start, end) is None or _CANDIDATE.search(text, start, end) is None:
        return []
    cuts: list[int] = []
    piece = start
    for candidate in _CANDIDATE.finditer(text, start, end):
        mark = candidate.start(1)
        if not _opened_before(text, start, mark) or not _closes_here(text, mark):
            continue
        cut = candidate.end()
        if len(text[piece:mark].split()) < MIN_SIDE_WORDS or len(text[cut:end].split()) < MIN_SIDE_WORDS:
            continue
        cuts.append(cut)
        piece = cut
    return cuts


def _opened_before(text: str, start: int, mark: int) -> bool:
    """Whether a quotation of the mark's kind is open at `mark`, opened before `start` (in an
    earlier sentence) and not closed since."""
    if text[mark] in '"”':
        quotes = text.count('"', 0, start) % 2 == 1 or text.count("“", 0, start) > text.count("”", 0, start)
        return quotes and '"' not in text[start:mark] and "”" not in text[start:mark]
    marks, opened = _single_quotes(text)
    seen = bisect_left(marks, mark)  # the single marks before `mark`
    opened_at = opened[seen - 1] if seen else -1
    return 0 <= opened_at < start


@lru_cache(maxsize=2)
def _single_quotes(text: str) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """The paragraph's single marks in order, each with where the quotation open after it was
    opened (-1: none open). Kept for the next call: each candidate of each sentence asks it of
    the text before it, a scan of up to 680,000 characters in a one-block text. The scan of the
    whole paragraph finds the same marks before `mark` as a scan that stops there: a mark is one
    character and looks one character ahead, and the candidate's mark follows a letter or digit."""
    marks: list[int] = []
    opened: list[int] = []
    opened_at = -1
    for found in _SINGLE_MARKS.finditer(text):
        if found.lastgroup == "open":
            opened_at = found.start()
        elif opened_at >= 0:
            opened_at = -1  # closed
        marks.append(found.start())
        opened.append(opened_at)
    return tuple(marks), tuple(opened)


def _closes_here(text: str, mark: int) -> bool:
    """The single mark at `mark` closes a quotation, not a plural's apostrophe: the next single mark
    opens one or none follows, and a plural's "s'" is followed by a sentence's opening word. A
    double mark always closes."""
    if text[mark] in '"”':
        return True
    if text[mark - 1] == "s" and text[mark + 2 :].split(" ", 1)[0] not in _SENTENCE_OPENERS:
        return False  # "Torquay Magistrates' Court", "St James' Park"
    following = _SINGLE_MARKS.search(text, mark + 1)
    return following is None or following.lastgroup == "open"
