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
own pair opens and closes in one sentence ("I was just thinking, 'Why me?'." holds no mark of the
quotation's). A sentence between an opening and a later reopening or closing in the same block, at
most `MOST_BETWEEN` sentences on, holding no mark, is a middle where it speaks as "I", "we" or
"you" or in a contraction (`en_quote_reading.speaks`, or "It’s", data/en_single_spoken.tsv); one
that does not, where a middle that speaks follows it ("Every defeat was different. | … | It’s
difficult to say what happened.", en-cnndm 39) or where the next mark is the quotation's one
closing mark, ending a clause ("The trek was difficult — it snowed every day.", en-cnndm 53): a
reopening may follow a closing mark the page lost, after which the writer's own sentences stand.
A caption the page glued between two paragraphs of the quotation (no stop at its end, speaking
as no one: en-cnndm 81's "Amateur champion Bradley Neil missed the cut …") is neither inside it
nor out, nor counted.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from citebrief.text.data_files import data_lines
from citebrief.text.en_quote_reading import speaks
from citebrief.text.lazy_re import LazyPattern

MOST_BETWEEN = 6  # sentences between the quotation's opening and its reopening or closing, at most

_OPENS_SENTENCE = LazyPattern(
    r"^\s*(?P<mark>[‘'])(?=\[?[A-Za-z])"
)  # "'[It's a mixture of] Singles …": an editor's bracket
# a mark opening a phrase or a quotation mid-sentence: after a space, a bracket or a colon
_OPENS_INSIDE = LazyPattern(r"(?<=[\s(:])(?P<mark>[‘'])(?=\[?[A-Za-z])")
# a mark closing a quotation: after a stop or a comma ("… harder.'", "… tough,' said …")
_CLOSES = LazyPattern(r"(?<=[.!?,…])[’'](?=[\s)]|$)")
# a mark closing a phrase: after a word ("… up the arse' after …"); a plural's apostrophe reads so too
_CLOSES_WORD = LazyPattern(r"(?<=\w)[’'](?=[\s,.;:!?)]|$)")
_DOUBLE = LazyPattern(r"[\"“”]")
_WORDS = LazyPattern(r"[A-Za-z][A-Za-z'’]*")
_AFTER_PHRASE_STOP = LazyPattern(r"(?<=[?!.][’'])\.$")  # the sentence's stop after a phrase's own
# a phrase quoted inside a sentence, its own pair of marks: opened mid-sentence, closed before a
# non-letter ("thinking, 'Why me?'.", "a 'kick up the a***' after"); an apostrophe ("I'm") goes on
_PHRASE = LazyPattern(
    r"(?<=[\s(:])[‘'](?=[A-Za-z])[^‘’'.!?…]{0,60}(?:[‘’'][A-Za-z][^‘’'.!?…]{0,60})*?[.!?]?[’'](?![A-Za-z])"
)
# a sentence's end stop, before any closing marks: a page's caption glued between two paragraphs has none
_ENDS = LazyPattern(r"[.!?…][’'\"”)]*\s*$")


def single_quotation_middles(texts: Sequence[str], goes_on: Sequence[bool]) -> list[str]:
    """For each sentence (`texts`, in reading order), the single mark ("‘" or "'") opening the
    quotation whose unmarked middle it is, "" where it is none (module doc). `goes_on[k]`:
    sentence k is in the same block as the one before. A sentence with a double mark ends the
    reading: there single marks mark a phrase inside the double ones."""
    marks = [""] * len(texts)
    opened = ""  # the mark of the quotation open before the sentence, "" where none is
    pending: list[int] = []  # the middles that speak (`speaks`) since it opened (or reopened)
    unspoken: list[int] = []  # those that do not: middles only where the next mark closes it
    since = 0  # sentences since it opened (or reopened), captions aside
    for k, (text, joined) in enumerate(zip(texts, goes_on, strict=True)):
        if not joined or _DOUBLE.search(text):
            opened, pending, unspoken, since = "", [], [], 0
            if _DOUBLE.search(text):
                continue
        start = _OPENS_SENTENCE.match(text)
        bare = _PHRASE.sub(" ", text)
        events = _events(bare)  # a phrase's own pair ("thinking, 'Why me?'.") opens nothing
        if start is None and not events:
            if not _ENDS.search(text) and not _speaks(text):
                continue  # a caption the page glued between two paragraphs: neither inside nor out
            since += 1
            if opened and since > MOST_BETWEEN:
                opened, pending, unspoken = "", [], []
            elif opened and _speaks(text):
                # a line that speaks goes on the quotation: the lines before it since the mark are its too
                pending, unspoken = [*pending, *unspoken, k], []
            elif opened:
                unspoken.append(k)
            continue
        if opened and (start is not None or events[0][1] == "closes"):
            # the quotation goes on, reopened or closed: what came between is its middle; a line that
            # speaks as no one only where the quotation's one closing mark ends a clause (".'", ",'"): a
            # reopening may follow a lost closing mark, a "girls' night out'" closes nothing
            closes = start is None and len(events) == 1 and _CLOSES.search(bare) is not None
            for middle in pending + (unspoken if closes else []):
                marks[middle] = opened
        pending, unspoken, since = [], [], 0
        # after the sentence: open where its last mark opens (a quotation left open for the next paragraph)
        _, role, mark = events[-1] if events else (0, "opens", start.group("mark") if start else "")
        opened = mark if role == "opens" else ""
    return marks


def _speaks(text: str) -> bool:
    """Whether a sentence speaks as someone (`en_quote_reading.speaks`, or says "it's": a
    quotation's, data/en_single_spoken.tsv)."""
    contractions = _spoken_contractions()
    return speaks(text) or any(word.replace("’", "'") in contractions for word in _WORDS.findall(text))


@cache
def _spoken_contractions() -> frozenset[str]:
    return frozenset(data_lines("en_single_spoken.tsv"))


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
    'Why me?'"), so a mark of the phrase does not read as closing the quotation; as it is where
    it holds a mark of the quotation's own (a bullet that took the sentence opening it, "One
    commented: 'this girl …")."""
    text = text.strip()
    if _DOUBLE.search(text) or _events(_PHRASE.sub(" ", text)):
        return text
    if _events(text):
        return f'"{_AFTER_PHRASE_STOP.sub("", text)}"'  # "thinking, 'Why me?'." ends on the phrase's own stop
    return f"{mark}{text}{_CLOSING[mark]}"
