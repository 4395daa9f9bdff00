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
stop ("… with "dignity".In an interview …") ends the sentence there too. The next sentence may open
on the article "A" ("… in 2015).A council spokesman …"), a name's "O'" ("… for Mozart."O'Brien …"),
an editor's bracket ('… behaviour."[An aggressive] octopus …') or an invisible mark left by the page
(U+200E before "Inspectors", en-xsum 13): en-xsum 2, 26, 33 and 13 kept these glued. A comma glued
to a capitalised word after a lower-case one is a paragraph's lost stop too ("… more closely with
Wada,Igor Zagorskiy, deputy director …, told the BBC", en-xsum 16, 54) where a report follows it:
prose puts a space after its commas.

A straight or single quote between the stop and the capital closes the first sentence when that
sentence has a quotation still open, else it opens the second ("… the Pittodrie side."It's …").
Inside a quotation opened in the same sentence, with no quote at the stop, nothing is cut: the
quotation goes on. A double quotation open from an earlier sentence (as `quote_open_at` reads the
paragraph's marks) does not hold it: BBC pages leave a long quotation's inner paragraphs unclosed,
and a paragraph glued on after one with no mark at the stop is prose.
"""

from __future__ import annotations

from citebrief.text.en_glued_colons import glued_colon_cuts
from citebrief.text.en_quote_reading import INVISIBLE, quote_open_at
from citebrief.text.en_quote_tails import quote_tail_cuts
from citebrief.text.lazy_re import LazyPattern

_GLUED = LazyPattern(
    r"(?:(?<![A-Za-z])(?P<word>[A-Za-z]*[a-z]{2})|(?<![A-Za-z.])[A-Z]{2,}|[0-9)\]%]|(?<=[0-9])[a-z])(?P<closed>[\"'”’]?)[.!?]+(?P<quote>[\"'”’]?)"
    # the next sentence's first word: a capital then a letter, a name's "O'", the article "A" or the
    # pronoun "I"; an editor's bracket ('"[An aggressive] octopus …') or an invisible mark may come first
    rf"(?=[\"'“‘]?[{INVISIBLE}]?\[?(?:[A-Z][A-Za-z]|[A-Z]['’][A-Z]|[AI][\s'’]))"
)
# what every match of _GLUED holds, looked for first: most sentences have no stop before their end
_QUICK = LazyPattern(rf"[.!?][\"'”’]?[\"'“‘]?[{INVISIBLE}]?\[?[A-Z]")
# a comma glued to a capitalised word, a lower-case word before it: a paragraph's lost stop
# ("… work more closely with Wada,Igor Zagorskiy, deputy director …", "… gain entry,Che was stabbed …")
_COMMA_SEAM = LazyPattern(r"(?<![A-Za-z])[A-Za-z]*[a-z]{2},(?=[A-Z][a-z])")
# its comma and capital, searched first: `re` skips to a comma, while the seam's pattern opens on a
# look-behind and a run of letters, tried at every character of a sentence that has no seam
_COMMA_CAPITAL = LazyPattern(r",[A-Z][a-z]")
# a report after the seam: a new speaker's words open a paragraph of their own on a BBC page
_REPORTS = LazyPattern(r"\b(?:said|says|told|added)\b")
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
# a results table glued to a sentence's stop: its first row's number, a name and a "(Cty/Team)"
# bracket ("… from Montenero.1. Ann Rider (Fra/Team) 4hrs 2mins …"); the rows are a sentence's end
_RESULTS_TABLE = LazyPattern(
    r"(?<=[a-z]{2})\.(?=\d{1,2}\.\s+[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){1,3} \([A-Z][A-Za-z]{1,2}/ ?[A-Z])"
)
MIN_SIDE_WORDS = 2


def glued_stop_cuts(text: str, start: int, end: int) -> list[int]:
    """Offsets in `text[start:end]` (one sentence span) where a sentence glued to a stop begins, or
    one glued to a quotation's close with no stop (text/en_quote_tails.py), or one glued to a
    colon whose list the page lost (text/en_glued_colons.py)."""
    colons = glued_colon_cuts(text, start, end) + _results_table_cuts(text, start, end)
    cuts = _glued_cuts(text, start, end)
    return sorted({*cuts, *colons}) if colons else cuts


def _results_table_cuts(text: str, start: int, end: int) -> list[int]:
    """Offsets in `text[start:end]` where a results table glued to a stop begins: a stage report's
    page ends on its standings ("1. Ann Rider (Fra/Team) 4hrs 2mins 9secs2. …"), and a row is no
    part of the sentence it touches (`_GLUED` wants a capital after the stop, not a row's number)."""
    if "/" not in text[start:end]:
        return []  # most sentences: no "(Cty/Team)" bracket
    return [glued.end() for glued in _RESULTS_TABLE.finditer(text, start, end)]


def _glued_cuts(text: str, start: int, end: int) -> list[int]:
    """Offsets in `text[start:end]` where a sentence glued to a stop, a comma or a quotation's
    close begins."""
    tails = quote_tail_cuts(text, start, end)
    seams = _comma_seams(text, start, end)
    if _QUICK.search(text, start, end) is None:
        return sorted({*tails, *seams}) if seams else tails
    if tails or seams:
        return sorted({*tails, *seams, *_stop_cuts(text, start, end)})
    return _stop_cuts(text, start, end)


def _comma_seams(text: str, start: int, end: int) -> list[int]:
    """Offsets in `text[start:end]` where a sentence glued to a comma begins: a flattened page that
    lost a paragraph's stop keeps its comma, as in "… with Wada,Igor Zagorskiy … told the BBC …"
    (en-xsum 16, 54; a comma in prose always takes a space, one in an address or code none). Only
    where a report follows ("… told the BBC", "… magazine said"): a new speaker opens a paragraph,
    while two clauses of one telling may be the writer's comma splice ("… gain entry,Che was
    stabbed …", en-xsum 58, whose brief kept the fight only as one bullet)."""
    if _COMMA_CAPITAL.search(text, start, end) is None:
        return []  # most sentences: no comma glued to a capital
    cuts: list[int] = []
    piece = start
    for seam in _COMMA_SEAM.finditer(text, start, end):
        if _in_address(text, seam.start(), seam.end()) or _quote_open(text, piece, seam.start()):
            continue
        cut = seam.end()
        if len(text[piece:cut].split()) < MIN_SIDE_WORDS or len(text[cut:end].split()) < MIN_SIDE_WORDS:
            continue
        if _REPORTS.search(text, cut, end) is None:
            continue  # "… tried to gain entry,Che was stabbed …": the writer's own comma splice, one sentence
        cuts.append(cut)
        piece = cut
    return cuts


def _stop_cuts(text: str, start: int, end: int) -> list[int]:
    """Offsets in `text[start:end]` where a sentence glued to a stop begins."""
    cuts: list[int] = []
    piece = start
    for glued in _GLUED.finditer(text, start, end):
        if glued.group("word") in _TAKES_A_NAME or _in_address(text, glued.start(), glued.end()):
            continue
        inside = not glued.group("closed") and _quote_open(text, piece, glued.start("quote"))
        if inside and not glued.group("quote") and _opened_in_sentence(text, piece, glued.start("quote")):
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


def _opened_in_sentence(text: str, start: int, end: int) -> bool:
    """Whether a quotation open at `end` was opened in the sentence `text[start:end]`, by that
    sentence's own marks. One open from an earlier sentence (`quote_open_at`'s reading of the
    paragraph) does not hold a stop with no mark after it: BBC pages open each paragraph of a long
    quotation with a mark and close only its last, and a paragraph glued on with no mark is prose
    ("… about 46%.The survey was …", en-xsum 25)."""
    piece = text[start:end]
    if piece.count("“") > piece.count("”") or piece.count('"') % 2 == 1:
        return True
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
