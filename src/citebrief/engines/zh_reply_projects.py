"""A reply's answer that says "该项目" of the project its question names: the question named.

A reply that answers a province's requests one by one opens each section on the question
("五、关于巴朗山隧道建设问题。你省请求，……") and answers it in the paragraph after, saying only
"该项目" ("发展改革委……提出了办理意见：目前你省正在开展该项目的前期工作，……"). Cut from its
section and grouped with a neighbour's ("食品加工业、巴朗山隧道建设"), the bullet never names the
tunnel (zh-policy 38, blind read). Such a bullet opens on its question ("关于巴朗山隧道建设问题，
……"; a few paragraphs back where a sub-question comes between: "一、关于……堤防建设问题。" then
"（一）……安排该项目2亿元", zh-policy 31) and cites the paragraph that asks it too (verify reads
the two parts joined at "，", each in a cited paragraph: `verify.checks._joined_lines`). A bullet
that names a project of its own before its "该项目" ("亭子口水库……该工程"), or goes on from the
bullet before it in the same paragraph (that one names it: "……建设康定机场……" then "目前该项目
……"), or whose paragraph opens its section, or whose section asks no question, stays as it is."""

from __future__ import annotations

from citebrief.model import Brief, Document, Group, Point
from citebrief.text.lazy_re import LazyPattern

# "该项目", "该工程": a project named only before
_BACK = LazyPattern(r"该(?:项目|工程)")
# a project the bullet names itself before it ("亭子口水库……该工程", "建设康定机场……该项目")
_OWN_NAME = LazyPattern(r"(?<!该)(?:项目|工程|水库|机场|隧道|铁路|公路|大桥|基地)")
# a section's opening that asks the question: "五、关于巴朗山隧道建设问题。你省请求，……"
_QUESTION = LazyPattern(r"^[一二三四五六七八九十]+、(关于[^。，；]{2,30}问题)。")
# any section's opening: the answer's own section asks no question where it is not one
_SECTION = LazyPattern(r"^[一二三四五六七八九十]+、")
MIN_QUESTIONS = 3  # sections opening so: a reply that answers request by request
QUESTION_BACK = 3  # paragraphs back from the answer to its section's opening, at most


def names_project_back(text: str) -> bool:
    """Whether `text` says "该项目"/"该工程" and names no project of its own before it."""
    found = _BACK.search(text)
    return found is not None and _OWN_NAME.search(text[: found.start()]) is None


def questions_named(brief: Brief, document: Document) -> Brief:
    """`brief` with each answer's bullet that says only "该项目" opened on its section's question."""
    texts = [segment.text for segment in document.segments]
    if document.lang != "zh" or sum(bool(_QUESTION.search(t)) for t in texts) < MIN_QUESTIONS:
        return brief
    result: list[Group] = []
    for group in brief.groups:
        points = [_named(point, group.points[k - 1] if k else None, texts) for k, point in enumerate(group.points)]
        result.append(group.model_copy(update={"points": points}))
    return brief.model_copy(update={"groups": result})


def _named(point: Point, before: Point | None, texts: list[str]) -> Point:
    """The bullet opened on the question of its section (asked in a paragraph shortly before its
    own: "一、关于……问题。" then "……提出了办理意见。" then "（一）……该项目……"), where it says only "该项目"."""
    n = point.citations[0]
    if len(point.citations) > 1 or not names_project_back(point.text) or n > len(texts):
        return point
    if _SECTION.search(texts[n - 1]):
        return point  # its own paragraph opens its section: a question before it is another's
    if point.text.startswith("关于") or (before is not None and before.citations == point.citations):
        return point  # it goes on from the bullet before, which names the project
    for q in range(n - 1, max(n - 1 - QUESTION_BACK, 0), -1):  # 1-based paragraphs before n
        asked = _QUESTION.search(texts[q - 1])
        if asked is not None:
            return point.model_copy(update={"text": f"{asked.group(1)}，{point.text}", "citations": [q, n]})
        if _SECTION.search(texts[q - 1]):
            break
    return point
