"""A reply's questions answered one by one keep their own groups while the brief has room
(`engines/reply_questions.py`, `outline_sections.merge_neighbours`)."""

from __future__ import annotations

from tests.conftest import shared_group_titles, shared_groups

from citebrief.engines.outline_sections import Section, merge_neighbours
from citebrief.engines.reply_questions import answers_questions
from citebrief.text.outline import Heading


def test_headings_that_each_name_a_question() -> None:
    assert answers_questions(["关于60万吨乙烯项目问题", "关于建设项目问题"])
    assert not answers_questions(["关于建设项目问题"])  # one heading is no list of questions
    assert not answers_questions(["关于建设项目问题", "保障措施"])
    assert not answers_questions(["推进城乡融合发展", "塑造新区风貌特色"])


def _sections(labels: list[str], weights: list[int]) -> list[Section]:
    starts = [3 + 2 * k for k in range(len(labels))]
    return [
        Section(start, start + 2, Heading(start, 1, label, len(label) + 2, first=k == 0), weight)
        for k, (start, label, weight) in enumerate(zip(starts, labels, weights, strict=True))
    ]


def test_a_question_answered_in_one_sentence_stays_alone_where_there_is_room() -> None:
    labels = ["关于堤防建设问题", "关于主辅分离问题", "关于建设项目问题", "关于对口支援问题"]
    sections = _sections(labels, [5, 2, 1, 3])
    merge_neighbours(sections, wanted=4, minimum=2)
    assert [s.heading.label for s in sections if s.heading is not None] == labels


def test_a_thin_section_still_joins_a_neighbour_elsewhere() -> None:
    sections = _sections(["堤防建设", "主辅分离", "建设项目", "对口支援"], [5, 2, 1, 3])
    merge_neighbours(sections, wanted=4, minimum=2)
    assert len(sections) == 3
    # and a reply with more questions than groups still joins them
    sections = _sections(["关于堤防建设问题", "关于主辅分离问题", "关于建设项目问题", "关于对口支援问题"], [5, 2, 1, 3])
    merge_neighbours(sections, wanted=3, minimum=2)
    assert len(sections) == 3


def test_zh_policy_31_answers_each_question_under_its_own_heading() -> None:
    # 二、关于支持国有企业主辅分离问题 and 三、关于建设项目问题 were one group, "国有企业主辅分离、建设项目"
    titles = shared_group_titles("zh-policy.jsonl", 31)
    assert not any("、" in title for title in titles)
    assert "建设项目" in titles
    groups = shared_groups("zh-policy.jsonl", 31)
    (alone,) = [bullets for bullets in groups if any("十一五" in bullet for bullet in bullets)]
    # the 十一五 answer, not beside the 主辅分离 one: after the request it answers (`reply_requests`), the
    # province named (`zh_addressee_brackets`)
    assert len(alone) == 2 and alone[0].startswith("你省（湖北省）请求，")


def test_zh_policy_31_states_no_request_as_the_centres_decision() -> None:
    """ "尽快批复荆南四河堤防建设一期工程可研报告并开工建设。" is 湖北's request (its "你省请求，" stands
    in the clause before): alone it read as the centre's decision, where the reply deferred it.
    The group keeps both answers, the deferral with the context it follows (`carrier_picks`)."""
    groups = shared_groups("zh-policy.jsonl", 31)
    bullets = [bullet for group in groups for bullet in group]
    assert not any(bullet.startswith("尽快批复") for bullet in bullets)
    (levees,) = [group for group in groups if any("荆南四河" in bullet for bullet in group)]
    assert any("研究该项目的审批问题" in bullet for bullet in levees)  # the answer: approval deferred
    assert any(bullet.startswith("2004年发展改革委将会同水利部根据") for bullet in levees)
