"""What a Chinese news item whose lead says a place underwent something is about: what it
underwent ("昨天（7月30日），北京遭遇今年以来最大规模降雨。" → 最大规模降雨; "……930个乡(镇)遭受洪涝
灾害，全省受灾人口288.87万人" → 洪涝灾害).

The phrase the lead's other sentences weigh most is then one effect the article goes on to
tell ("道路积水" of the rain: one paragraph's matter), or the lead's own words with the verb
("遭受洪涝灾害": a clause, no noun phrase). Only the verbs of undergoing are read: "发生了特大
洪水" is as often the setting of what the article asks ("洪水对黑土地保护会产生何种影响").
"""

from __future__ import annotations

from citebrief.text.lazy_re import LazyPattern
from citebrief.text.titles import is_name, on_word_boundaries, swapped_title

# what a place underwent, to the end of the clause that says it
_UNDERGONE = LazyPattern(r"(?:遭遇|遭受)了?(?P<what>[^，。；：！？、“”（）()]{2,20})(?:[，。；！？]|$)")
# since when, not what ("今年以来最大规模降雨")
_SINCE = LazyPattern(r"^(?:今年以来|入汛以来|近年来|近期|近日|今年|连日来|持续)")
MIN_CHARS, MAX_CHARS = 4, 12


def undergone(subject: str, first: str, texts: list[str], used: set[str]) -> str:
    """What the lead's first sentence `first` says a place underwent, where `subject` is not
    said in that sentence or holds it with its verb; '' where none fits. `used` holds the one
    that stands."""
    found = _UNDERGONE.search(first)
    if not found:
        return ""
    what = _SINCE.sub("", found.group("what"))
    if subject and subject in first and what not in subject:
        return ""  # the lead's own subject ("房地产市场"), said beside what happened
    if not MIN_CHARS <= len(what) <= MAX_CHARS or what.casefold() in used or is_name(what, texts, "zh"):
        return ""
    if not on_word_boundaries(what, first, "zh"):
        return ""
    return swapped_title(subject, what, used)
