"""A work's title with a stop inside it, which ends no sentence: "Most of the Russian-language
report, entitled Putin. War, is based on facts …" (en-xsum 27, the report's title "Putin. War").

The sentence splitter cut after "Putin.", and the brief gave "Most of the Russian-language report,
entitled Putin" and "War, is based on facts …" as two bullets, neither a sentence. Where a piece
ends on "entitled"/"titled" and one capitalised word with its stop, and the next opens on one
capitalised word, a comma and the verb whose subject the title is ("War, is …"), the two are one
sentence (segment.py's `_en_sentence_spans`, beside the title and "vs." joins).
"""

from __future__ import annotations

from citebrief.text.lazy_re import LazyPattern

_WINDOW = 40  # the end of the piece before: "entitled" and one word
_TITLE_END = LazyPattern(r"\b(?:entitled|titled) [A-Z][\w'’-]*\.$")
_TITLE_GOES_ON = LazyPattern(r"[A-Z][\w'’-]*, (?:is|was|are|were|has|had|will|would|which)\b")


def title_goes_on(text: str, first_start: int, first_end: int, start: int) -> bool:
    """Whether text[first_start:first_end] ends inside a work's title that the sentence at `start`
    goes on with ("… entitled Putin." | "War, is based …")."""
    before = text[max(first_start, first_end - _WINDOW) : first_end].rstrip()
    return _TITLE_END.search(before) is not None and _TITLE_GOES_ON.match(text, start) is not None
