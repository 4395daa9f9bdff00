"""A bullet's "（以下简称X）" goes where X only ends the name before it (`text.zh_short_names`):
"……夏季运动会（以下简称运动会）" reads as a stray drafting note; a short name of its own stays."""

from __future__ import annotations

from citebrief.engines.bullets import near_duplicate
from citebrief.engines.extractive import draft_extractive
from citebrief.ingest import document_from_text
from citebrief.text.zh_short_names import without_own_short_name
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
    assert not any(near_duplicate(a, b, "zh") for k, a in enumerate(bullets) for b in bullets[k + 1 :])
