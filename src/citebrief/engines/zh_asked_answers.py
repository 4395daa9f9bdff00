"""A Chinese bullet that answers a reporter's question carries the question.

A press briefing is written as question then answer: "发布会上，有记者提问，……刚刚痊愈身体比较弱的
时候采集血浆，会不会影响健康？| 北京大学第一医院主任医师王贵强表示，……就可以采集血浆。" The question
alone is no bullet (it states nothing: `lines.tsv` reporter-question-zh), but the answer alone
loses what was asked, which is what the briefing was about (zh-clts clts_plus_sample_4's reference
summary is the question). So the answer's bullet says both where they fit one bullet, citing both
passages where the tool cut one block between them.
"""

from __future__ import annotations

from citebrief.engines.bullets import strip_dateline
from citebrief.engines.scored import Scored
from citebrief.text.anaphora import CARRY_CHARS_ZH
from citebrief.text.patterns import skip_reason

_ASKED = "reporter-question-zh"  # the lines.tsv pattern of a reporter's question


def with_question(scored: Scored, i: int, text: str) -> str | None:
    """The bullet `text` of sentence `i` after the reporter's question right before it (in its
    paragraph, or last in the passage before where the tool cut the text), or None where there is
    none, the question does not end asking ("会上有记者提问：退役军人是人才的富矿。" goes on in
    its next sentence), or the two are too long for one bullet."""
    if scored.lang != "zh" or i == 0 or i in scored.carried:
        return None
    before, unit = scored.units[i - 1], scored.units[i]
    cut_here = scored.passages and before.paragraph == unit.paragraph - 1
    if before.paragraph != unit.paragraph and not cut_here:
        return None
    question = (strip_dateline(before.text) if cut_here else before.text).strip()
    if skip_reason(question) != _ASKED or not question.endswith(("？", "?")):
        return None
    if len(question) + len(text) > CARRY_CHARS_ZH:
        return None
    return question + text


def answer_part(bullet: str) -> str | None:
    """The answer of a bullet that says a reporter's question and then its answer (`with_question`),
    or None where the bullet opens on no such question: a check for structure lines reads the
    answer, the question being said as what the answer answers."""
    question, mark, answer = bullet.partition("？")
    if not mark or not answer.strip() or skip_reason(question + mark) != _ASKED:
        return None
    return answer
