"""A Chinese crime story's group titled by its suspects, given as the operation that caught
them: "抓捕行动" over the bullets on the raid and the arrests, not "犯罪嫌疑人"; "集中收网行动" over
the raid, the haul and the gang's scheme.

Every crime report has suspects, so the role names no group of one: readers asked what the
bullets under it are about. Where a bullet names the police operation (a noun phrase ending in
行动 of two words or more, whole where the text says it), that is the event the group reports.
Where none does, the suspects stay (no other phrase of such groups read better: a police
station, a piece of evidence, a gang's figure).
"""

from __future__ import annotations

from citebrief.text.chunks import zh_chunks_into
from citebrief.text.titles import cleanly_cut, free_of, on_word_boundaries

# the role of whoever a crime report is about ("犯罪嫌疑人", "违法犯罪嫌疑人", "嫌疑人")
_SUSPECTS = "嫌疑人"
OPERATION = "行动"
MIN_WORDS = 2  # "抓捕行动", "集中收网行动"; "行动" alone says nothing


def operation_title(title: str, bullets: list[str], texts: list[str], used: set[str]) -> str:
    """`title`, or the operation a bullet names where `title` is the suspects (see the module's
    docstring): the longest such phrase, the first said where two are as long. `texts`: the
    group's paragraphs; `used`: the titles given already (casefolded), this one's excepted."""
    if not title.endswith(_SUSPECTS) or not any(OPERATION in b for b in bullets):
        return title
    found: dict[str, int] = {}
    for bullet in bullets:
        for text, chunk in zh_chunks_into(bullet, {}).items():
            if text.endswith(OPERATION) and len(chunk.words) >= MIN_WORDS and chunk.whole:
                found.setdefault(text, len(found))
    named = sorted(found, key=lambda t: (-len(t), found[t]))
    return next((t for t in named if free_of(t, used) and _clean(t, texts)), title)


def _clean(phrase: str, texts: list[str]) -> bool:
    return any(on_word_boundaries(phrase, t, "zh") and cleanly_cut(phrase, t, "zh") for t in texts if phrase in t)
