"""A Chinese sentence that talks to its reader and tells nothing: "蛋白质这三个字你一定不陌生".

A writer's aside to the reader ("你一定不陌生", "相信大家都……") or a closing call
("总之，不要给自己任何借口，动起来才重要。") is the way into a passage or out of it: a bullet on it gives
an analyst no fact. Such a sentence holds a cue of `data/zh_reader_cues.tsv` and no figure (a
sentence that states a number along its aside has a fact of its own).
"""

from __future__ import annotations

from citebrief.text.data_files import any_row_pattern
from citebrief.text.lazy_re import LazyPattern

_DIGIT = LazyPattern(r"\d")


def addresses_reader(text: str) -> bool:
    """Whether a Chinese sentence only talks to its reader (see the module's docstring)."""
    return any_row_pattern("zh_reader_cues.tsv").search(text) is not None and _DIGIT.search(text) is None
