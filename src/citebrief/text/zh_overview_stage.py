"""A Chinese news overview on the stage its lead says the work has turned to, not one field of
it: "核心要点：农业生产" where the first sentence says "东北地区……工作重点也已转向灾后恢复重建阶段"
and the article goes on to crops, house checks and the resettled. A lead that places the story
in a stage ("转向|转入|进入……阶段") names what every later passage is a part of; the phrase the
subject steps found is the first of those parts the lead details.

The stage is the words between the verb and "阶段", whole (MIN_CHARS to MAX_CHARS) and said on
word boundaries in an overview bullet, so the title quotes its group; a stage that is only new
("新的发展阶段") or already holds the subject names nothing the subject does not.
"""

from __future__ import annotations

from citebrief.text.lazy_re import LazyPattern
from citebrief.text.titles import on_word_boundaries

# "工作重点也已转向灾后恢复重建阶段": the stage the lead says the work is in now
_STAGE = LazyPattern(r"(?:转向|转入|进入|迈入|步入)(?P<stage>[^，。；：！？、“”（）()\s]{2,14}?)阶段")
_ONLY_NEW = ("新", "下一", "新的", "全新")  # "新的发展阶段", "下一阶段": when, not what
MIN_CHARS = 4
MAX_CHARS = 12


def lead_stage(subject: str, opening: list[str], bullets: list[str], used: set[str]) -> str:
    """The stage the first `opening` sentence says the work turned to (module doc), where it is
    MIN_CHARS to MAX_CHARS, holds no `subject`, is not new only and an overview bullet says it on
    word boundaries; else ''. `used` is left as it is: the subject stays free for a group."""
    found = _STAGE.search(opening[0]) if opening else None
    if found is None:
        return ""
    stage = found.group("stage")
    if not MIN_CHARS <= len(stage) <= MAX_CHARS or stage.startswith(_ONLY_NEW) or subject in stage:
        return ""
    if stage.casefold() in used or not any(on_word_boundaries(stage, b, "zh") for b in bullets):
        return ""
    return stage
