"""A Chinese sentence opening on "不仅/不但" and its act has its subject in the sentence before: it is
read as a bare act and carries that sentence, up to the length a bullet is kept whole
(text/zh_not_only.py, `zh_bare_act.opens_on_bare_act`, `anaphora.with_antecedent`)."""

from __future__ import annotations

from citebrief.text.anaphora import CARRY_CHARS_ZH, with_antecedent
from citebrief.text.zh_bare_act import opens_on_bare_act
from citebrief.text.zh_not_only import PAIR_CHARS, opens_on_not_only
from conftest import shared_groups

# written for this test: a long sentence naming the service hall, then the two halves of its claim
_BEFORE = (
    "区人社局负责人介绍，新建的社区就业服务大厅把招聘、培训、政策咨询和劳动维权等多项业务集中到一个窗口办理，"
    "从群众反映最多的找工作难、办事慢等具体问题入手，推动公共就业服务向街道和社区延伸，方便附近居民就近办理。"
)
_NOT_ONLY = (
    "不仅满足了退役军人、高校毕业生和失业人员等不同群体的求职需要，也为辖区企业提供了更快捷的招聘渠道和更多的用工选择。"
)
_OWN_SUBJECT = "辖区企业也从中受益，通过大厅发布岗位信息的企业满足了退役军人、高校毕业生和失业人员等群体的求职需要。"


def test_a_sentence_opening_on_not_only_is_read() -> None:
    assert opens_on_not_only(_NOT_ONLY)
    assert opens_on_not_only("不但降低了企业成本，还缩短了审批时间。")
    assert opens_on_not_only("不仅是一场体育比赛，也是一次文化交流。")
    assert opens_on_bare_act(_NOT_ONLY)  # read as a bare act: it carries the sentence before


def test_not_only_with_its_own_subject_or_pointing_back_is_not() -> None:
    assert not opens_on_not_only("不仅如此，活动还吸引了大批游客。")  # points back at a whole claim
    assert not opens_on_not_only("不仅我们要努力，大家也要配合。")  # its own subject
    assert not opens_on_not_only("服务大厅不仅满足了求职需要，也方便了企业。")
    assert not opens_on_bare_act("不仅如此，活动还吸引了大批游客。")


def test_the_two_halves_of_one_claim_are_carried_past_the_usual_pair_length() -> None:
    assert CARRY_CHARS_ZH < len(_BEFORE) + len(_NOT_ONLY) <= PAIR_CHARS
    assert with_antecedent(_BEFORE, _NOT_ONLY, "zh") == _BEFORE + _NOT_ONLY
    # another sentence as long is carried no further than before
    assert len(_BEFORE) + len(_OWN_SUBJECT) > CARRY_CHARS_ZH
    assert with_antecedent(_BEFORE, _OWN_SUBJECT, "zh") is None
    assert with_antecedent(_BEFORE + _BEFORE, _NOT_ONLY, "zh") is None  # past a whole bullet's length


def test_the_not_only_bullet_is_said_with_its_subject() -> None:
    """zh-news 107: a "不仅满足……，也为……" bullet stood alone, its 零工驿站 in an overview bullet."""
    bullets = [text for group in shared_groups("zh-news.jsonl", 107) for text in group]
    assert not any(text.startswith("不仅") for text in bullets), bullets
    assert any("的机会。不仅满足" in text for text in bullets), bullets
