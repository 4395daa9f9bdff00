"""A speaker's answer to a reporter's question, read with that question.

"发布会上，有记者提问，……刚刚痊愈身体比较弱的时候采集血浆，会不会影响健康？" is no bullet alone
(lines.tsv reporter-question-zh: a question states nothing). The sentence right after it that
opens on who answers ("北京大学第一医院主任医师王贵强表示，恢复期的血浆，只要病人恢复了，……就可以
采集血浆。") says what it says only as that reply: alone, a reader does not know what was asked
(whether collecting plasma harms the donor's health). Such an answer carries the question as a
pronoun carries its antecedent (`engines.cited_points.carry_antecedent`).
"""

from __future__ import annotations

from citebrief.text import speech_verbs
from citebrief.text.lazy_re import LazyPattern
from citebrief.text.patterns import skip_reason

_QUESTION = "reporter-question-zh"
# who answers, then a verb of saying and a comma or colon, at the sentence's start ("王贵强表示，",
# "退役军人事务部副部长马飞雄在会上表示：", "对此，王爱立回答说，"): no quotation or stop before it
_ANSWER_OPENING = LazyPattern(
    rf"^[^，。；：？！“”\"]{{0,12}}[，,]?[^，。；：？！“”\"]{{1,30}}?(?:{speech_verbs.alternation('carry')})[，,：:]"
)


def answers_reporter(before: str, text: str) -> bool:
    """True where `before` is a reporter's question that ends on its question mark and `text`, the
    sentence after it, opens on the speaker who answers."""
    return (
        before.rstrip().endswith(("？", "?"))
        and "记者" in before[:30]
        and skip_reason(before) == _QUESTION
        and bool(_ANSWER_OPENING.match(text))
    )
