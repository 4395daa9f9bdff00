"""English sentences glued to a colon with no space after it ("… to improve the experience
by:To access the service, children …", en-xsum 146).

A page flattened into text loses the list a lead-in's colon points at, and the paragraph after the
list is glued to the colon: the splitter, which needs a stop and a space, keeps the lead-in and the
next paragraph as one sentence, a bullet that reads as a broken splice. Prose puts a space after its
colons, so a colon between a word's lower-case letters and a capitalised word is a paragraph's seam:
the lead-in becomes a sentence of its own (one ending on a colon, whose list is gone) and the next
paragraph another. A clock's "09:15", an address's "http://" and a name in code ("std::Vector") are
left alone: the colon has letters on both sides only in the seam.

A report after the colon ("… the party calls for:On the theme …, he said …", en-xsum 48) is no
reason to keep the seam: the lead-in's colon introduces the lost list, not the next paragraph, so
the splice reads as one broken sentence whoever speaks in it. A lead-in closing on a bracket ("…
is calculated at 53bn roubles (£665m; $1bn):Boris Nemtsov began work …", en-xsum 27) is left
glued: cut off, the figure it states is never a bullet (a sentence ending on a colon is a
lead-in), and readers took the lost figure for the worse fault (s300: 4 / 4 against the cut, pasted).

Three seams are left whole. A speaker's colon in the lead-in ("… told BBC Radio London:Media
playback …", en-xsum 197): the words after it are the speaker's, and a cut leaves them nobody's.
A list still there, its items glued ("… will take part in the tournament:Eoin Morgan will play for
Sunrisers HyderabadJos Buttler is …", en-xsum 118): the cut frees a garbled run of items. A clause
cut off at "that:" ("The poll strongly suggests that:Read …", en-xsum 24) is no lead-in of a list.
"""

from __future__ import annotations

from citebrief.text.lazy_re import LazyPattern

# a word's lower-case letters, the colon, then a capital and a lower-case letter or the pronoun "I"
_SEAM = LazyPattern(r"(?<![A-Za-z])[A-Za-z]*[a-z]{2}:(?=[A-Z][a-z]|I\s)")
# the seam's colon and capital, searched first: most sentences have none
_QUICK = LazyPattern(r":[A-Z]")
# a speaker's colon: a report in the lead-in
_REPORTS = LazyPattern(r"\b(?:said|says|say|told|tells|added|adds|explained|explains|wrote|writes|asked)\b")
# list items glued to each other after the colon: a word's lower-case end touching the next capital
_GLUED_ITEMS = LazyPattern(r"[a-z]{2}[A-Z][a-z]")
MIN_SIDE_WORDS = 3


def glued_colon_cuts(text: str, start: int, end: int) -> list[int]:
    """Offsets in `text[start:end]` (one sentence span) where a sentence glued to a colon begins."""
    if _QUICK.search(text, start, end) is None:
        return []
    cuts: list[int] = []
    piece = start
    for seam in _SEAM.finditer(text, start, end):
        cut = seam.end()
        if _left_whole(text, piece, cut, end):
            continue
        if len(text[piece:cut].split()) < MIN_SIDE_WORDS or len(text[cut:end].split()) < MIN_SIDE_WORDS:
            continue  # "Pictured:Operation Overlord": a caption's label, not a lead-in
        cuts.append(cut)
        piece = cut
    return cuts


def _left_whole(text: str, piece: int, cut: int, end: int) -> bool:
    """Whether the seam before `cut` is a speaker's colon (a report in the lead-in; one after the
    colon keeps nothing whole), a list's that its items follow, or a clause's "that:" (see the
    module's docstring)."""
    if text[piece:cut].lower().endswith("that:"):
        return True
    # the lead-in's own sentence: the span may hold sentences glued at a stop before it
    lead = max(text.rfind(".", piece, cut), text.rfind("?", piece, cut), text.rfind("!", piece, cut), piece)
    stop = text.find(".", cut, end)
    stop = end if stop < 0 else stop
    return _REPORTS.search(text, lead, cut) is not None or _GLUED_ITEMS.search(text, cut, stop) is not None
