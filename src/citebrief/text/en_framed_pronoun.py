"""An English sentence whose subject is a bare "he" or "she" after a short opening phrase: "The
firm's first security chief, he brings with him an extensive portfolio…", "More recently, he
introduced himself to a younger generation…", "Speaking to the BBC, he said: …".

It points back as "He brings…" does (`text.anaphora.needs_antecedent`), but the phrase hides the
pronoun from a test of the sentence's opening, so the brief carried neither the sentence that
names him nor a bullet beside it: blind readers asked "who?" (en-cnndm). The English
counterpart of `zh_frame_pronoun`. The phrase names no one itself: no capitalised word past its
first but a month, a day or an acronym ("In October 2014, he…", "Ahead of the BBC vote, he…"),
unless it frames a speaker's words (`data/en_speaker_frames.tsv`: "According to Fox Business,
she…"), whose names are an outlet's; "When David Cameron visited…, he insisted…" names him.
Not "it" or "they": "If the person does not enter the code, they are refused…", "As attempts
to break a world record go, it was pretty impressive" lean on nothing before. Where the sentence
before names no person (`en_actors.named`), `cited_points.carry_antecedent` does not carry it: "The
cities … are both suing the company. The firm's first security chief, he …" still says no who.
en-cnndm: 1 of 200 briefs changes (2: "When he arrived, he had three condoms …" no longer carried
before "Instead of being greeted …, Adeli was confronted …"); en-xsum: 2 (5, 194: "Speaking on BBC
Radio 4's …, he said", "But IS militants, he said, …" go to end the group of the one who names
him, `en_antecedent_next`), each better by a read.
"""

from __future__ import annotations

import re
from functools import cache

from citebrief.text.calendar_names import DAY_NAMES, MONTH_NAMES
from citebrief.text.data_files import data_lines
from citebrief.text.lazy_re import LazyPattern

MIN_FRAME_WORDS = 2  # one word ("However, he …", "Since, he …") is a connective: `en_back_reference` reads those
MAX_FRAME_WORDS = 10  # an opening phrase's words, at most, before the pronoun's comma
# the phrase up to its first comma (no quotation, colon or stop in it; a possessive's ' may be), then
# "he" or "she" as the subject
_FRAMED = LazyPattern(r"^(?P<frame>[A-Z](?:[^,;:.!?‘\"“”()\s]|\s(?!['‘]))*), (?:he|she)\b(?!['’]d\b)")
_CAPITALISED = re.compile(r"\b[A-Z][a-z][\w'’-]*")
_NOT_NAMES = frozenset([*DAY_NAMES, *MONTH_NAMES])


@cache
def _speaker_frames() -> tuple[str, ...]:
    """The openers of a phrase framing a speaker's words (`data/en_speaker_frames.tsv`)."""
    return tuple(line.strip() for line in data_lines("en_speaker_frames.tsv"))


def _names_someone(frame: str) -> bool:
    """Whether an opening phrase writes a capitalised word past its first (a month, a day aside)."""
    rest = frame.split(" ", maxsplit=1)[1:]
    return any(word not in _NOT_NAMES for word in _CAPITALISED.findall(rest[0] if rest else ""))


def pronoun_after_frame_en(text: str) -> bool:
    """True for "More recently, he introduced himself…": a short phrase naming no one, then "he" or
    "she" as the subject."""
    m = _FRAMED.match(text)
    if m is None or not MIN_FRAME_WORDS <= len(m.group("frame").split()) <= MAX_FRAME_WORDS:
        return False
    frame = m.group("frame")
    speaking = any(frame == opener or frame.startswith(opener + " ") for opener in _speaker_frames())
    return speaking or not _names_someone(frame)
