"""A Chinese news sentence that opens on frames and then acts with no subject ("以制度创新、政策创新为
重点，……对接国际高标准经贸规则，……": `text.zh_frame_subject`) carries the sentence before it, which says
who acts and when ("下半年，浙江将以……为重点，……"), where the two fit one bullet; else it weighs as a
dangling bullet does, and is seldom picked alone. Alone, a blind reader read such a plan of the second
half as a result of the first (zh-news 199). `lead_points.lean_on_previous` does the same for
"同时，安排……"; this runs after it, for news only: a policy's every clause is subjectless.
"""

from __future__ import annotations

from collections.abc import Sequence

from citebrief.engines.bullets import NEAR_WHOLE_CHARS_ZH, trim_sentence
from citebrief.engines.lead_points import SENTENCE_ENDS, WHOLE_SENTENCE_CHARS, dangling
from citebrief.text.zh_frame_subject import framed_subjectless

# a sentence before this short only sets who acts and when ("下半年，浙江将以……为重点，……"): carried, the
# pair may run to a long sentence's length (`bullets.NEAR_WHOLE_CHARS_ZH`), which is kept whole too
SETTING_CHARS = 60


def frame_leans(
    texts: Sequence[str], paragraphs: Sequence[int], trimmed: list[str], usable: Sequence[int], held: set[int]
) -> set[int]:
    """Mend each usable framed subjectless sentence not yet mended (`held`: those `lean_on_previous`
    carried or left dangling) with the whole sentence before it in its paragraph (`trimmed` updated
    in place); the indices left leaning, with no such sentence or too long a pair."""
    left: set[int] = set()
    for i in usable:
        if i in held or not framed_subjectless(texts[i]):
            continue
        before = texts[i - 1] if i > 0 and paragraphs[i - 1] == paragraphs[i] else ""
        ends = before.rstrip().endswith(SENTENCE_ENDS)
        whole = ends and not dangling(before, "zh") and not framed_subjectless(before)
        room = NEAR_WHOLE_CHARS_ZH if len(before) <= SETTING_CHARS else WHOLE_SENTENCE_CHARS
        if whole and len(before) + len(texts[i]) <= room:
            trimmed[i] = trim_sentence(before + texts[i], "zh")
        else:
            left.add(i)
    return left
