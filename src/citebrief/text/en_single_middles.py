"""Which English sentences are the unmarked middle of a quotation a single mark opened, as Daily
Mail pages write a long quotation: each paragraph opens on a mark, only the last one closes.

"'We don't have an obsession with Atletico, but with reaching the final … | Our objective is not
to beat Atletico, but to dream of winning the Champions League. | 'Every match presents its own
problem." (en-cnndm 39): the middle sentence carries no mark of its own, and picked alone it read
as the writer's own claim, in the first person ("I just need to keep working harder", "Brad hurts,
Brad wants to play at Wembley … like he said to me"). `en_quote_reading.quotation_middles` reads
the double marks of BBC pages; this reads single ones, which also write apostrophes ("don't",
"fans'") and quoted phrases ("a 'kick up the arse'"), so it reads only what is sure: a mark
opening a sentence opens (or reopens) a quotation, one after a stop or comma closes it, a phrase's
own pair opens and closes in one sentence. A sentence between an opening and a later reopening or
closing in the same block, at most `MOST_BETWEEN` sentences on, holding no mark, is a middle where
it speaks as "I", "we" or "you" or in a contraction (`en_quote_reading.speaks`; a caption the page
left between two paragraphs of the quotation does not, nor does a sentence of the writer's own a
lost mark left inside).
"""

from __future__ import annotations

from collections.abc import Sequence

from citebrief.text.en_quote_reading import speaks
from citebrief.text.lazy_re import LazyPattern

MOST_BETWEEN = 6  # sentences between the quotation's opening and its reopening or closing, at most

_OPENS_SENTENCE = LazyPattern(r"^\s*(?P<mark>[‘'])(?=[A-Za-z])")
# a mark opening a phrase or a quotation mid-sentence: after a space, a bracket or a colon
_OPENS_INSIDE = LazyPattern(r"(?<=[\s(:])(?P<mark>[‘'])(?=[A-Za-z])")
# a mark closing a quotation: after a stop or a comma ("… harder.'", "… tough,' said …")
_CLOSES = LazyPattern(r"(?<=[.!?,…])[’'](?=[\s)]|$)")
# a mark closing a phrase: after a word ("… up the arse' after …"); a plural's apostrophe reads so too
_CLOSES_WORD = LazyPattern(r"(?<=\w)[’'](?=[\s,.;:!?)]|$)")
_DOUBLE = LazyPattern(r"[\"“”]")


def single_quotation_middles(texts: Sequence[str], goes_on: Sequence[bool]) -> list[str]:
    """For each sentence (`texts`, in reading order), the single mark ("‘" or "'") opening the
    quotation whose unmarked middle it is, "" where it is none (module doc). `goes_on[k]`:
    sentence k is in the same block as the one before. A sentence with a double mark ends the
    reading: there single marks mark a phrase inside the double ones."""
    marks = [""] * len(texts)
    opened = ""  # the mark of the quotation open before the sentence, "" where none is
    pending: list[int] = []  # the middles since it opened (or reopened)
    since = 0  # sentences since it opened (or reopened)
    for k, (text, joined) in enumerate(zip(texts, goes_on, strict=True)):
        if not joined or _DOUBLE.search(text):
            opened, pending, since = "", [], 0
            if _DOUBLE.search(text):
                continue
        start = _OPENS_SENTENCE.match(text)
        events = _events(text)
        if start is None and not events:
            since += 1
            if opened and since > MOST_BETWEEN:
                opened, pending = "", []
            elif opened and speaks(text):
                pending.append(k)
            continue
        if opened and (start is not None or events[0][1] == "closes"):
            for middle in pending:  # the quotation goes on, reopened or closed: what came between is its middle
                marks[middle] = opened
        pending, since = [], 0
        # after the sentence: open where its last mark opens (a quotation left open for the next paragraph)
        _, role, mark = events[-1]
        opened = mark if role == "opens" else ""
    return marks


def _events(text: str) -> list[tuple[int, str, str]]:
    """The marks of `text` that open or close something, in order: (offset, "opens" or "closes",
    the opening mark)."""
    found = [(m.start(), "opens", m.group("mark")) for m in _OPENS_SENTENCE.finditer(text)]
    found += [(m.start(), "opens", m.group("mark")) for m in _OPENS_INSIDE.finditer(text)]
    found += [(m.start(), "closes", "") for m in _CLOSES.finditer(text)]
    found += [(m.start(), "closes", "") for m in _CLOSES_WORD.finditer(text)]
    return sorted(set(found))


_CLOSING = {"‘": "’", "'": "'"}


def between_marks(text: str, mark: str) -> str:
    """A middle's bullet `text` between its quotation's single marks (`mark` opening it), or
    between double marks where a phrase's single marks stand inside it ("I was just thinking,
    'Why me?'"), so a mark of the phrase does not read as closing the quotation."""
    text = text.strip()
    if _DOUBLE.search(text):
        return text
    if _events(text):
        return f'"{text}"'
    return f"{mark}{text}{_CLOSING[mark]}"
