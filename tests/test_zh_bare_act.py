"""A Chinese sentence opening on "及时" and its act goes on with the actor of the sentence before, and
carries it (text/zh_bare_act.py, `cited_points.carry_antecedent`)."""

from __future__ import annotations

from citebrief.text.zh_bare_act import opens_on_bare_act
from conftest import shared_groups


def test_a_sentence_opening_on_a_bare_act_is_read() -> None:
    assert opens_on_bare_act("及时发布洪水橙色预警，督促指导地方做好安全度汛工作。")
    assert opens_on_bare_act("及时启动应急响应。")
    # its own subject first, or the noun "及时性"/"及时雨": no lean
    assert not opens_on_bare_act("水利部及时发布洪水橙色预警。")
    assert not opens_on_bare_act("及时性是这项服务的关键。")
    assert not opens_on_bare_act("及时雨缓解了旱情。")


def test_the_warning_is_said_with_who_issued_it() -> None:
    """zh-news 172: "及时发布洪水橙色预警，……" stood alone as a bullet, 水利部 in the bullet before."""
    bullets = [text for group in shared_groups("zh-news.jsonl", 172) for text in group]
    assert not any(text.startswith("及时") for text in bullets), bullets
    assert any(text.startswith("水利部高度重视") and "。及时发布洪水橙色预警" in text for text in bullets), bullets
