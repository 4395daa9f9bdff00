"""A short Chinese news sentence that only sets up the next: a time, a slogan, a hook.

"17日，距离开学只剩3天的时间。", "“消费提振年”进入下半场。": the writer's way into a passage, whose
fact (who did what, what was issued) is the sentence after it. A coined word as what happened
("今年暑期，鲁迅家门口“堵船”了。", zh-news 180) is no setter: a blind reader kept it as the story's hook.
Such a sentence is short, no one says it, it states no figure beyond a date or its countdown, and it
holds a cue of `data/zh_setter_cues.tsv`.
"""

from __future__ import annotations

from citebrief.text.data_files import any_row_pattern
from citebrief.text.lazy_re import LazyPattern

MAX_CHARS = 20  # past its time lead-in: a longer sentence has room for a fact of its own
# a time lead-in: "17日，", "今年暑期，", "8月初，" (a clause of a few characters before the first comma)
_TIME_LEAD = LazyPattern(r"^[^，。“”]{1,6}，")
# someone's words, not the writer's set-up: a speech verb, or a sentence opening on a quotation
_SAID = LazyPattern(r"说|表示|介绍|指出|称|认为|^[“「][^”」]{7,}")
# a figure other than a date: "3天" in a countdown is no figure of the news
_DATE = LazyPattern(r"\d+[年月日时号]")
_COUNTDOWN_DAYS = LazyPattern(r"\d+天")
_DIGIT = LazyPattern(r"\d")


def sets_up(text: str) -> bool:
    """Whether a Chinese sentence only sets up the next one (see the module's docstring)."""
    text = text.strip()
    body = _TIME_LEAD.sub("", text)
    if len(body) > MAX_CHARS or _SAID.search(text) or any_row_pattern("zh_setter_cues.tsv").search(text) is None:
        return False
    return _DIGIT.search(_COUNTDOWN_DAYS.sub("", _DATE.sub("", text))) is None
