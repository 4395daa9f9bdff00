"""A Chinese news item's cause as found ("据了解，……因……导致……", text/data/lines.tsv's cause-zh
row) says why the story happened; the wire puts it last, below the rescue it explains, so a theme
at its three bullets kept the steps and lost it. The theme keeps it, in the place of a step, never
of the story's outcome (`specific_picks.with_found_cause`)."""

from __future__ import annotations

import pytest

from citebrief.text.patterns import specific_kinds
from conftest import shared_groups

CAUSE_79 = "被困的七人是第一次自驾前往哈拉湖，因对前往哈拉湖的路线不熟，"


@pytest.mark.parametrize(
    "sentence",
    [
        # zh-news 79, the one cause line of zh-news, zh-clts and zh-policy
        "据了解，被困的七人是第一次自驾前往哈拉湖，因对前往哈拉湖的路线不熟，加之该地区无手机信号覆盖，"
        "无法使用手机导航、通信功能，导致迷路并发生陷车。",
        "经初步调查，事故系驾驶员操作不当导致车辆侧翻。",
        "经查，该起火灾因电动车电池故障引燃周边杂物所致。",
    ],
)
def test_a_cause_as_found_is_a_specific(sentence: str) -> None:
    assert "cause-zh" in specific_kinds(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "据了解，此次强降雨造成房山区多处积水，仅城关街道就出现13处积水点。",  # zh-news 95: the damage, no cause found
        "据悉，经排查，此次突发山洪泥石流灾害共造成死亡、失联人员27名。",  # zh-news 68: a toll
        "据了解，要实现半导体量子计算，需要该体系下稳定、可控的量子比特。",  # 197: background
        "当支付账户因被他人盗用导致资金损失时，微信、支付宝可按损失金额承诺不限次赔付。",  # 17: a policy's terms
        "”王姓渔民说，有可能是船体碰撞浸水，也不排除因大雨船体浸水抽水马达故障无法抽水所致；",  # 176: a guess quoted
        "一些行贿人以单位名义行贿，规避处罚，导致案件处理不平衡，惩处力度不足。",  # 154: a finding of policy
    ],
)
def test_damage_a_toll_background_or_a_guess_is_not(sentence: str) -> None:
    assert "cause-zh" not in specific_kinds(sentence)


def test_shared_rescue_keeps_its_cause_and_its_outcome() -> None:
    # zh-news 79: seven tourists stranded at 哈拉湖; readers asked why they were lost
    bullets = [bullet for group in shared_groups("zh-news.jsonl", 79) for bullet in group]
    assert any(b.startswith(CAUSE_79) for b in bullets)
    assert "目前，经过救治，出现高原反应的游客，生命体征已恢复正常。" in bullets
