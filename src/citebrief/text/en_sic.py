"""An editor's "[sic]" after a quotation's "!!!" or stop: "… and destroy!!!! [sic]' Transfield
Services spokesman David Jamieson said …". The splitter ends the sentence at the "!!!!" before
the bracket, so the next sentence, and any bullet made of it, opens on "[sic]'" - a mark said of
words the reader never sees there. The mark (and the quotation's closing mark after it) goes back
onto the words it follows; the sentence after opens on its own first word.
"""

from __future__ import annotations

import re

from citebrief.text.lazy_re import LazyPattern

# "[sic]", the closing marks after it, and the space before the next sentence's first word
_SIC_OPENS = LazyPattern(r"\[sic\][\"'”’]*\s*", re.IGNORECASE)


def sic_returned(text: str, spans: list[tuple[int, int]], start: int, end: int) -> int:
    """Where text[start:end] opens once an opening "[sic]'" goes back to the sentence before
    (`spans[-1]`, lengthened in place); `start` itself where it opens on no such mark."""
    found = _SIC_OPENS.match(text, start, end)
    if found is None or not spans:
        return start
    spans[-1] = (spans[-1][0], found.start() + len(found.group().rstrip()))
    return found.end()
