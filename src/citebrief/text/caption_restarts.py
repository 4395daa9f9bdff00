"""Where a caption ends and the story's sentence starts again on the caption's own subject.

CNN/Daily Mail pages paste a photo's caption before the paragraph it illustrates, with no full
stop between them, and the paragraph often opens on the person the caption shows, named again
with an apposition: "Phillip Pama covered his face as he left court where he was granted bail
on Friday Pama, a married father of three, works a 3 am shift …", "Father Arron Cutugno said he
was 'disgusted' by the music during the minutes silence Arron Cutugno, who was taking his young
daughter …". text/captions.py cuts before a name only where a finite verb follows it (a name
word with a comma after it is one sentence there: "the journal Current Biology, provided"); this
rule takes the other shape: a name that the same run of words has already named, a comma, then
an apposition ("a", "an", "who", "whose", "aged", a figure), straight after a word that may end a
caption (a common word that does not lead into a name, a figure, or a day after a common word).
"""

from __future__ import annotations

import re

# private helpers of captions.py, shared so that both rules read a caption's end the same way
from citebrief.text.captions import _TIME_NAMES, MIN_SIDE_WORDS, _ends_caption, _introduces_name

# one to three capitalised words, a comma, and an apposition's first word
_RESTART = re.compile(
    r"(?<=[a-z0-9)]) (?P<name>(?:[A-Z][a-z][\w'’-]* ){0,3}[A-Z][a-z][\w'’-]*), "
    r"(?:a|an|who|whose|aged|\d{1,3})\b"
)
_APPOSITION = re.compile(r", (?:an?|who|whose|aged|\d{1,3})\b")  # the shape's cheap part, searched first
_POSSESSIVES = frozenset({"his", "her", "their", "my", "our", "your", "its"})
_INNER_STOP = re.compile(r"[.!?:;\"“”]")


def restart_cuts(text: str, start: int, end: int) -> list[int]:
    """Offsets in `text[start:end]` (one sentence) where a caption ends and the sentence after it
    opens on a name the caption holds, in apposition."""
    if _APPOSITION.search(text, start, end) is None:
        return []  # most sentences: no apposition after a capitalised word
    cuts: list[int] = []
    piece = start  # where the current piece starts: the name must be in it, before the cut
    for match in _RESTART.finditer(text, start, end):
        names = match.group("name").split()
        while len(names) > 1 and names[0] in _TIME_NAMES:
            names = names[1:]  # "on Friday Pama, a …": the day ends the caption
        cut = match.end("name") - len(" ".join(names))
        before = text[piece:cut].split()
        if len(before) < MIN_SIDE_WORDS or len(text[cut:end].split()) < MIN_SIDE_WORDS:
            continue
        name = " ".join(names)
        earlier = text[piece:cut]  # the name's own pattern compiled only where the name is there
        if name not in earlier or not re.search(rf"\b{re.escape(name)}\b", earlier):
            continue  # a first mention is the sentence's own object: "… and suspect David Gaver, 28"
        if _caption_end(before):
            cuts.append(cut)
            piece = cut
    return cuts


def _caption_end(words: list[str]) -> bool:
    """The last of `words` may end a caption and does not lead into the name after it
    ('neighbour Pama, a …', 'told Pama, who …' go on)."""
    index = len(words)
    if _INNER_STOP.search(words[-1]):
        return False  # "… walks of life.Tally Evans, who …": a stop the splitter missed, not a caption
    if not _ends_caption([*words, ""], index):
        return False
    previous = words[-1]
    if len(words) > 1 and words[-2].lower() in _POSSESSIVES:
        return False  # "… interviewed his neighbour Marsh, a nurse": a relation in apposition
    if previous in _TIME_NAMES:
        return True  # "… on Friday": _ends_caption has seen a common word before the day
    if previous.endswith(")") or not _introduces_name(words, index - 1):
        return True  # "26-year-old Tamerlan" goes on
    return _phrase_end(words)


# parts of the body a prepositional phrase ends on ("shot in the back", "hit on the head"); not "the day",
# which goes on into a clause ("on the day Smith, a father of two, was killed")
_PHRASE_NOUNS = frozenset({"back", "head", "face", "chest", "neck", "leg", "legs", "arm", "arms", "stomach"})
_PREPOSITIONS = frozenset({"in", "on", "at", "into", "through", "by", "from", "to", "after", "before", "during"})


def _phrase_end(words: list[str]) -> bool:
    """'… shooting Mr Lane in the back | Luna, a Duncan high school student, …': a preposition, "the"
    and a part of the body end a phrase; "back" goes on into a name only as a player's role."""
    return len(words) > 2 and words[-1] in _PHRASE_NOUNS and words[-2] == "the" and words[-3].lower() in _PREPOSITIONS
