"""A reporter's question and the answer after it, one bullet (text/zh_asked_answers.py)."""

from __future__ import annotations

import pytest

from citebrief.engines.extractive import draft_extractive
from citebrief.engines.lead_points import lean_on_previous
from citebrief.eval.rouge import split_paragraphs
from citebrief.ingest import document_from_text
from citebrief.text.zh_asked_answers import answers_question, asked_before, carried_run_start
from conftest import shared_article

_ASKED = "发布会上，有记者提问，刚痊愈身体比较弱的时候采集血浆，会不会影响健康？"
_ANSWER = "主任医师王贵强表示，只要病人达到了出院标准就可以采集血浆。"


@pytest.mark.parametrize(
    ("text", "answers"),
    [
        (_ANSWER, True),
        ("马飞雄说：退役军人是党和国家的宝贵财富。", True),
        ("对此，王爱立回答，这些规定针对的是企业内部关键岗位人员。", True),
        ("王贵强指出，这样对机体影响很小吗？", False),  # a question of its own
        ("“我们去年扩建了校舍，”他说。", False),  # a quotation first
        ("血浆采集200毫升，对机体的伤害很小。", False),  # no speaker
    ],
)
def test_an_answer_opens_on_its_speaker(text: str, answers: bool) -> None:
    assert answers_question(text) is answers


def test_the_answer_goes_back_to_the_reporters_question() -> None:
    opening = "2月17日下午，联防联控机制举行新闻发布会。"
    assert asked_before([opening, _ASKED, _ANSWER], [1, 1, 1], 2, 150) == 1
    several = ["会上有记者提问：退役军人是人才的富矿。", "请问，做了哪些工作？", "取得了哪些成效？", _ANSWER]
    assert asked_before(several, [1, 1, 1, 1], 3, 150) == 0  # every sentence of the question
    assert asked_before([_ASKED, _ANSWER], [1, 2], 1, 150) is None  # another paragraph
    assert asked_before([opening, _ANSWER], [1, 1], 1, 150) is None  # no question before it
    assert asked_before(["你会想到什么？", _ANSWER], [1, 1], 1, 150) is None  # a question put to the reader
    too_far = ["有记者提问：", "一？", "二？", "三？", "四？", _ANSWER]
    assert asked_before(too_far, [1] * 6, 5, 150) is None


def test_the_answer_carries_the_question_where_both_fit_one_bullet() -> None:
    texts = [_ASKED, _ANSWER]
    trimmed = list(texts)
    assert not lean_on_previous(texts, [1, 1], trimmed, [1], "zh")
    assert trimmed[1] == _ASKED + _ANSWER
    asked = "发布会上，有记者提问，" + "现在采集治愈患者的恢复期血浆用于重症患者的治疗，" * 6 + "会不会影响健康？"
    long_asked = [asked, _ANSWER]
    assert asked_before(long_asked, [1, 1], 1, 150) is None
    trimmed = list(long_asked)
    lean_on_previous(long_asked, [1, 1], trimmed, [1], "zh")
    assert trimmed[1] == _ANSWER  # too long for one bullet: the answer as it is


@pytest.mark.parametrize("cut", [False, True])
def test_a_press_conference_brief_says_what_was_asked(cut: bool) -> None:
    """zh-clts record 10 (a press conference on convalescent plasma): its overview said "……就可以
    采集血浆" without the worry it answers, which the editor's lead of the article restates."""
    article = shared_article("zh-clts.jsonl", 10)
    text = "\n\n".join(split_paragraphs(article, "zh")) if cut else article  # as bench/extractive.py reads it
    brief = draft_extractive(document_from_text(text, origin="x", kind="text"))
    joined = [p.text for p in brief.groups[0].points if "会不会影响健康？" in p.text]
    assert joined and "王贵强表示" in joined[0]


def test_a_request_run_is_carried_as_before() -> None:
    texts = ["请你们抽出一点时间，陪我一起去博物馆；", "陪我一起研究参考书；"]
    assert carried_run_start(texts, [1, 1], 1, 150) == 0
    assert carried_run_start([_ASKED, _ANSWER], [1, 1], 1, 150) == 0
    assert carried_run_start(["今天天气很好。", _ANSWER], [1, 1], 1, 150) is None
