"""The Chinese overview subject that is a clause gives way to the thing its lead is about."""

from citebrief.text.zh_overview_subject import past_clause

MUSEUM = [
    "近年来博物馆热在持续升温，公众参观博物馆的热情高涨。",
    "国家文物局印发通知，全国各地多家博物馆采取措施优化服务。",
]


def test_visited_thing_takes_the_clause_place() -> None:
    assert past_clause("公众参观博物馆", MUSEUM) == "博物馆"


def test_thing_said_once_keeps_the_clause() -> None:
    assert past_clause("公众参观博物馆", MUSEUM[:1]) == "公众参观博物馆"


def test_thing_cut_across_a_word_keeps_the_clause() -> None:
    texts = ["游客参观大桥头堡。", "大桥头堡开放。"]  # 大桥 only inside 大桥头堡
    assert past_clause("游客参观大桥", texts) == "游客参观大桥"
    assert past_clause("公众参观", MUSEUM) == "公众参观"  # no object to give way to


def test_plain_subject_and_clause_without_object_unchanged() -> None:
    assert past_clause("博物馆新馆", MUSEUM) == "博物馆新馆"
    assert past_clause("山东籍袁先生报警", MUSEUM) == "山东籍袁先生报警"
    assert past_clause("", MUSEUM) == ""
