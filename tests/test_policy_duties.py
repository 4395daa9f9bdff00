"""A short policy brief says the further duties of the paragraphs it cites
(`citebrief.engines.policy_duties`)."""

from __future__ import annotations

import pytest

from citebrief.engines import cover_steps
from citebrief.engines.extractive import draft_extractive
from citebrief.engines.policy_duties import DUTY_GROUP, SHORT_BRIEF, is_call, is_duty
from citebrief.ingest import document_from_text
from citebrief.model import Brief
from conftest import shared_article


def _brief(record: int) -> Brief:
    return draft_extractive(document_from_text(shared_article("zh-policy.jsonl", record), origin="p", kind="text"))


def _texts(brief: Brief) -> list[str]:
    return [p.text for g in brief.groups for p in g.points]


def test_a_call_for_effort_is_no_duty() -> None:
    assert is_call("要加强沟通，相互配合，相互支持，形成合力，充分发挥协调委的作用。")
    assert is_call("各有关部门必须密切配合，真正收到成效。")
    assert is_call("进一步建立健全组织机构和制度，坚持开展群测群防工作，确保库区人民生命和财产安全。")
    assert not is_call("对遗弃化学武器的埋藏点和保管点，要采取措施加强管理，完善设备，确保安全。")
    assert not is_call("经批准进口的药品应当在指定医疗机构内用于特定医疗目的。")


def test_framing_a_procedure_or_attention_is_no_duty() -> None:
    assert not is_duty("要深入贯彻党的十九大精神，以习近平新时代中国特色社会主义思想为指导，全面实施创新驱动发展战略。")
    assert not is_duty(
        "事故发生后，党中央、国务院领导同志高度关注，立即作出重要批示，指派有关负责同志立即赶赴事故现场。"
    )
    assert not is_duty("需国务院批准的事项要按程序报批，需调整有关行政法规、国务院文件和部门规章规定的按法定程序办理。")
    assert not is_duty("为彻底消除这一隐患，必须进一步加强调查取证和有关管理工作，现通知如下：")
    assert is_duty("应急部负责制定悬挂专用号牌机动车参加交通事故责任强制保险办法。")
    assert is_duty("经我多年的外交斗争和努力，日本政府已允诺履行关于禁止化学武器国际公约规定的销毁遗弃化学武器的义务。")


def test_a_short_notice_says_the_witness_search_the_storage_sites_and_the_commitment() -> None:
    """govcn_5351718 (record 6, abandoned chemical weapons; blind reads 33b, 33d coverage 3):
    six bullets cited every paragraph once and left out the witness search (paragraph 5's second
    sentence), the storage sites' safety (paragraph 7's) and Japan's commitment (paragraph 3's)."""
    texts = _texts(_brief(6))
    assert any("目击者" in t for t in texts), texts
    assert any("保管点" in t for t in texts), texts
    assert any("允诺履行" in t for t in texts), texts
    assert len(texts) <= SHORT_BRIEF


def test_no_call_for_effort_joins_and_groups_stay_short() -> None:
    """govcn_5345402 (record 17): the office's duty joins its group; "要加强沟通，相互配合，……" does not."""
    brief = _brief(17)
    texts = _texts(brief)
    assert any(t.startswith("办公室负责督促落实") for t in texts), texts
    assert not any(t.startswith("要加强沟通") for t in texts), texts
    assert all(len(g.points) <= max(DUTY_GROUP, 4) for g in brief.groups), brief.groups


def test_a_long_brief_is_not_grown(monkeypatch: pytest.MonkeyPatch) -> None:
    """govcn_5359620 (record 25, a 49-paragraph plan of 26 bullets) is read by its sections: the
    rule leaves its brief as it was."""
    grown = _texts(_brief(25))
    monkeypatch.setattr(cover_steps, "add_duties", lambda *_: None)
    assert _texts(_brief(25)) == grown
    assert len(grown) > SHORT_BRIEF
