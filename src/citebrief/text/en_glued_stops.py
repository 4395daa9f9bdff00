"""English sentences glued at a stop with no space after it ("… for the Pittodrie side."It's a
brilliant acquisition …", "… at about 09:15 on 9 August.HSE inspector Julian Franklin said …").

Pages whose paragraphs were joined without a separator (en-xsum's articles all are) leave each
paragraph's last stop touching the next one's first word. The sentence splitter needs a space
after a stop, so two or more sentences reach a brief as one bullet. A stop after a word of two or
more letters (or an acronym's capitals, a digit, a figure's unit as in "£26.6m.", "%" or a closing
bracket), then a capitalised word of two or more letters, is a sentence's end in running prose
("… about 46%.The survey …", "… Patrick Bradley Ltd.Mr McGurk …": a company's "Ltd", "Inc" or
"Corp" ends its name, en-xsum 25, 51, 91): abbreviations that take a name after them ("Mrs.", "Gov.")
and web addresses ("bbc.co.uk", "Amazon.Com/deals") are left alone. A quotation closed before the
stop ("… with "dignity".In an interview …") ends the sentence there too.

A straight or single quote between the stop and the capital closes the first sentence when that
sentence has a quotation still open, else it opens the second ("… the Pittodrie side."It's …").
Inside a quotation still open, with no quote at the stop, nothing is cut: the quotation goes on.
"""

from __future__ import annotations

from citebrief.text.en_quote_reading import quote_open_at
from citebrief.text.en_quote_tails import quote_tail_cuts
from citebrief.text.lazy_re import LazyPattern

_GLUED = LazyPattern(
    r"(?:(?<![A-Za-z])(?P<word>[A-Za-z]*[a-z]{2})|(?<![A-Za-z.])[A-Z]{2,}|[0-9)\]%]|(?<=[0-9])[a-z])(?P<closed>[\"'”’]?)[.!?]+(?P<quote>[\"'”’]?)"
    r"(?=[\"'“‘]?(?:[A-Z][A-Za-z]|I[\s'’]))"
)
# what every match of _GLUED holds, looked for first: most sentences have no stop before their end
_QUICK = LazyPattern(r"[.!?][\"'”’]?[\"'“‘]?[A-Z]")
# words that take a name after their stop, as in "Mrs.Smith" (a glued name, not a sentence's end)
_TAKES_A_NAME = frozenset(
    [
        "Mrs",
        "Mr",
        "Ms",
        "Dr",
        "St",
        "Jr",
        "Sr",
        "Gov",
        "Sen",
        "Rep",
        "Gen",
        "Col",
        "Sgt",
        "Capt",
        "Cpl",
        "Adm",
        "Supt",
        "Det",
        "Insp",
        "Prof",
        "Rev",
        "Hon",
        "Nos",
        "vs",
        "Co",
        "Bros",
        "Mt",
        "Ft",
        "Ave",
        "approx",
        "cf",
        "viz",
    ]
)
_OPENS = LazyPattern(r"(?<![A-Za-z0-9])['‘]")
_CLOSES = LazyPattern(r"['’](?![A-Za-z0-9])")
_DECIMAL = LazyPattern(r"\d\.\d")
_STOPS = LazyPattern(r"\.+")
MIN_SIDE_WORDS = 2


def glued_stop_cuts(text: str, start: int, end: int) -> list[int]:
    """Offsets in `text[start:end]` (one sentence span) where a sentence glued to a stop begins, or
    one glued to a quotation's close with no stop (text/en_quote_tails.py)."""
    tails = quote_tail_cuts(text, start, end)
    if _QUICK.search(text, start, end) is None:
        return tails
    if tails:
        return sorted({*tails, *_stop_cuts(text, start, end)})
    return _stop_cuts(text, start, end)


def _stop_cuts(text: str, start: int, end: int) -> list[int]:
    """Offsets in `text[start:end]` where a sentence glued to a stop begins."""
    cuts: list[int] = []
    piece = start
    for glued in _GLUED.finditer(text, start, end):
        if glued.group("word") in _TAKES_A_NAME or _in_address(text, glued.start(), glued.end()):
            continue
        inside = not glued.group("closed") and _quote_open(text, piece, glued.start("quote"))
        if inside and not glued.group("quote"):
            continue  # "… 'I remember being confused.I honestly don't know …'": one quotation goes on
        cut = glued.end() if inside else glued.start("quote")
        if len(text[piece:cut].split()) < MIN_SIDE_WORDS or len(text[cut:end].split()) < MIN_SIDE_WORDS:
            continue
        cuts.append(cut)
        piece = cut
    return cuts


def _quote_open(text: str, start: int, end: int) -> bool:
    """Whether a quotation is open at `end`: double quotes read over the whole paragraph as BBC
    pages write a quotation of several paragraphs (text/en_quote_reading.py; a mark at `end` that
    reopens the quotation for its next paragraph closes none), single ones, also an apostrophe's
    mark, counted from the sentence's `start`."""
    if quote_open_at(text, end):
        return True
    piece = text[start:end]
    return len(_OPENS.findall(piece)) > len(_CLOSES.findall(piece))


def _in_address(text: str, stop: int, after: int) -> bool:
    """Whether the run of non-space characters around the stop is a web or mail address or a name
    in code ("java.lang.String", "Console.WriteLine()"): a slash, an at, "www", an underscore, a
    bracket after the stop, or another stop inside the run besides the glued one."""
    left = text.rfind(" ", 0, stop) + 1
    right = text.find(" ", after)
    run = text[left : right if right >= 0 else len(text)]
    rest = text[after : right if right >= 0 else len(text)]
    # runs of stops, less a decimal's point ("7.1.Scots") and the run's own end: "java.lang.String" has two
    dots = len(_STOPS.findall(_DECIMAL.sub("", run.rstrip(".,;:!?\"'”’)"))))
    return any(mark in run for mark in "/@_") or "www" in run.lower() or "(" in rest or dots > 1
