"""The phrase a section's heading titles its group by: its noun phrase ("（二）加快建设全国统一电力
市场" → "全国统一电力市场"), but a heading any document has whole ("保障措施", not "措施") and a
short heading whose noun phrase names nothing in its own words ("加强领导，明确职责", not "领导")."""

from __future__ import annotations

from citebrief.model import Lang
from citebrief.text.title_choice import is_generic_heading
from citebrief.text.titles import noun_phrase

MIN_HEADING_PHRASE = 2
SHORT_HEADING = 10


def heading_phrase(label: str, lang: Lang) -> str:
    """A heading's noun phrase; a heading any document has is kept whole ("保障措施", "实施步骤",
    "发展目标": cut to "措施", "步骤", "目标" they name nothing)."""
    whole = label.strip(" 。.：:；;，,")
    if lang != "zh":
        return noun_phrase(label, lang)
    phrase = whole if is_generic_heading(whole) else noun_phrase(label, lang)
    # "加强领导，明确职责" cut to "领导" names any section's part: the author's words say which
    return whole if len(phrase) <= MIN_HEADING_PHRASE and len(whole) <= SHORT_HEADING else phrase
