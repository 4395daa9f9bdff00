"""Whether an English sentence closes as a writer's sentence does: on a stop, perhaps inside a
quotation or a bracket. One rule for the scorer (a sentence that closes on none is no claim,
`engines/scoring.py`) and for a caption glued into the text, which closes on none
(`en_caption_between`); the two had their own lists, and a bare closing quote counted for one and
not the other (review of session 50, #10).
"""

from __future__ import annotations

_STOPS_EN = tuple(".!?;…:")
_CLOSERS_EN = "\"'”’)]"
_AFTER_STOP_EN = tuple(".!?…")


def closed_en(text: str) -> bool:
    """Whether an English sentence ends with a stop (.!?;…:), or with closing quotes and brackets
    right after one of .!?… (as a `$` would, before a final newline too): the last characters
    read, not a pattern tried at every position of the sentence."""
    if text.endswith("\n"):
        text = text[:-1]
    if text.endswith(_STOPS_EN):
        return True
    bare = text.rstrip(_CLOSERS_EN)
    return len(bare) < len(text) and bare.endswith(_AFTER_STOP_EN)
