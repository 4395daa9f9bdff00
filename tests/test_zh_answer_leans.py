"""A Chinese bullet that answers the question right before it carries that question where it is
short (`engines/zh_answer_leans.py`, cues in `text/data/zh_answer_cues.tsv`), cited where it stands."""

from __future__ import annotations

from dataclasses import replace

import pytest

from citebrief.engines.zh_answer_leans import answer_leans, asked_paragraphs, leans_on_question
from citebrief.ingest import document_from_text
from citebrief.pipeline import draft
from citebrief.text.data_files import data_lines
from conftest import shared_article, shared_groups
from scored_builder import zh_scored

ASK_1 = "如何让慈善需求和慈善资源精准对接？"  # zh-news 127
ASK_2 = "如何让慈善项目全过程监管更加高效精准？"
ANSWER = "当日发布的杭州“慈善一日捐”扫码捐赠统一标识给出了答案。"


@pytest.mark.parametrize(
    "sentence",
    [
        ANSWER,
        "坐姿是原因之一，不当的灯光环境也是诱因，而好的台灯则可以在某种程度上缓解这一问题。",  # zh-clts 2
        "“客服”称：“不行，即便解绑银行卡也会扣钱，还会影响征信。”",  # zh-news 17
        "答案是肯定的，该市已建成12个服务站。",
    ],
)
def test_an_answer_that_needs_its_question_is_read(sentence: str) -> None:
    assert leans_on_question(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # zh-clts 10: answers in words of its own
        "北京大学第一医院主任医师王贵强表示，恢复期的血浆，只要病人恢复了，就可以采集血浆。",
        "2015年，小麦组终于有了自己的品种，杨志刚用“新冬45号”回应了众人的质疑声。",  # zh-news 130
        "血脂异常是最常见的危险因素之一。",  # "之一" of a subject it names itself
    ],
)
def test_an_answer_in_its_own_words_is_not(sentence: str) -> None:
    assert not leans_on_question(sentence)


def test_the_cue_table_has_rows() -> None:
    assert len(data_lines("zh_answer_cues.tsv")) >= 3


def _mend(texts: list[str], paragraphs: list[int], *, cut: bool = False) -> tuple[set[int], list[str]]:
    trimmed = list(texts)
    return answer_leans(texts, paragraphs, trimmed, range(len(texts)), cut=cut), trimmed


def test_an_answer_carries_its_two_short_questions() -> None:
    opening = "截至目前，杭州市305家慈善组织已入驻平台。"
    assert _mend([opening, ASK_1, ASK_2, ANSWER], [1, 1, 1, 1]) == (
        {3},
        [opening, ASK_1, ASK_2, ASK_1 + ASK_2 + ANSWER],
    )


def test_only_two_questions_and_only_its_own_paragraphs_unless_cut() -> None:
    # a third question before is an interview's list: the answer carries the two nearest
    three = "这些问题由谁来回答？"
    assert _mend([three, ASK_1, ASK_2, ANSWER], [1, 1, 1, 1])[1][3] == ASK_1 + ASK_2 + ANSWER
    # another paragraph's questions are not its own, where the author cut the paragraphs
    assert _mend([ASK_1, ASK_2, ANSWER], [1, 1, 2]) == (set(), [ASK_1, ASK_2, ANSWER])
    # a passage cut of one block parts no question from its answer
    assert _mend([ASK_1, ASK_2, ANSWER], [1, 1, 2], cut=True)[1][2] == ASK_1 + ASK_2 + ANSWER


def test_no_question_before_or_too_long_a_question_carries_nothing() -> None:
    said = "杭州发布了“慈善一日捐”扫码捐赠统一标识。"
    assert _mend([said, ANSWER], [1, 1]) == (set(), [said, ANSWER])
    long_ask = "如何让" + "慈善需求、" * 12 + "精准对接？"
    assert len(long_ask) > 60
    assert _mend([long_ask, ANSWER], [1, 1]) == (set(), [long_ask, ANSWER])


def test_the_questions_paragraph_is_cited_beside_the_answers() -> None:
    scored = zh_scored([[ASK_1, ASK_2], [ANSWER]])
    joined = ASK_1 + ASK_2 + ANSWER
    trimmed = [ASK_1, ASK_2, joined]
    mended = replace(scored, trimmed=trimmed, carried=frozenset({2}))
    assert asked_paragraphs(mended, 2, joined) == {1}
    assert asked_paragraphs(mended, 2, ANSWER) == set()  # the bullet says no question
    assert asked_paragraphs(scored, 2, ANSWER) == set()  # carries nothing


def test_zh_news_127_answers_its_questions_across_a_passage_cut() -> None:
    """The article is one block: the pipeline's passage cut falls between the questions ([2]) and
    the answer ([3]); the bullet says both and cites both."""
    brief = draft(document_from_text(shared_article("zh-news.jsonl", 127), origin="x", kind="text"))
    points = [p for g in brief.groups for p in g.points if ANSWER in p.text]
    assert len(points) == 1 and points[0].text == ASK_1 + ASK_2 + ANSWER
    assert len(points[0].citations) == 2  # the questions' passage and the answer's


def test_zh_news_17_says_what_was_asked_before_no() -> None:
    bullets = [b for group in shared_groups("zh-news.jsonl", 17) for b in group if "不行" in b]
    assert bullets == [
        "郑女士将信将疑，问道：“能否直接解绑银行卡？”“客服”称：“不行，即便解绑银行卡也会扣钱，还会影响征信。”"
    ]
