"""The label a brief puts before a quotation to name its speaker ("[Dr Hills said:] \"And I only …\""):
written by `engines.en_quote_owners`, and the name it puts in a pronoun's place ("[Ms Rochira] said
…"), written by `engines.en_pronoun_speakers`: each read back by `verify.index` (which checks the
sentence word for word without it), so writer and reader spell it one way."""

from __future__ import annotations

import re

from citebrief.text.lazy_re import LazyPattern

_OPEN, _CLOSE = "[", " said:]"
# the label opening a bullet, the speaker's name as `who`
SPEAKER_LABEL = LazyPattern(rf"^{re.escape(_OPEN)}(?P<who>[^\[\]]+){re.escape(_CLOSE)}\s+")
# a name the brief puts in the place of the pronoun a bullet opens on ("[Ms Rochira] said she …",
# "[Mason's] attempts …": `engines.en_pronoun_speakers`): the rest is the sentence word for word
NAME_IN_PLACE = LazyPattern(r"^\[(?P<who>[A-Z][^\[\]\d]*?)(?:['’]s)?\]\s+(?=[a-z])")


def labelled(name: str, text: str) -> str:
    """`text` opening on `name`'s label: "[Dr Hills said:] \"…\"."""
    return f"{_OPEN}{name}{_CLOSE} {text}"


def named_in_place(name: str, rest: str) -> str:
    """`rest` (the sentence after its pronoun) opening on `name` in brackets, as `NAME_IN_PLACE`
    reads it: "[Ms Rochira] said …", "[Mason's] attempts …"."""
    return f"[{name}] {rest}"
