"""A Chinese news item's closing organiser line ("据悉，该活动由……主办，……承办。") goes to the overview.

An event report often ends on who ran the event: "据悉，该活动由广州市体育局、广州市体育总会主办，
广州市群众体育指导中心、广州天河体育中心承办。" The line is about the whole event the lead tells,
not about the strand the last group follows, but theme groups gather sentences by their passage and
words, so it lands at the tail of the last group: zh-news 125 joined the festival's guidance
services and its coming series of activities with the organisers under "康复指导". A reader marks
such a group "mixed": one bullet belongs elsewhere.

Here the last bullet of the last theme group goes to the overview (after the overview point it
follows in the article) where its sentence says who ran something ("由……主办" or "由……承办")
and what ran it is the event the lead tells: "该/本次/此次/本届/这次……" or words an overview point
says ("2023年培训北京会场" beside "……中小学教师培训北京会场当天在北京师范大学开班"), and every clause
after it names a part in running it too ("……承办", "……协办", "……支持"); the group keeps `MIN_LEFT`
bullets and the overview at most `MAX_OVERVIEW` points. Left as it is: a line that goes on to
something else (zh-news 58: "2023年培训北京会场由……联合承办，……等出席开班仪式" tells the opening's
guests too, and the course's group, two bullets without it, lost its "中小学教师培训" for one
bullet's "全国中小学教师"), an organiser named inside a sentence on something else ("本次市集活动
由……主办，……内容包括京味文化", zh-news 48, opens its group), an organiser line opening a group or
sitting in a pair (zh-news 153: moved, its group would be one bullet), and a line on who ran one
item of many ("由……主办的'米多多乡村童声合唱周'"). Read for Chinese news and features
(`final_groups`).
"""

from __future__ import annotations

from citebrief.engines.scored import Draft, Scored
from citebrief.engines.zh_turn_pairs import join_group
from citebrief.text.lazy_re import LazyPattern

MAX_OVERVIEW = 4  # the overview's points, at most, after the move
MIN_LEFT = 2  # the bullets the group keeps, at least
# what ran it (group 1), then "由" the organisers "主办" or "承办"
_ORGANISER = LazyPattern(r"^(?:据悉|据了解|据介绍)?[，,]?([^，,。；;由]{2,24})[，,]?由[^。；;]{2,80}?(?:主办|承办)")
_ATTRIBUTIVE = LazyPattern(r"(?:主办|承办)的")  # "由……主办的'米多多乡村童声合唱周'": one item's organisers
_ROLE_ENDS = ("主办", "承办", "协办", "支持", "指导")  # each clause of the line names a part in running it
_CLAUSE_STOPS = LazyPattern(r"[，,；;]")  # between the clauses of the organisers' line
_THIS = LazyPattern(r"^(?:该|本次|此次|本届|这次)")
_YEAR = LazyPattern(r"^\d{4}年")


def organiser_subject(text: str) -> str:
    """What a sentence says someone ran ("该活动", "2023年培训北京会场"), where it is an organiser
    line; "" where it is not."""
    found = _ORGANISER.match(text)
    if not found or _ATTRIBUTIVE.search(text):
        return ""
    clauses = _CLAUSE_STOPS.split(text[found.end() :].rstrip("。！ "))
    return found.group(1) if all(clause.endswith(_ROLE_ENDS) for clause in clauses if clause) else ""


def _the_event(subject: str, overview: list[str]) -> bool:
    """Whether `subject` is the event the overview's points tell: "该活动" and the like, or words
    (less a leading year) an overview point says."""
    if _THIS.match(subject):
        return True
    words = _YEAR.sub("", subject)
    return len(words) >= 4 and any(words in point for point in overview)


def organisers_given(scored: Scored, drafts: list[Draft]) -> list[Draft]:
    """The drafts (overview first) with a closing organiser line in the overview (module doc)."""
    if len(drafts) < 2 or scored.lang != "zh":
        return drafts
    last = len(drafts) - 1
    group, overview = drafts[last].picked, drafts[0].picked
    if not overview or len(group) <= MIN_LEFT or len(overview) >= MAX_OVERVIEW:
        return drafts
    line = max(group)
    if line != group[-1] or line < max(overview):
        return drafts
    subject = organiser_subject(scored.trimmed[line])
    if subject and _the_event(subject, [scored.trimmed[i] for i in overview]):
        join_group(drafts, line, last, 0)
    return drafts
