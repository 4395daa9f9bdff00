"""A Chinese sentence opening on an adverb or joining word and its act ("及时……", "即……", "同时以……")
goes on with the actor of the sentence before, and carries it (text/zh_bare_act.py,
data/zh_bare_act_openers.tsv, `cited_points.carry_antecedent`)."""

from __future__ import annotations

from citebrief.text.zh_bare_act import opens_on_bare_act
from conftest import shared_groups


def test_a_sentence_opening_on_a_bare_act_is_read() -> None:
    assert opens_on_bare_act("及时发布洪水橙色预警，督促指导地方做好安全度汛工作。")
    assert opens_on_bare_act("及时启动应急响应。")
    assert opens_on_bare_act("即工程采用“上槽下洞”形式，上槽为京杭运河二级航道。")
    assert opens_on_bare_act("同时以产业链供应链招商为重点，招引一批外资大项目。")
    assert opens_on_bare_act("进一步优化营商环境。")
    assert opens_on_bare_act("积极推动两地合作。")
    assert opens_on_bare_act("并向公众推送预警提示。")
    assert opens_on_bare_act("还组织开展了培训。")
    assert opens_on_bare_act("要求各地密切关注天气变化。")


def test_a_sentence_with_its_own_subject_or_a_noun_first_is_not() -> None:
    assert not opens_on_bare_act("水利部及时发布洪水橙色预警。")
    assert not opens_on_bare_act("及时性是这项服务的关键。")
    assert not opens_on_bare_act("及时雨缓解了旱情。")
    assert not opens_on_bare_act("积极性被充分调动起来。")
    assert not opens_on_bare_act("即使下雨，比赛也照常进行。")
    assert not opens_on_bare_act("还有一些老马路成为“新晋网红”。")  # "there are": no actor asked for
    assert not opens_on_bare_act("并购重组持续活跃。")
    assert not opens_on_bare_act("同时，要加快制定标准。")  # the comma's case is text/zh_subject.py's


def test_the_warning_is_said_with_who_issued_it() -> None:
    """zh-news 172: "及时发布洪水橙色预警，……" stood alone as a bullet, 水利部 in the bullet before."""
    bullets = [text for group in shared_groups("zh-news.jsonl", 172) for text in group]
    assert not any(text.startswith("及时") for text in bullets), bullets
    assert any(text.startswith("水利部高度重视") and "。及时发布洪水橙色预警" in text for text in bullets), bullets


def test_a_continuation_is_said_with_the_sentence_it_goes_on_from() -> None:
    """zh-news 118: "即工程采用“上槽下洞”形式，……" stood alone, the 立交结构 it explains unsaid."""
    bullets = [text for group in shared_groups("zh-news.jsonl", 118) for text in group]
    assert not any(text.startswith("即工程") for text in bullets), bullets
    assert any("工程设计为立交结构。即工程采用" in text for text in bullets), bullets
