"""A reporter's question at a press conference and the official's answer after it: one bullet.

Chinese news of a press conference gives the question a reporter asked before the answer
("发布会上，有记者提问，……刚刚痊愈身体比较弱的时候采集血浆，会不会影响健康？" then "北京大学第一医院主任
医师王贵强表示，恢复期的血浆，只要病人恢复了，……就可以采集血浆。"). The question alone is no bullet
(it states nothing: `text/data/lines.tsv` reporter-question-zh skips it), but the answer alone
drops what it answers: the reader meets "……就可以采集血浆" without the worry it settles, and the
question is often what the item reports (an editor's lead of such an article restates it). So an
answer that opens on its speaker ("王贵强表示，", "马飞雄说：") right after the question carries the
question, every sentence of it ("会上有记者提问：……。请问，……做了哪些工作？……有什么样的工作设想？"),
where the two fit one bullet (`engines.lead_points.lean_on_previous` joins them).

Reads Chinese news sentences in article order, with each sentence's paragraph.
"""

from __future__ import annotations

from collections.abc import Sequence

from citebrief.text.lazy_re import LazyPattern
from citebrief.text.patterns import skip_reason
from citebrief.text.zh_request_items import request_run_start

QUESTION_SENTENCES = 4  # a reporter's question: its opening line and up to three more sentences
_QUESTION_ROW = "reporter-question-zh"
_QUESTION_ENDS = ("？", "?")
# an answer opens on its speaker and a verb of speech: "北京大学第一医院主任医师王贵强表示，",
# "马飞雄说：", "对此，王爱立回答，"; a quotation of its own or a question is no answer
_ANSWER = LazyPattern(
    r"^(?:对此[，,])?[^，,。；：:？?！“”]{2,40}?(?:表示|说|回答|答道|答复|回应|指出|介绍|解释|强调|称)[，,：:]"
)


def answers_question(text: str) -> bool:
    """True for a sentence that opens on who answers ("王贵强表示，……", "马飞雄说：……")."""
    return bool(_ANSWER.match(text)) and not text.rstrip().endswith(_QUESTION_ENDS)


def asked_before(texts: Sequence[str], paragraphs: Sequence[int], i: int, most_chars: int) -> int | None:
    """Where the reporter's question that sentence `i` answers begins (its index), or None: `i`
    opens on its speaker, the sentence before it ends in "？", a reporter-question line
    ("有记者提问，", "一名记者问：") opens the run of at most `QUESTION_SENTENCES` sentences before
    it, all in `i`'s paragraph, and question and answer together are at most `most_chars` long
    (one bullet; a longer answer stands alone, as it did)."""
    if i == 0 or not answers_question(texts[i]) or not texts[i - 1].rstrip().endswith(_QUESTION_ENDS):
        return None
    for k in range(i - 1, max(-1, i - 1 - QUESTION_SENTENCES), -1):
        if paragraphs[k] != paragraphs[i] or answers_question(texts[k]):
            return None
        if skip_reason(texts[k]) == _QUESTION_ROW:
            return k if sum(map(len, texts[k : i + 1])) <= most_chars else None
    return None


def carried_run_start(texts: Sequence[str], paragraphs: Sequence[int], i: int, most_chars: int) -> int | None:
    """Where the run of sentences that sentence `i` carries begins, or None: the reporter's
    question it answers (`asked_before`), else the request whose run it goes on
    (`text.zh_request_items.request_run_start`, "请你们……；陪我一起研究参考书，……；")."""
    asked = asked_before(texts, paragraphs, i, most_chars)
    return asked if asked is not None else request_run_start(texts, paragraphs, i)
