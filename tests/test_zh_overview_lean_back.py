"""A Chinese bullet whose first clause leans back ("当日", "该条例草案") on what a later bullet of its
group gives goes right after that bullet, where that bullet comes earlier in the article."""

from __future__ import annotations

from citebrief.engines.scored import Draft
from citebrief.engines.zh_overview_lean_back import lean_back_after, leans_on

SENTENCES = [
    "5月8日，市人大常委会会议初次审议物业管理条例草案。",
    "市司法局负责人李明当日在就该条例草案答记者问时表示，新规将压实物业企业责任。",
    "李明说，业主委员会的备案程序也将简化。",
    "该条例共七章五十条。",
    "会议还听取了关于城市绿化的报告，该报告由园林局提交。",
]


def test_a_day_word_or_a_pointed_noun_in_the_first_clause_leans_on_the_sentence_that_gives_it() -> None:
    assert leans_on(SENTENCES[1], SENTENCES[0])  # 当日 on 5月8日, 该条例 on 条例草案
    assert leans_on(SENTENCES[3], SENTENCES[0])  # 该条例 on 物业管理条例草案
    assert not leans_on(SENTENCES[2], SENTENCES[0])  # no pointer
    assert not leans_on(SENTENCES[4], SENTENCES[0])  # 该报告 past the first clause, and no 报告 given
    assert not leans_on("该条例共七章。", "会议听取了报告。")  # the noun is not given
    assert not leans_on("应该加强监管。", "监管部门加强检查。")  # 应该 points to nothing


def test_the_leaning_bullet_goes_right_after_the_bullet_it_leans_on() -> None:
    # the central point picked first, the day and the draft it leans on after it
    assert lean_back_after([Draft(None, [1, 0, 2])], SENTENCES)[0].picked == [0, 1, 2]
    assert lean_back_after([Draft(None, [1, 2, 0])], SENTENCES)[0].picked == [2, 0, 1]


def test_a_bullet_leaning_on_one_later_in_the_article_stays() -> None:
    # the sentence that names the day comes after it in the article: the writer did not set it up
    sentences = ["李明当日表示，新规将压实责任。", "5月8日，会议审议了草案。"]
    assert lean_back_after([Draft(None, [0, 1])], sentences)[0].picked == [0, 1]
    assert lean_back_after([Draft(None, [0, 2]), Draft(1, [3])], SENTENCES)[1].picked == [3]
