"""An overview subject that is only where a news item's facts came from: "陕西省消防救援总队" of
"记者13日从陕西省消防救援总队获悉，……突发山洪泥石流灾害", "国网北京电力" of "记者从国网北京电力获悉，
……全部恢复供电". Who told the reporter is not what the article is about; the phrase the lead
says without that clause is ("恢复供电"), where there is one in the opening sentences.
"""

from __future__ import annotations

from citebrief.text.lazy_re import LazyPattern
from citebrief.text.title_choice import subject_title
from citebrief.text.titles import free_of, swapped_title
from citebrief.text.tokenize import tag_zh
from citebrief.text.zh_shared import office, region_only
from citebrief.text.zh_source_phrase import widened

# the clause that names a source: "记者12日从吉林省气象台获悉，", "据河北省应急管理厅消息，", after
# the day where the dateline gives one ("8月17日，记者从杭州动物园获悉，")
_SOURCE = LazyPattern(
    r"^(?:[^，。；]*?[0-9]{1,2}日(?:上午|下午|晚间|晚)?，)?[^，。；]*?(?:从|据)(?P<who>[^，。；“”]{2,20}?)"
    r"(?:获悉|消息|了解到|通报|发布的消息|统计)[，：:]"
)

OPENING = 2  # the sentences the subject found instead is said in: the lead's own, not a later aside ("物资价值")


def past_source(subject: str, lead: list[str], texts: list[str], used: set[str]) -> str:
    """`subject`, or where the lead's first sentence names it as its source, the lead's subject
    without the source clause: a phrase the first OPENING sentences of `lead` say, no region nor
    office; `used` holds the one that stands, as `subject_title` leaves it."""
    if not subject or not any(_named_source(subject, s) for s in lead[:1]):
        return subject
    plain = [_SOURCE.sub("", s) for s in lead]
    other = _reported(subject, plain, texts, used)
    if not other:  # the lead's subject is a later aside ("农田渍涝"): what the opening itself reports
        other = _reported(subject, plain[:OPENING], texts, used)
    if not other:
        return subject
    wide = widened(other, plain, texts)  # "明显降雨过程", not the bare "降雨"
    if wide and free_of(wide, used - {subject.casefold()}):
        other = wide
    return swapped_title(subject, other, used)


def _reported(subject: str, plain: list[str], texts: list[str], used: set[str]) -> str:
    """The subject `plain` (lead sentences without their source clause) says, where it is no
    region, no office, holds no `subject` and the opening says it; else ''."""
    trial = used | {subject.casefold()}  # a copy: the trial adds to it
    other = subject_title(plain, texts, "zh", trial)
    if (
        not other
        or region_only(other)
        or office(tuple(w for w, _ in tag_zh(other)))
        or subject in other
        or not any(other in s for s in plain[:OPENING])
    ):
        return ""
    return other


def _named_source(subject: str, sentence: str) -> bool:
    found = _SOURCE.search(sentence)  # the body itself, not what it runs ("创新创业大赛|组委会")
    return found is not None and found.group("who").endswith(subject)
