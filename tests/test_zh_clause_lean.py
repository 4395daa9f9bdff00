"""A Chinese clause that goes on from the clause before it in one sentence ("……；更有……", "……；鹤群
的不远处，……") carries that clause (text/zh_clause_lean.py, `cited_points.carry_antecedent`)."""

from __future__ import annotations

from citebrief.text.zh_clause_lean import goes_on_from_before, with_clause_before
from conftest import shared_groups


def test_a_clause_going_on_from_the_one_before_is_read() -> None:
    assert goes_on_from_before("更有对这座即将举办大运会的现代化都市的骄傲推介：“锦绣清城，雪满西泠。”")
    assert goes_on_from_before("更让每一名参与大运会报道的记者，体会到了“成都欢迎您”的热情。")
    assert goes_on_from_before("鹤群的不远处，藏原羚一边享受着多汁的青草，一边好奇地打量着周围的环境。")
    # a list's item after "；" opens on its own subject; "更多" and "附近的" are no lean
    assert not goes_on_from_before("宜宾市严格落实关停限措施，督促指导非煤矿山撤出70余人。")
    assert not goes_on_from_before("更多市民选择在夜间出行消暑。")
    assert not goes_on_from_before("家住上降街附近的老顾客禤丽梅觉得这样买菜，让心情很“美丽”。")


def test_the_clause_before_is_joined_where_it_is_whole_and_short() -> None:
    before = "空中俯瞰，湿地上，黑颈鹤夫妇正在教授黑颈鹤宝宝学习捕食的技巧；"
    after = "鹤群的不远处，藏原羚一边享受着多汁的青草。"
    assert with_clause_before(before, after) == before + after
    assert with_clause_before("他说，黑颈鹤夫妇正在教授宝宝学习捕食的技巧；", after) is None  # leans itself
    assert with_clause_before("黑颈鹤夫妇正在教授宝宝学习捕食的技巧，", after) is None  # no clause's end
    assert with_clause_before("既有对家乡的深情介绍：“自古繁华；", after) is None  # a quotation left open
    assert with_clause_before("黑颈鹤" * 50 + "；", after) is None  # too long for one bullet


def test_the_cranes_are_said_before_the_antelopes_beside_them() -> None:
    """zh-news 198: "鹤群的不远处，藏原羚……" stood alone, the cranes cut (session 46 readers)."""
    bullets = [text for group in shared_groups("zh-news.jsonl", 198) for text in group]
    assert not any(text.startswith("鹤群的不远处") for text in bullets), bullets
    assert any("黑颈鹤宝宝学习捕食的技巧；鹤群的不远处" in text for text in bullets), bullets


def test_more_is_said_after_what_it_adds_to() -> None:
    """zh-news 164: "更有对这座……" and "更让每一名……" stood alone, the halves they finish cut."""
    bullets = [text for group in shared_groups("zh-news.jsonl", 164) for text in group]
    assert not any(text.startswith("更") for text in bullets), bullets
    assert any("既有对家乡成都的深情介绍" in text and "更有对这座" in text for text in bullets), bullets
    assert any("连接起了作者与读者的心；更让每一名" in text for text in bullets), bullets


def test_the_others_counted_go_on_from_the_clause_naming_the_first_ones() -> None:
    after = "其他3名责任人王某、李某和张某被移交司法机关依法追究刑事责任。"
    assert goes_on_from_before(after)
    assert goes_on_from_before("其余两人受到行政警告处分。")
    assert not goes_on_from_before("其他部门要积极配合。")  # no count: "other bodies", leaning on no clause
    before = "某县煤矿“9·1”事故的两名直接责任人在事故中死亡，不再追究责任；"
    assert with_clause_before(before, after) == before + after
