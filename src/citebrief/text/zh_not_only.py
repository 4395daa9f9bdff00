"""A Chinese sentence that opens on "不仅/不但" with no subject before it ("不仅满足……的需求，也为……提供了
……"): the first half of a "不仅……，也……" claim whose subject, the thing that does both, the sentence before
names. Alone as a bullet it says what was done and never by what (issue #9: a blind reader of zh-news
marked such a bullet a subjectless fragment). It is read as a bare act (`zh_bare_act.opens_on_bare_act`), so
the bullet carries the sentence before (`cited_points.carry_antecedent`), from the overview too
(`zh_antecedent_pairs`), and the pair may run to the length a Chinese bullet is kept whole: the two
halves of one claim read as one bullet. "不仅如此，" points back at a whole claim and is not read here.
"""

from __future__ import annotations

from citebrief.text.lazy_re import LazyPattern

# "不仅满足……", "不但为……", "不仅是……的赛场"; not "不仅如此，", nor a subject of its own after it ("不仅我们……")
_NOT_ONLY = LazyPattern(r"不(?:仅|但)(?!如此)(?![我你他她它这那])[\u4e00-\u9fff]")
PAIR_CHARS = 200  # the two sentences together: what `bullets.NEAR_WHOLE_CHARS_ZH` keeps whole


def opens_on_not_only(text: str) -> bool:
    """Whether a Chinese sentence opens on "不仅/不但" and its act, no subject before it (module doc)."""
    return _NOT_ONLY.match(text.strip()) is not None
