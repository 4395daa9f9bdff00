"""A reply's answer said after the request it answers.

A reply that answers a province's requests one by one opens each section on the question and
the request ("二、关于支持国有企业主辅分离问题。你省请求，国家对在湖北的中央企业实行主辅分离给予
一定的补助。") and answers it in the paragraphs after. The request reads as context
(`patterns.is_background`: "你省请求，……"), so no bullet said it, and a group titled by the
section gave the answer alone: "企业主辅分离改制分流不存在补助问题" or "该问题将根据今年水稻的
增产情况统筹考虑" with nothing to say what was asked (zh-policy 31, blind read: "the replies
appear without their questions"). Here the group of one such section says its request first.
A group that gathers two sections keeps its size: its bullets name their questions
(`zh_reply_projects`).
"""

from __future__ import annotations

from citebrief.engines.scored import Draft, Scored, Unit
from citebrief.engines.zh_reply_projects import MIN_QUESTIONS
from citebrief.text.lazy_re import LazyPattern

# a section that opens on the question it answers: "三、关于建设项目问题。"
_QUESTION = LazyPattern(r"^[一二三四五六七八九十]+、\s*关于[^。，；]{2,30}问题[。.]")
# the request the reply restates: "你省请求，……", "你省广安市请求，……", "你省建议有关部门……"
_REQUEST = LazyPattern(r"^(?:你|贵)(?:省|市|区)[^，。；：]{0,8}?(?:请求|建议|要求)")


def request_of(units: list[Unit]) -> int | None:
    """The sentence of a section's opening paragraph (its `units`) that restates the request (of a
    "；"-run, its first piece: the bullet says the run whole); None where the opening asks no
    question or restates no request."""
    if not units or _QUESTION.search(units[0].text.strip()) is None:
        return None
    return next((u.index for u in units if _REQUEST.search(u.text.strip())), None)


def requests_first(
    scored: Scored, drafts: list[Draft], chosen: list[int], sections: dict[int, list[tuple[int, str]]]
) -> None:
    """Each group of one question section (`sections`: each theme's section headings, 0-based
    paragraphs) says the request it answers besides its answers, in article order (first), where
    the reply answers MIN_QUESTIONS questions so and no bullet cites the request yet."""
    if not sections:
        return
    of_paragraph: dict[int, list[Unit]] = {}
    for unit in scored.units:
        of_paragraph.setdefault(unit.paragraph - 1, []).append(unit)
    asked = {at: request_of(of_paragraph.get(at, [])) for headings in sections.values() for at, _ in headings}
    if sum(i is not None for i in asked.values()) < MIN_QUESTIONS:
        return
    for draft in drafts[1:]:
        headings = sections.get(draft.theme, []) if draft.theme is not None else []
        if len(headings) != 1:
            continue
        request = asked.get(headings[0][0])
        if request is not None and all(
            scored.units[k].paragraph != scored.units[request].paragraph for k in draft.picked
        ):
            draft.add(request, chosen)
