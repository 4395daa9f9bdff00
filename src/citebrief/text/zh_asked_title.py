"""A Chinese news group's title where a bullet is one of the numbered points that answer a question
the article asks ("那么，采集血浆和平时献血有什么区别？王贵强解释，第一，对象不同。……第二，仅采血浆，
不采全血。……"): the question says what the points are ("采集血浆和平时献血有什么区别"), where a word one
point says ("全血") names one of four (blind readers: "'全血' names no theme", zh-clts 10).

The question closes on words `text/data/zh_asked_kinds.tsv` lists ("有什么区别"); its last clause
(2–16 characters before them, "？" left out) is the title, as the text says it, so a reader finds it
in a paragraph the group cites. The sentence right after the question opens the numbered answer
("第一，", "一是", "首先，", after a short "王贵强解释，") that goes on to a later point; the answer runs
to the end of its last point's paragraph (or the next question). The title changes only where it
is said within that answer and a bullet of the group is, where a paragraph the group cites says the
question, and where no title given holds it; the first group so found takes it.
"""

from __future__ import annotations

from functools import cache, partial

from citebrief.text.data_files import table_alternation
from citebrief.text.lazy_re import LazyPattern
from citebrief.text.titles import GroupTexts, each_retitled, swapped_title

_QUESTION_END = "？"
# the answer's first point, after a short clause saying who answers ("王贵强解释，")
_FIRST_POINT = LazyPattern(r"(?:[^。？！，,]{0,16}[，,：:])?\s*(?:(?:第一|其一|首先)[，,、]|一是)")
# a later point: "第二，", "三是", "其次，"
_LATER_POINT = LazyPattern(
    r"(?:第[二三四五六七八九十]|其[二三四五六七八九十]|其次|再次|最后)[，,、]|[二三四五六七八九十]是"
)
_PARAGRAPH_BREAK = "\n"
MIN_TOPIC_CHARS = 2
MAX_TOPIC_CHARS = 16
PROBE_CHARS = 10  # a bullet's last characters, found in the answer: the bullet quotes it
_ENDS = "。！；"


@cache
def _asked() -> LazyPattern:
    """The pattern of a question's last clause (`topic`) and closing words (`closing`)."""
    return LazyPattern(
        rf"(?:(?<=[，,。？！；：:“”\s])|^)(?P<topic>[^，,。？！；：:“”\s]{{{MIN_TOPIC_CHARS},{MAX_TOPIC_CHARS}}}?)"
        rf"(?P<closing>{table_alternation('zh_asked_kinds.tsv')}){_QUESTION_END}"
    )


def _answers(text: str) -> list[tuple[str, int, int]]:
    """Each question of `text` (paragraphs joined at line breaks) answered in numbered points right
    after it: its last clause, less the "？" ("采集血浆和平时献血有什么区别"), and where its answer
    starts and ends (the paragraph of its last point, or the next question before that)."""
    found = []
    for match in _asked().finditer(text):
        start = match.end()
        asked_next = text.find(_QUESTION_END, start)
        asked_next = len(text) if asked_next < 0 else asked_next
        points = list(_LATER_POINT.finditer(text, start, asked_next))
        if _FIRST_POINT.match(text, start) is None or not points:
            continue
        paragraph_end = text.find(_PARAGRAPH_BREAK, points[-1].end())
        end = min(asked_next, len(text) if paragraph_end < 0 else paragraph_end)
        found.append((match["topic"] + match["closing"], start, end))
    return found


def asked_title(title: str, bullets: list[str], texts: list[str], every_text: list[str], used: set[str]) -> str:
    """`title`, or the question a bullet's numbered point answers (module doc); `texts`: the group's
    paragraphs, one of which says the question; `every_text`: the article's; `used`: the titles
    given, casefolded."""
    text = _PARAGRAPH_BREAK.join(every_text)
    probes = [b.rstrip(_ENDS)[-PROBE_CHARS:] for b in bullets]
    for asked, start, end in _answers(text):
        answer = text[start:end]
        if title not in answer or not any(len(p) == PROBE_CHARS and p in answer for p in probes):
            continue
        # it may hold a title given ("采集血浆", the overview's): the question sets that beside another thing
        if title in asked or any(asked.casefold() in u for u in used) or not any(asked in t for t in texts):
            continue
        return asked
    return title


def asked_titles(titles: list[str], own: list[GroupTexts], every_text: list[str], used: set[str]) -> list[str]:
    """`titles` with each group's given what the question its numbered points answer asks (module
    doc), after every other step, in group order: `own`: each group's bullets and paragraphs, None
    for a heading's group; `every_text`: the article's paragraphs (the answer may run on past the
    group's); `used`: the titles given (casefolded), which follows each change."""
    retitle = partial(_swapped, every_text=every_text, given=used)
    return each_retitled(titles, own, used, lambda _title, _bullets: True, retitle)


def _swapped(
    title: str, bullets: list[str], texts: list[str], taken: set[str], *, every_text: list[str], given: set[str]
) -> str:
    """`asked_title`, the titles `given` following the change."""
    asked = asked_title(title, bullets, texts, every_text, taken)
    return title if asked == title else swapped_title(title, asked, given)
