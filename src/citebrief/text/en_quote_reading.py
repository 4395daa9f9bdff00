"""Which double quotation marks of an English paragraph open, close or reopen a quotation, read
once over the whole paragraph as BBC pages write a long quotation.

BBC pages (en-xsum) open every paragraph of a quotation with a mark but close only its last one,
and their paragraphs reach us glued with no space ('… United."He's a good … area."Championship
bottom side …'). A mark glued between a stop and the next paragraph's first word may close the
quotation or reopen it for its next paragraph; counting marks from the paragraph's start (odd:
open) reads each such mark as the other side of the one before, so after a quotation of two
paragraphs the count runs odd: the reporter's next sentence is shown as a quotation, a
quotation's middle as the reporter's own claim ("If you peak in the first or second round …").

The reading walks the marks once. A mark after a space or a colon opens; one before a space or a
stop closes; a glued one ('."He', 'Boardman"Latham') opens where no quotation is open, and where
one is, closes it or reopens it for the next paragraph. Of the readings, the one
kept leaves the fewest marks that close nothing, the paragraph's end inside no quotation, and
the fewest paragraphs that speak as "I", "we" or "you" (`data/en_quote_reading.tsv`) read as the
reporter's (or speak in contractions, "That's", "can't"), and no caption's credit ('Sir Chris
Hoy"I don't …') read as a quotation's end, and the fewest glued marks read as opening a quotation
whose speaker no verb of saying names before it or at its end (such a reading kept "All seven
training pitches … were contaminated", the reporter's, inside a quotation, en-xsum 19); where all
else ties (costs equal to the sixth decimal), a glued mark inside a quotation closes it (the
count's reading).

Read by the glued-stop cuts (en_glued_stops: which side of a cut a mark goes), the cuts at a mark
glued between two words (segment), a bullet that is a quotation's unmarked middle and one that
joins two of its paragraphs (cited_points). Mends en-xsum 4, 9, 32, 113, 140, 169 and 189 (the
reporter's sentence shown quoted), 5, 9, 29, 36, 40 and 90 (a quotation's line shown bare), 1 and
7 ('Morocco"We', 'Boardman"Latham').
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from enum import Enum
from functools import lru_cache
from types import MappingProxyType
from typing import NamedTuple

from citebrief.text.data_files import data_lines
from citebrief.text.en_stray_quotes import opens_on_stray_mark
from citebrief.text.lazy_re import LazyPattern
from citebrief.text.speech_verbs_en import TablePattern, alternation

_MARKS = LazyPattern(r"[\"“”]")
_WORDS = LazyPattern(r"[A-Za-z][A-Za-z'’]*")
_STOPS = ".!?…"
_OPENERS = "([{—–/:"

UNBALANCED = 10.0  # a mark that closes nothing, a quotation opened inside another, or left open at the end
SPOKEN_AS_NARRATION = 1.0  # a passage that says "I", "we" or "you" read as the reporter's
UNSPOKEN_AS_QUOTE = 0.3  # a passage without them read as a quotation (many are)
REOPEN = 0.1  # a glued mark after a stop, inside a quotation, read as reopening it rather than closing it
# ... one glued to a word: a page's notice left between two paragraphs of a quotation ('… on this
# device"I love running …'), rarer than a quotation closed without its stop
REOPEN_AFTER_WORD = 0.6
CREDIT_CLOSED = 0.5  # a caption's credit glued to a mark ('medallist Chris Boardman"Latham') read as closing
# a glued mark read as opening a new quotation that no one is said to say: no verb of saying in the
# reporter's words before it nor right after the quotation's end (BBC names a new quotation's
# speaker, and goes on unnamed only in the next paragraph of one already open)
UNSAID_OPEN = 0.3
MIN_SIDE_WORDS = 2  # words each side of a cut at a glued mark, at least
CREDIT_WORDS = 12  # words of a credit since the stop before it, at most
STRAY_CLOSED_LINES = 3  # unmarked sentences a stray closing mark reads as a quotation's middle, at most
_CLOSED_ON_STOP = LazyPattern(r"[.!?…][\"”]\s*$")  # a line's stop and closing mark: '… with him."'


_SAYS = TablePattern(lambda: rf"\b{alternation('quoted')}\b")
# a bullet opening on a mark and then a reporting clause, the reporter's: a pronoun of a third
# party, "The" and a noun or two, or a capitalised name, then a verb of reported speech
_REPORTS_FIRST = TablePattern(
    lambda: (
        rf"\"(?:It|He|She|They|The(?: [a-z]+){{1,2}}|[A-Z][a-z]+(?: [A-Z][a-z]+)?)"
        rf"(?: (?:has|had|have|also))? {alternation('reported')}\b"
    )
)
# the words after a quotation's closing mark up to the stop, where they go on lower-case ('" asked Mr Lee.')
_TAIL = LazyPattern(r" ?[a-z][^.!?\"“”]{0,80}")


class Role(Enum):
    """What one mark does."""

    OPENS = "opens"
    CLOSES = "closes"
    REOPENS = "reopens"  # the next paragraph of a quotation left open (BBC's unclosed paragraphs)


class _Kind(Enum):
    OPENING = "opening"  # after a space, bracket or colon
    CLOSING = "closing"  # before a space, a stop or the end
    GLUED_STOP = "glued_stop"  # between a stop and a word ('."He')
    GLUED_WORD = "glued_word"  # between two words ('Boardman"Latham')


class _Path(NamedTuple):
    cost: float
    roles: tuple[Role, ...]


@lru_cache(maxsize=1)
def _spoken_words() -> frozenset[str]:
    return frozenset(data_lines("en_quote_reading.tsv"))


INVISIBLE = "\u200b\u200c\u200d\u200e\u200f\ufeff"  # zero-width marks pages leave between words


def _kind(text: str, at: int) -> _Kind:
    mark = text[at]
    before = text[at - 1] if at > 0 else " "
    after = text[at + 1] if at + 1 < len(text) else " "
    if mark == "“" or (
        mark != "”" and not after.isspace() and (before.isspace() or before in _OPENERS or before in '"“')
    ):
        return _Kind.OPENING
    # the next word's first character, past an invisible mark, an editor's bracket opening it
    # ('."[An aggressive] octopus …', '."\u200eInspectors …'): glued to a word, not closing
    word = text[at + 1 : at + 4].lstrip(INVISIBLE).lstrip("[")[:1]
    if mark == "”" or after.isspace() or not word.isalnum():
        return _Kind.CLOSING  # also one loose between spaces ('… all of them, " said McIlroy')
    return _Kind.GLUED_STOP if before in _STOPS else _Kind.GLUED_WORD


def speaks(passage: str) -> bool:
    """Whether a passage speaks as someone: says "I", "we" or "you", or speaks in contractions
    (`en_single_middles` reads a single-marked quotation's middle by it too)."""
    return _speaks(passage)


def _speaks(passage: str) -> bool:
    """Whether a passage says "I", "we" or "you", or speaks in contractions ("That's", "can't")."""
    spoken = _spoken_words()
    return any(word in spoken or word.endswith(("n't", "n’t")) for word in _WORDS.findall(passage))


def _credit_before(text: str, at: int) -> bool:
    """Whether the words glued to the mark at `at` since the stop before them are a caption's
    credit ("Six-time Olympic gold medallist Sir Chris Hoy"): a few, the last one capitalised, no
    mark among them; a quotation's last words run longer or end lower-case."""
    start = max(text.rfind(stop, 0, at) for stop in _STOPS) + 1
    words = text[start:at].split()
    return 0 < len(words) <= CREDIT_WORDS and words[-1][:1].isupper() and _MARKS.search(text, start, at) is None


def _said(text: str, at: Sequence[int], k: int) -> bool:
    """Whether the quotation that mark `k` would open from the reporter's words has a speaker named:
    a verb of saying in those words since the mark before (a colon's "Hetherington said:", or "…,'
    said Hetherington." before the next quotation), or right after the next mark, where it closes
    ('"We couldn't get anywhere near the site," said Hetherington'), or a comma before that mark."""
    before = text[at[k - 1] + 1 if k else 0 : at[k]]
    if before.rstrip().endswith(":") or _SAYS.search(before):
        return True
    if k + 1 >= len(at) or _kind(text, at[k + 1]) is not _Kind.CLOSING:
        return False
    end = at[k + 1]
    # a quotation closed on a comma goes on to its speaker ('…, without a doubt," former Sharks and
    # England winger Mark Cueto told …'); one closed on "?" or "!" may ('…?" asked Mr Lee'), where
    # a lower-case word goes on: a capital after it is the reporter's next sentence ('."Mr Marsden said …')
    if text[end - 1 : end] == ",":
        return True
    tail = _TAIL.match(text, end + 1)
    return tail is not None and _SAYS.search(tail.group()) is not None


def _take(step: dict[bool, _Path], inside: bool, cost: float, roles: tuple[Role, ...], role: Role) -> None:
    """Keeps in `step` the cheaper of its reading that ends `inside` (or not) and this one."""
    if inside not in step or round(cost, 6) < round(step[inside].cost, 6):  # a tie is no float's rounding
        step[inside] = _Path(cost, (*roles, role))


@lru_cache(maxsize=64)
def mark_roles(text: str) -> Mapping[int, Role]:
    """Each double quotation mark's offset in `text` (one paragraph) and its role (module doc); read
    only, as every caller of the cache shares it."""
    at = [m.start() for m in _MARKS.finditer(text)]
    if not at:
        return MappingProxyType({})
    # a page that names no speaker with an English verb of saying (a Welsh one, "dywedodd") says
    # nothing of who opens a quotation: no glued mark is read as one no one is said to say
    names = _SAYS.search(text) is not None
    # paths[inside]: the cheapest reading of the marks so far that leaves a quotation open or not
    paths: dict[bool, _Path] = {False: _Path(0.0, ())}
    for k, offset in enumerate(at):
        passage = text[offset + 1 : at[k + 1] if k + 1 < len(at) else len(text)]
        speaks = _speaks(passage)
        as_quote = 0.0 if speaks else UNSPOKEN_AS_QUOTE
        as_narration = SPOKEN_AS_NARRATION if speaks else 0.0
        kind = _kind(text, offset)
        # a glued mark that opens from the reporter's words: its speaker named, or not
        glued = kind is _Kind.GLUED_STOP or kind is _Kind.GLUED_WORD
        unsaid = UNSAID_OPEN if names and glued and not _said(text, at, k) else 0.0
        step: dict[bool, _Path] = {}

        for inside, (cost, roles) in paths.items():
            if kind is _Kind.OPENING:
                again = REOPEN if text[:offset].rstrip()[-1:] in _STOPS else UNBALANCED
                _take(
                    step,
                    True,
                    cost + as_quote + (again if inside else 0.0),
                    roles,
                    Role.REOPENS if inside else Role.OPENS,
                )
            elif kind is _Kind.CLOSING:
                _take(step, False, cost + as_narration + (0.0 if inside else UNBALANCED), roles, Role.CLOSES)
            elif not inside:
                _take(step, True, cost + as_quote + unsaid, roles, Role.OPENS)
            else:
                credit = CREDIT_CLOSED if kind is _Kind.GLUED_WORD and _credit_before(text, offset) else 0.0
                _take(step, False, cost + as_narration + credit, roles, Role.CLOSES)
                again = REOPEN if kind is _Kind.GLUED_STOP else REOPEN_AFTER_WORD
                _take(step, True, cost + as_quote + again, roles, Role.REOPENS)
        paths = step
    ends = {inside: path.cost + (UNBALANCED if inside else 0.0) for inside, path in paths.items()}
    best = min(ends, key=lambda inside: (ends[inside], inside))
    return MappingProxyType(dict(zip(at, paths[best].roles, strict=True)))


def quote_open_at(text: str, end: int) -> bool:
    """Whether a quotation is open at `end` of paragraph `text` that a mark at `end` would close:
    False at a mark that reopens the quotation for its next paragraph (the mark goes with the
    sentence after it), or where no double-marked quotation is open."""
    roles = mark_roles(text)
    if end in roles:
        return roles[end] is Role.CLOSES
    inside = False
    for offset, role in roles.items():
        if offset >= end:
            break
        inside = role is not Role.CLOSES
    return inside


def glued_mark_cuts(text: str, start: int, end: int) -> list[int]:
    """Offsets in `text[start:end]` where a sentence begins at a mark glued between two words with
    no stop ('… medallist Chris Boardman"Latham had a fantastic …': a caption, then a quotation
    it opens; '… it was amazing"Alison even tweeted …': a quotation closed, then the reporter's
    sentence): before the mark where it opens, after it where it closes."""
    cuts: list[int] = []
    for offset, role in mark_roles(text).items():
        if not start < offset < end - 1 or _kind(text, offset) is not _Kind.GLUED_WORD:
            continue
        cut = offset + 1 if role is Role.CLOSES else offset
        if len(text[start:cut].split()) >= MIN_SIDE_WORDS and len(text[cut:end].split()) >= MIN_SIDE_WORDS:
            cuts.append(cut)
    return cuts


def quotation_middles(texts: Sequence[str], goes_on: Sequence[bool]) -> list[bool]:
    """For each sentence (`texts`, in reading order, already cut where the reading puts each mark),
    whether it stands inside a double-marked quotation with no mark of its own: a quotation's
    middle sentence ("Being an athlete, … the force." after '"They were pretty sure …'), that
    a bullet shows between marks. `goes_on[k]`: sentence k is in the same block as the one
    before (a new paragraph of a page with real paragraphs opens outside any quotation). Only a
    quotation that a later mark of its block closes or reopens has a middle: one left open to
    the block's end is a lost mark's, not a quotation whose end anyone can see."""
    middles = [False] * len(texts)
    inside = False
    pending: list[int] = []  # the unmarked sentences since the quotation opened
    for k, (text, joined) in enumerate(zip(texts, goes_on, strict=True)):
        if not joined:
            inside, pending = False, []
        marks = [m.start() for m in _MARKS.finditer(text)]
        if not marks:
            pending += [k] if inside else []
            continue
        for at in marks:
            kind = _kind(text, at)
            if inside and (at == 0 or kind is not _Kind.OPENING):
                for middle in pending:  # the quotation goes on, reopened or closed: what came between is its middle
                    middles[middle] = True
            pending = []
            if at == 0 or kind is _Kind.OPENING:
                inside = True
            elif kind is _Kind.CLOSING:
                inside = False
            else:
                inside = not inside
    for k in range(len(texts)):
        for middle in _stray_closed(texts, k):
            middles[middle] = True
    return middles


def _stray_closed(texts: Sequence[str], at: int) -> range:
    """The unmarked sentences that sentence `at`'s stray opening mark closes ('"David Thomas … added:
    "He …'; `en_stray_quotes.opens_on_stray_mark`): the page's closing mark, which the cut gave to
    the next sentence, so the quotation of the line before them ('… said: "Some … with him."', its
    reopening mark read as closing) ran on over them, at most `STRAY_CLOSED_LINES`, over a cut
    between passages too (BBC's glued paragraphs hold no real one); none for any other sentence."""
    if not opens_on_stray_mark(texts[at].lstrip()):
        return range(0)
    start = at
    while start > 0 and at - start < STRAY_CLOSED_LINES and not _MARKS.search(texts[start - 1]):
        start -= 1
    if start in (at, 0) or not _CLOSED_ON_STOP.search(texts[start - 1]):
        return range(0)
    return range(start, at)


def without_reopening(text: str) -> str:
    """A bullet's `text` less the marks inside it that reopen a quotation it holds open ('"It is
    extraordinary … legislation. "If we ever wonder …"' joins two paragraphs of one quotation,
    each opened by the page): one quotation reads as one, opened once.

    A bullet that opens on a mark and a reporting clause ('"It said Vallely had created "a void
    …"', a quotation's closing mark the cut glued to the reporter's next sentence) and holds a mark
    opened after a word, not a stop, quotes a phrase of its own: the first mark is the stray one,
    not the phrase's (dropping the phrase's put the reporter's words inside the quotation)."""
    roles = mark_roles(text)
    if _REPORTS_FIRST.match(text) and any(
        role is Role.REOPENS and text[at - 1 : at].isspace() and text[:at].rstrip()[-1:] not in _STOPS
        for at, role in roles.items()
    ):
        return text[1:]
    reopening = [at for at, role in roles.items() if role is Role.REOPENS and text[at - 1 : at].isspace()]
    for at in reversed(reopening):
        text = text[:at] + text[at + 1 :]
    return text
