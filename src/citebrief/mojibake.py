"""Mojibake repaired at ingest: UTF-8 text that was once read as Windows-1252 ("Â£200", "itâ€™s").

Feeds and scraped corpora often carry text that went through a wrong decode before it reached
us: every "£" shows as "Â£", every curly quote as "â€™". A reader sees those characters in the
brief, and verify and the engines see a word that is not the article's. `decode.py` cannot help
(the bytes were valid UTF-8 of the wrong characters), so the text itself is repaired, once, where
every input becomes a Document (`segment.build_document`): paragraphs, bullets and verify all
see the same repaired text.

Only ftfy's encoding repair is used (no quote straightening, no width or NFC changes), and only
on a text holding a marker of the mojibake it undoes, so clean text comes through byte-identical
and ftfy is neither imported nor run for it.
"""

from __future__ import annotations

# how the lead bytes of UTF-8's commonest non-ASCII characters read in Windows-1252: C2 (Â: £, °,
# no-break space), C3 (Ã: é, ü, ñ), E2 80 (â€: curly quotes, dashes, …) and E2 82 (â‚: the euro
# sign, "â‚¬86bn" in en-xsum); a text without one of these holds none of the mojibake worth repairing
_MARKERS: tuple[str, ...] = tuple(lead.decode("cp1252") for lead in (b"\xc2", b"\xc3", b"\xe2\x80", b"\xe2\x82"))


def has_marker(text: str) -> bool:
    """Whether `text` holds a character mojibake of UTF-8 read as Windows-1252 starts with."""
    return any(marker in text for marker in _MARKERS)  # three substring scans: no regex to compile


def repair(text: str) -> str:
    """`text` with its mojibake repaired ("Â£200" → "£200"); text without a marker, unchanged."""
    if not has_marker(text):
        return text
    from ftfy import fix_encoding

    return fix_encoding(text)
