"""Where a caption runs into a sentence that opens on a speaker named with a role.

CNN/Daily Mail quotes an expert with a name, a role and "said": "Richard Lloyd, executive
director of consumer watchdog Which?, said: …". A flattened page glues such a sentence to the
caption before it with no stop: "… Mr Beavis was fined after he returned 56 minutes late Richard
Lloyd, executive director of …, said: …", "… because he has Alzheimer's disease Pete Saunders,
chief executive of …, added: …". A name of two or three capitalised words, a comma, a lower-case
role and a comma before a speech verb is the subject of that verb, so a lower-case word right
before the name ends another sentence, unless it leads into the name (a conjunction, a
preposition, a title, "the late …": text/captions.py's word lists) or the words before make no
clause of their own (no finite verb, or an opening phrase: "Speaking to reporters today …").
"""

from __future__ import annotations

import re

from citebrief.text.caption_years import CLAUSE_OPENERS
from citebrief.text.captions import _NAME_INTRODUCERS, DETERMINERS, MIN_SIDE_WORDS, _finite_verb, _introduces_name

# "late Richard Lloyd, executive director of consumer watchdog Which?, said"
_SPEAKER = re.compile(
    r"(?<=[a-z0-9]) (?P<name>[A-Z][a-z][\w'’-]*(?: [A-Z][a-z][\w'’-]*){1,2}), "
    r"[a-z][^,;:'\"‘“”]{3,80}?, (?:said|says|told|added|adds|explained|warned)\b"
)
_SPEECH_AFTER_COMMA = re.compile(r", (?:said|says|told|added|adds|explained|warned)\b")  # the cheap part
# adjectives that lead into a name only after a determiner: "the late Richard Lloyd" is dead, "56
# minutes late Richard Lloyd" a caption's end
_AFTER_DETERMINER = frozenset({"late"})


def speaker_cuts(text: str, start: int, end: int) -> list[int]:
    """Offsets in `text[start:end]` (one sentence) where a caption stops and a sentence opening on
    a speaker with a role in apposition starts."""
    if _SPEECH_AFTER_COMMA.search(text, start, end) is None:
        return []  # most sentences: no speech verb after a comma
    cuts: list[int] = []
    piece = start
    for match in _SPEAKER.finditer(text, start, end):
        cut = match.start("name")
        words = text[piece:cut].split()
        if len(words) < MIN_SIDE_WORDS or not words[-1].isalpha() or not words[-1].islower():
            continue
        if _leads_into_name(words) or not _a_clause(words):
            continue
        cuts.append(cut)
        piece = cut
    return cuts


def _a_clause(words: list[str]) -> bool:
    """`words` make a caption's clause: a finite verb, and no opening phrase that the name and its
    verb would finish ("Speaking to reporters today John Smith, a spokesman, said …", "The letter
    from headteacher Tom Hill, who …, said …")."""
    first = words[0].strip("'‘\"“")
    if first in CLAUSE_OPENERS or first.endswith(("ing", "ed")):
        return False
    return any(_finite_verb(word, following) for word, following in zip(words, [*words[1:], ""], strict=True))


def _leads_into_name(words: list[str]) -> bool:
    """The last of `words` goes on into the name after it ("and", "by", "spokesman", "the late")."""
    last = words[-1]
    if last in _AFTER_DETERMINER:
        return len(words) > 1 and words[-2].lower() in DETERMINERS
    return last in _NAME_INTRODUCERS or _introduces_name(words, len(words) - 1)
