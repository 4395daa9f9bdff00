"""A bullet's "（以下简称X）" goes where X only ends the name before it (`text.zh_short_names`):
"……夏季运动会（以下简称运动会）" reads as a stray drafting note; a short name of its own stays."""

from __future__ import annotations

from citebrief.engines.bullets import near_duplicate
from citebrief.engines.extractive import draft_extractive
from citebrief.engines.zh_added_sentences import adds_a_sentence
from citebrief.ingest import document_from_text
from citebrief.text.zh_short_names import without_own_short_name, without_unused_short_names
from conftest import shared_article


def test_a_short_name_that_ends_the_name_before_it_goes() -> None:
    assert without_own_short_name("同意成立全国普查领导小组（以下简称领导小组）。") == "同意成立全国普查领导小组。"
    assert without_own_short_name("召开年度工作会议(以下简称“会议”)。") == "召开年度工作会议。"
    assert without_own_short_name("推行三项制度（以下统称“三项制度”）") == "推行三项制度"


def test_a_short_name_of_its_own_stays() -> None:
    kept = "对某某煤业有限责任公司（以下简称杏煤公司）作出处罚。"  # 杏煤公司 is no end of the full name
    assert without_own_short_name(kept) == kept
    assert without_own_short_name("Games (以下简称运动会)", "en") == "Games (以下简称运动会)"  # Chinese only


def test_the_universiade_reply_says_its_decision_without_the_note() -> None:
    # 国办函〔2004〕88号 (record 20): "同意以深圳市名义申办……夏季运动会（以下简称运动会）。"
    document = document_from_text(shared_article("zh-policy.jsonl", 20), origin="zh-policy-20", kind="text")
    bullets = [p.text for g in draft_extractive(document).groups for p in g.points]
    decision = next(b for b in bullets if b.startswith("同意以深圳市名义申办"))
    assert decision.endswith("世界大学生夏季运动会。"), decision


def test_the_note_stays_where_it_tells_two_bullets_apart() -> None:
    # 国办发〔2018〕114号 (record 32): "……悬挂应急救援专用号牌（以下简称专用号牌）。" without its note is a near
    # repeat of "……车辆中符合……规定的悬挂专用号牌，主要包括……" (issue 9's duplicate check)
    document = document_from_text(shared_article("zh-policy.jsonl", 32), origin="zh-policy-32", kind="text")
    bullets = [p.text for g in draft_extractive(document).groups for p in g.points]
    plates = next(b for b in bullets if b.startswith("经国务院同意，国家综合性消防救援车辆悬挂"))
    assert plates.endswith("（以下简称专用号牌）。"), plates
    # (the annex's "字符共8位……。其中，……X代表消防救援" repeats the rule but adds its codes: `zh_added_sentences`)
    assert not any(
        near_duplicate(a, b, "zh") and not adds_a_sentence(b, [a])
        for k, a in enumerate(bullets)
        for b in bullets[k + 1 :]
    )


def test_a_short_name_no_other_bullet_says_goes() -> None:
    kept = "对某某煤业有限责任公司（以下简称杏煤公司）作出处罚。"
    assert without_unused_short_names(kept, ["另一条要点。"]) == "对某某煤业有限责任公司作出处罚。"
    assert without_unused_short_names("印发《某省行动计划》（以下简称《行动计划》）。", []) == "印发《某省行动计划》。"
    assert without_unused_short_names("启动某某制度试点（以下称1+X证书制度试点）工作。", []) == "启动某某制度试点工作。"
    assert without_unused_short_names("Games (以下简称运动会)", [], "en") == "Games (以下简称运动会)"  # Chinese only


def test_a_short_name_said_again_keeps_its_note() -> None:
    kept = "对某某煤业有限责任公司（以下简称杏煤公司）作出处罚。"
    assert without_unused_short_names(kept, ["杏煤公司停产整顿。"]) == kept  # another bullet says it
    said_after = "《某省条例》（以下简称《条例》）将于10月1日起施行，该《条例》是首部法规。"
    assert without_unused_short_names(said_after, []) == said_after  # the bullet itself says it after the note
    in_marks = "召开跨国采购洽谈会(以下简称“跨采会”)。"
    assert without_unused_short_names(in_marks, ["跨采会开幕。"]) == in_marks
    # the own-end rule still holds where another bullet says the short name
    own_end = "成立普查领导小组（以下简称领导小组）。"
    assert without_unused_short_names(own_end, ["领导小组办公室。"]) == "成立普查领导小组。"


def test_a_title_short_name_counts_only_in_its_marks() -> None:
    titled = "某省的工作已纳入《某某流域治理规划》（以下简称《规划》）。"
    assert without_unused_short_names(titled, ["列入全省水库建设规划。"]) == "某省的工作已纳入《某某流域治理规划》。"
    assert without_unused_short_names(titled, ["按照《规划》要求推进。"]) == titled  # another bullet says 《规划》


def test_a_short_name_note_without_yixia_goes_too() -> None:
    noted = "某某保护条例(下称“条例”)已经通过。"
    assert without_unused_short_names(noted, ["另一条要点。"]) == "某某保护条例已经通过。"
    assert without_unused_short_names(noted, ["条例明确了责任。"]) == noted


def _bullets(index: int) -> list[str]:
    document = document_from_text(shared_article("zh-policy.jsonl", index), origin=f"zh-policy-{index}", kind="text")
    return [p.text for g in draft_extractive(document).groups for p in g.points]


def test_the_mine_accident_bullet_drops_a_short_name_no_bullet_uses() -> None:
    # 国务院 on the 杏儿沟 accident (record 36): no other bullet says 杏煤公司
    bullets = _bullets(36)
    assert any(b.startswith("对事故负有主要责任的杏儿沟煤业有限责任公司北风井负责人") for b in bullets), bullets
    assert not any("杏煤公司" in b for b in bullets)


def test_the_vocational_plan_keeps_the_short_name_a_later_bullet_uses() -> None:
    # 国发〔2019〕4号 (record 26): "（以下称1+X证书制度试点）", said again by "……启动1+X证书制度试点工作。"
    bullets = _bullets(26)
    assert any("（以下称1+X证书制度试点）" in b for b in bullets)
    assert any(b.endswith("启动1+X证书制度试点工作。") for b in bullets)
