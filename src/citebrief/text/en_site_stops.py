"""A sentence that ends on a website's name and its stop ("… notes Philly.com. | Wishes she was …").

syntok reads the stop after a domain as part of an address and splits there only before a word it
knows to open sentences ("The"), so "… after flying through the first few questions, notes
Philly.com. Wishes she was a millionaire: Drexel law profesor professor …" stays one sentence and
the photo caption after it reaches a brief glued to a bullet (en-cnndm 115). A name with a dot and a
common top-level domain, then a stop, a space and a capitalised word is a sentence's end: the piece
after it is a sentence of its own (the caption rules then judge it). An address's path
("Amazon.com/deals") or a longer address ("www.bbc.co.uk.") is left to syntok.
"""

from __future__ import annotations

from citebrief.text.lazy_re import LazyPattern

_SITE_STOP = LazyPattern(r"(?<![\w./@:-])[A-Za-z][A-Za-z0-9-]*\.(?:com|org|net|co\.uk)\.\s+(?=['‘\"“]?[A-Z][a-z])")
MIN_SIDE_WORDS = 3  # each side of the cut holds at least this many words


def site_stop_cuts(text: str, start: int, end: int) -> list[int]:
    """Offsets in `text[start:end]` (one sentence span) where a sentence after a site's name and stop begins."""
    if ". " not in text[start:end]:
        return []  # most sentences: no stop before their end
    cuts: list[int] = []
    piece = start
    for stop in _SITE_STOP.finditer(text, start, end):
        cut = stop.end()
        if len(text[piece:cut].split()) < MIN_SIDE_WORDS or len(text[cut:end].split()) < MIN_SIDE_WORDS:
            continue
        cuts.append(cut)
        piece = cut
    return cuts
