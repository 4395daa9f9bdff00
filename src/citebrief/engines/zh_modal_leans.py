"""A Chinese news bullet that opens on a bare modal ("要夯实企业发展基础，……": `text.zh_bare_modal`)
carries the whole sentence before it in its paragraph, which names who must act ("侨商侨企、外资
企业及侨界代表表示，企业要……。"), where the two fit one bullet (zh-news 18). Where that sentence
leans itself (another bare modal, "要层层压实……。要最高标准、最严要求落实避让措施，……": the
consultation that decided is two sentences up, zh-news 117), the bullet is no bullet: weighed down
as a dangling one, it was still picked alone, and blind readers mark an order from no one down.
A paragraph's first sentence is left as it is (its speaker may end the paragraph before: zh-news 8,
whose brief, without it, lost the meeting's decisions), and so is one whose sentence before names
who must but is too long to carry. News only, after `lead_points.lean_on_previous` and
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
        if not bare_modal(trimmed[i]):
            continue
        if i == 0 or paragraphs[i - 1] != paragraphs[i]:
            continue  # a paragraph's first: its speaker may end the paragraph before; untouched
        before = texts[i - 1]
        leans = dangling(before, "zh") or bare_modal(trim_sentence(before, "zh"))
        if leans or trimmed[i] != alone[i]:  # "要层层压实……。要最高标准……": who must is sentences up
            unusable.add(i)
        elif before.rstrip().endswith(SENTENCE_ENDS) and len(before) + len(texts[i]) <= WHOLE_SENTENCE_CHARS:
            trimmed[i] = trim_sentence(before + texts[i], "zh")
    return unusable
