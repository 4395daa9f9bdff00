"""A Chinese answer to a reporter's question carries the question in its bullet."""

from __future__ import annotations

from citebrief.eval.rouge import split_paragraphs
from citebrief.ingest import document_from_text
from citebrief.pipeline import draft
from conftest import shared_article, shared_groups

_QUESTION = "发布会上，有记者提问，现在采集治愈患者的恢复期血浆用于重症患者的治疗，"
_ANSWER = "北京大学第一医院主任医师王贵强表示，恢复期的血浆，"


def test_the_answer_says_what_the_reporter_asked() -> None:
    # zh-clts 10 (clts_plus_sample_4): the question is no bullet alone (lines.tsv
    # reporter-question-zh), and the overview said the answer with nothing asked
    overview = shared_groups("zh-clts.jsonl", 10)[0]
    answers = [bullet for bullet in overview if _ANSWER in bullet]
    assert len(answers) == 1
    assert answers[0].startswith(_QUESTION) and "会不会影响健康？北京大学第一医院" in answers[0]


def test_the_answer_cites_the_question_where_the_bench_cuts_the_block() -> None:
    # the same article cut into paragraphs of three sentences, as the ROUGE benches read it
    article = shared_article("zh-clts.jsonl", 10)
    text = "\n\n".join(split_paragraphs(article, "zh"))
    brief = draft(document_from_text(text, origin="clts-10", kind="text"))
    points = [point for group in brief.groups for point in group.points if _ANSWER in point.text]
    assert len(points) == 1 and points[0].text.startswith(_QUESTION) and points[0].citations == [1]


def test_a_question_that_goes_on_in_its_next_sentence_is_not_carried() -> None:
    # zh-news 32: "会上有记者提问：退役军人是人才的富矿。" asks in the sentence after it ("请问，……？")
    bullets = [bullet for group in shared_groups("zh-news.jsonl", 32) for bullet in group]
    assert not any("有记者提问" in bullet for bullet in bullets)


def test_a_structure_check_reads_the_answer_after_the_question() -> None:
    # bench/brief_checks flags a bullet that opens on a structure line: here it reads the answer
    from citebrief.engines.zh_asked_answers import answer_part
    from citebrief.text.patterns import skip_reason

    bullet = next(b for b in shared_groups("zh-clts.jsonl", 10)[0] if _ANSWER in b)
    assert skip_reason(bullet) == "reporter-question-zh"
    answer = answer_part(bullet)
    assert answer is not None and answer.startswith(_ANSWER) and skip_reason(answer) is None
    assert answer_part("当我们在讨论冬令进补时，你会想到什么？") is None  # a question alone
    assert answer_part(_ANSWER + "就可以采集血浆。") is None  # no question before it
