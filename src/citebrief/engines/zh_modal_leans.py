"""A Chinese news bullet that opens on a bare modal ("要夯实企业发展基础，……": `text.zh_bare_modal`)
carries the whole sentence before it in its paragraph, which names who must act ("侨商侨企、外资
企业及侨界代表表示，企业要……。"), where the two fit one bullet (zh-news 18). Where none does, it is
no bullet: weighed down as a dangling one, it was still picked alone ("要最高标准、最严要求落实避让
措施，……", the consultation that decided two sentences up: zh-news 117), and blind readers mark an
order from no one down. Nor is a dangling sentence right after one ("第三，要做一些检测。| 和常规的
检测是类似的，……": zh-clts 10, the list of how plasma donation differs and its speaker sentences up):
its bullet would carry the modal's. News only, after `lead_points.lean_on_previous` and
`zh_frame_leans`: a policy's every "要……" is its issuer's own instruction and reads whole.
"""

from __future__ import annotations

from collections.abc import Sequence

from citebrief.engines.bullets import trim_sentence
from citebrief.engines.lead_points import SENTENCE_ENDS, WHOLE_SENTENCE_CHARS, dangling
from citebrief.text.zh_bare_modal import bare_modal


def modal_leans(
    texts: Sequence[str], paragraphs: Sequence[int], trimmed: list[str], alone: Sequence[str], usable: Sequence[int]
) -> set[int]:
    """Mend each usable bullet opening on a bare modal (`trimmed` updated in place; `alone`: each
    bullet before any carry); the indices that are no bullet (module doc)."""
    unusable: set[int] = set()
    for i in usable:
        if i > 0 and dangling(texts[i], "zh") and bare_modal(trim_sentence(texts[i - 1], "zh")):
            unusable.add(i)  # "第三，要做一些检测。| 和常规的检测是类似的，……"
            continue
        if not bare_modal(trimmed[i]):
            continue
        before = texts[i - 1] if i > 0 and paragraphs[i - 1] == paragraphs[i] else ""
        whole = before.rstrip().endswith(SENTENCE_ENDS) and not dangling(before, "zh")
        fits = len(before) + len(texts[i]) <= WHOLE_SENTENCE_CHARS
        if trimmed[i] == alone[i] and whole and fits and not bare_modal(trim_sentence(before, "zh")):
            trimmed[i] = trim_sentence(before + texts[i], "zh")
        else:  # none before, or what it carried leans too ("要做一些检测。和……")
            unusable.add(i)
    return unusable
