"""A Chinese candidate of several sentences that repeats a chosen bullet in one of them but
states a fact in another is no repeat (issue #9).

zh-policy 32's annex says "（二）摩托车号牌。字符共7位，……组成。其中，所属救援队伍代号用X代表消防
救援、S代表森林消防。": its first sentence is the body's plate rule again, its second (carried, as it
leans on the first) the X/S codes nowhere else in the brief. Once the body's bullet gave the whole
rule (`text/zh_colon_lists.py`), MMR read the annex's sentences as near-identical to it and passed
them over, the annex group kept one sentence and went, and its codes with it. A candidate is
passed over only where its own sentence is said too: a carried candidate (`Scored.carried`) whose
last sentence, long enough to state a fact, no chosen bullet holds or near-duplicates stays a
candidate. (Any sentence of any candidate moved 23 more of 456 briefs: too wide to read.)
"""

from __future__ import annotations

from collections.abc import Sequence

from citebrief.engines.bullets import near_duplicate
from citebrief.text.lazy_re import LazyPattern

_SENTENCE = LazyPattern(r"[^。！？!?]+[。！？!?]?")
_MARKS = LazyPattern(r"[\s，,、：:；;。！？!?“”\"]")
MIN_FACT_CHARS = 12  # a shorter sentence ("详见附件。") adds no fact worth a bullet


def adds_a_sentence(text: str, others: Sequence[str]) -> bool:
    """Whether `text`, a sentence that carries the one before it (two sentences or more), says in
    its own last sentence (≥ MIN_FACT_CHARS) what none of `others` holds word for word or
    near-duplicates: what it carries may be said, what it adds is not."""
    sentences = [s for s in _SENTENCE.findall(text) if s.strip()]
    if len(sentences) < 2:
        return False
    own = sentences[-1]
    bare = _MARKS.sub("", own)
    if len(bare) < MIN_FACT_CHARS or any(bare in _MARKS.sub("", other) for other in others):
        return False
    return not any(near_duplicate(own, other, "zh") for other in others)
