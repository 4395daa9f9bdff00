"""An English bullet that is the last sentence of a quotation opened in a sentence before it: it
ends on the closing mark ("I’m fighting against the way they are going about it.'") and opens
none. Where its bullet cannot carry the quotation from its opening (`en_quote_ends.from_quote_start`),
it opens the mark itself, as a writer quoting a speech from its middle does: readers marked such a
bullet down for "a stray closing quote", a mark that closes nothing they can see.

Only a closing mark at the end, after the sentence's stop, or after a comma or stop before the
words that say who spoke ("We’re no heroes, just tourists,' Makrus Åsberg … told the New York
Post."), and no other mark in the sentence: then all before it is the quotation's. A mark
inside ("…government intervention', amid doubts …") ends a quotation whose opening, in this
sentence or the one before, no one can place.
"""

from __future__ import annotations

from citebrief.text.anaphora import names_speaker
from citebrief.text.lazy_re import LazyPattern
from citebrief.text.quote_fragments import ANY_MARK

_CLOSED_AT_END = LazyPattern(r"[.!?…]([’'\"”])$")
_CLOSED_BEFORE = LazyPattern(r"[,.!?…]([’'\"”])\s")
_OPENER = {"’": "‘", "'": "'", '"': '"', "”": "“"}


def opened_tail(text: str) -> str | None:
    """`text` with the opening mark its closing one answers ("‘But Bale is at 100 per cent.’" for
    "But Bale is at 100 per cent.’"; "'We’re no heroes,' … told …"); None where it closes no
    quotation at its end or before its speaker, or holds another quotation mark."""
    stripped = text.strip()
    end = _CLOSED_AT_END.search(stripped) or _CLOSED_BEFORE.search(stripped)
    if end is None or ANY_MARK.search(stripped[: end.start(1)]):
        return None
    after = stripped[end.end(1) :]
    if after and (ANY_MARK.search(after) or not names_speaker(after)):
        return None  # words after the quotation that say no speaker, or another quotation
    return _OPENER[end.group(1)] + stripped
