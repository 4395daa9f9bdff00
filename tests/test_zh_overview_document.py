"""A Chinese news overview on the work its lead names in full and shortens, which the article
goes on saying (`zh_overview_document.announced_document`): 《……暂行规定》, not "精神奖励"."""

from __future__ import annotations

from citebrief.text.zh_overview_document import announced_document
from conftest import shared_group_titles

LEAD = [
    "记者获悉，该厅联合印发《青海省自然灾害成功预警避险奖励暂行规定》(以下简称《暂行规定》)，给予精神奖励。",
    "近年来，青海省自然灾害多发频发。",
]
TEXTS = [LEAD[0] + LEAD[1], "《暂行规定》按照精神奖励为主的原则。", "《暂行规定》自2023年9月1日起施行。"]


def test_the_work_the_lead_names_and_shortens_is_the_subject_in_its_marks() -> None:
    used = {"精神奖励"}
    assert announced_document(LEAD, LEAD, TEXTS, used) == "《青海省自然灾害成功预警避险奖励暂行规定》"
    assert used == {"精神奖励", "暂行规定"}  # the short name kept clear of the groups' titles


def test_the_name_is_shown_as_the_article_writes_it_where_a_bullet_says_it() -> None:
    lead = ["《云南省渔业产业高质量发展三年行动计划(2023—2025年)》(下称《行动计划》)印发。"]
    texts = [*lead, "《行动计划》提出目标。", "《行动计划》明确任务。"]
    shown = "《云南省渔业产业高质量发展三年行动计划(2023—2025年)》"
    assert announced_document(lead, lead, texts, set()) == shown
    assert announced_document(lead, texts[1:], texts, set()) == ""  # no bullet of the overview says it
    lead = ["《杭州市育儿补助实施办法(试行)》(下称《办法》)于近日发布。"]
    assert (
        announced_document(lead, lead, [*lead, "《办法》规定", "《办法》明确"], set())
        == "《杭州市育儿补助实施办法(试行)》"
    )


def test_no_work_where_the_short_name_is_not_said_again_or_the_name_is_a_frame() -> None:
    assert announced_document(LEAD, LEAD, TEXTS[:2], set()) == ""  # said twice: a passing mention
    assert announced_document(LEAD[1:], LEAD, TEXTS, set()) == ""  # not the lead's
    frame = ["联合发布《关于进一步完善涉外商事纠纷诉调对接工作机制的意见》(下称《意见》)。"]
    assert announced_document(frame, frame, [*frame, "《意见》规定", "《意见》明确"], set()) == ""


def test_a_shared_news_piece_on_a_regulation_is_titled_by_it() -> None:
    assert shared_group_titles("zh-news.jsonl", 181)[0] == "核心要点：《青海省自然灾害成功预警避险奖励暂行规定》"
    assert shared_group_titles("zh-news.jsonl", 126)[0] == "核心要点：《甘肃省黄河流域生态保护和高质量发展条例》"


def test_a_work_the_lead_says_was_issued_is_the_subject_where_its_kind_is_said_again() -> None:
    lead = ["为提升游览船安全管理水平，广东海事局近日推出《城市大型游览船海事安全监管工作指引》。"]
    texts = [*lead, "该工作指引共八章。", "工作指引于8月17日通过审查；工作指引得到各方专家审核。"]
    used: set[str] = set()
    assert announced_document(lead, lead, texts, used) == "《城市大型游览船海事安全监管工作指引》"
    assert used == {"指引"}
    assert announced_document(lead, lead, texts[:2], set()) == ""  # its kind said twice: no more about it
    named = ["广东海事局的《城市大型游览船海事安全监管工作指引》很实用。"]  # named, not issued
    assert announced_document(named, named, [*named, *texts[1:]], set()) == ""
