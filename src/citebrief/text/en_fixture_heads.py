"""A fixture list's header run into the team news under it, in English text that came as one block.

A weekend preview lists each match as a header in capitals, the two sides joined by "v", with the
day, ground and kick-off in brackets, then the team news: "GLOUCESTER v NEWCASTLE (SATURDAY:
Kingsholm, 3pm) Dan Robson and Billy Burns form a new half-back pairing …" (en-cnndm 107).
Flattened, the header has no stop after it and reaches a brief as the bullet's front. The lower-case
"v" and the bracket's mixed case keep `text/en_caps_heads.py` from reading it as a heading. Two
sides in capitals, "v"/"V"/"vs", and a bracket that opens on a day in capitals and its colon, at a
sentence's start, then a capitalised word: the sentence starts at that word, the header is a line of
its own (no stop, no verb: never a bullet); `text/en_title_fixture.py`
still finds it before the sentence, in its passage, to title the group.
"""

from __future__ import annotations

from citebrief.text.lazy_re import LazyPattern

_SIDE = r"[A-Z][A-Z'’&.\-]+(?:\s[A-Z][A-Z'’&.\-]+){0,3}"
_DAYS = r"(?:MON|TUES|WEDNES|THURS|FRI|SATUR|SUN)DAY"
_FIXTURE = rf"{_SIDE}\s(?:v|V|vs\.?|VS\.?)\s{_SIDE}\s\({_DAYS}:[^()]{{1,60}}\)"
# the header, then the sentence's first word: a capital and a lower-case letter, maybe a quote first
_FIXTURE_HEAD = LazyPattern(_FIXTURE + r"\s+(?=['‘\"“]?[A-Z][a-z])")
MIN_SENTENCE_WORDS = 4  # the team news kept after the header holds at least this many words


def fixture_head_cut(text: str, start: int, end: int) -> int | None:
    """Where the team news under a fixture header at text[start:end]'s front starts, if one is there."""
    if not text[start : start + 2].isupper():
        return None  # most sentences open with a capital and a lower-case letter: let go at once
    head = _FIXTURE_HEAD.match(text, start, end)
    if head is None or len(text[head.end() : end].split()) < MIN_SENTENCE_WORDS:
        return None
    return head.end()
