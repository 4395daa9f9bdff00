"""A Chinese sentence that goes on from the one before with no subject of its own."""

from __future__ import annotations

from citebrief.engines.lead_points import lean_on_previous
from citebrief.text.zh_subject import subjectless_zh


def test_a_verb_after_a_connective_has_no_subject() -> None:
    assert subjectless_zh("同时，安排公交夜班运力加强接驳服务。")
    assert not subjectless_zh("同时，北京市还将安排公交夜班运力。")  # names who
    assert not subjectless_zh("此外，截至2023年6月底，广东省已建成碧道500公里。")  # a frame, not an action
    assert not subjectless_zh("安排公交夜班运力加强接驳服务。")  # no connective: a policy's measure
    assert not subjectless_zh("同时，要加快制定工业大模型的评测标准和安全规范。")  # an instruction
    assert not subjectless_zh("此外，还有数块题写严子陵的名家楹联匾额挂于周围横梁之上。")  # there are


def test_the_subjectless_sentence_leans_on_the_one_before() -> None:
    """'同时，安排公交夜班运力……' (zh-news L1377) was a bullet of no one's: it goes with the sentence before."""
    texts = [
        "北京重点地铁线路开展延时运营，多条线路延时运营60分钟。",
        "同时，安排公交夜班运力加强接驳服务。",
    ]
    trimmed = ["北京重点地铁线路开展延时运营，多条线路延时运营60分钟。", "安排公交夜班运力加强接驳服务。"]
    left = lean_on_previous(texts, [1, 1], trimmed, [0, 1], "zh")
    assert not left
    assert trimmed[1].startswith("北京重点地铁线路") and trimmed[1].endswith("安排公交夜班运力加强接驳服务。")
    alone = ["同时，安排公交夜班运力加强接驳服务。"]
    assert lean_on_previous(alone, [1], ["安排公交夜班运力加强接驳服务。"], [0], "zh") == {0}
