"""An English bullet that goes on inside a quotation the sentence before it opened with a single
mark, and carries a stray single mark of the page mid-sentence: "That's not the excitement
'Britain needs. That's not a risk Britain should take.'" after "'And you only get these things
with a strong and stable government - not one held to ransom." (en-cnndm 106, a Daily Mail page).

Inside a quotation a single mark opened, another single mark before a word opens nothing (a
quotation inside one takes the other kind of mark): it is the page's, and read as written it
seemed to quote two words from mid-sentence on. The bullet reads as the speaker's words: the
stray mark goes and the quotation opens at the bullet's start, where it closes at its end.
Conservative: the sentence before opens on a single mark and holds no other single mark (the
quotation left open), is in the same block, and the bullet holds two single marks only, the stray
one after a lower-case word and the closing one at its end. Double marks are `en_stray_quotes`'.
"""

from __future__ import annotations

from citebrief.text.lazy_re import LazyPattern

# a single mark where it opens or closes (not "don't", "dogs’")
_SINGLE = LazyPattern(r"(?:^|(?<=[\s(]))[‘'](?=\w)|(?<=[\w,.!?;])[’'](?=[\s,.;:!?)]|$)")
_OPENS_AT_START = LazyPattern(r"[‘'](?=[A-Za-z])")
_STRAY = LazyPattern(r"(?<=[a-z] )[‘'](?=[A-Za-z])")  # "the excitement 'Britain": after a lower-case word
_CLOSES_AT_END = LazyPattern(r"[.!?](?P<mark>[’'])$")
_DOUBLE = LazyPattern(r"[\"“”]")


def inside_single_quotation(before: str, text: str) -> str:
    """`text`, a bullet opening on the sentence after `before` (same block), less the stray single
    mark inside it and opened with the quotation's mark, where `before` opened a single-marked
    quotation it left open and `text` closes it at its end (module doc); else `text` as it is."""
    before, bullet = before.strip(), text.strip()
    if _DOUBLE.search(bullet) or not _OPENS_AT_START.match(before) or len(_SINGLE.findall(before)) != 1:
        return text
    close = _CLOSES_AT_END.search(bullet)
    stray = _STRAY.search(bullet)
    if close is None or stray is None or len(_SINGLE.findall(bullet)) != 2 or not bullet[:1].isalpha():
        return text
    opening = "‘" if close.group("mark") == "’" else "'"
    return opening + bullet[: stray.start()] + bullet[stray.end() :]
