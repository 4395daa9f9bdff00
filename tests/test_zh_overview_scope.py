"""A Chinese news overview subject that names one item of the list the first sentence counts, or a
figure on the article's thing, gives way to what the sentence reports (`zh_overview_scope`):
"民生工程", not "城镇老旧小区" of three projects; "制造业贷款", not "制造业贷款余额"."""

from __future__ import annotations

from citebrief.text.zh_overview_scope import figure_thing, listed_kind, scope_subject
from conftest import zh_news_brief

FIRST = "今年以来，河北大力推进棚户区改造、城镇老旧小区改造、口袋公园建设3项民生工程。"
TEXTS = [FIRST, "今年河北的任务目标是：改造城镇老旧小区1816个。", "口袋公园建设方面，全省共建成166个。"]


def test_an_item_of_a_counted_list_gives_way_to_the_lists_kind() -> None:
    used = {"城镇老旧小区"}
    assert scope_subject("城镇老旧小区", FIRST, TEXTS, used) == "民生工程"
    assert used == {"民生工程"}


def test_a_subject_outside_the_list_stays() -> None:
    used = {"河北住建"}
    assert scope_subject("河北住建", FIRST, TEXTS, used) == "河北住建"
    assert used == {"河北住建"}


def test_a_kind_running_on_into_the_clause_is_no_kind() -> None:
    first = "河北大力推进棚户区改造、城镇老旧小区改造3项民生工程建设取得进展。"
    assert listed_kind("城镇老旧小区", first, [first]) == ""


def test_a_list_without_a_count_names_no_kind() -> None:
    first = "河北大力推进棚户区改造、城镇老旧小区改造、口袋公园建设等民生工程。"
    assert listed_kind("城镇老旧小区", first, [first]) == ""


def test_a_figure_gives_way_to_the_thing_said_on_its_own() -> None:
    texts = ["上半年，该行发放制造业贷款2507亿元，制造业贷款余额突破1.1万亿元。"]
    assert figure_thing("制造业贷款余额", texts) == "制造业贷款"
    only_figure = ["上半年，该行制造业贷款余额突破1.1万亿元。", "制造业贷款余额居同业首位。"]
    assert figure_thing("制造业贷款余额", only_figure) == ""
    assert figure_thing("制造业贷款", texts) == ""


def test_real_briefs_name_what_the_first_sentence_reports() -> None:
    housing = zh_news_brief("_L1543")  # 棚户区改造、城镇老旧小区改造、口袋公园建设3项民生工程
    assert housing.groups[0].title == "核心要点：民生工程"
    loans = zh_news_brief("_L418")  # 发放制造业贷款2507亿元，制造业贷款余额突破1.1万亿元
    assert loans.groups[0].title == "核心要点：制造业贷款"
