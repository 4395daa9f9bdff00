"""A story that profiles several people in turn: one group per person (`zh_person_runs`)."""

from __future__ import annotations

from citebrief.engines.zh_person_runs import _opens, _other_word, _words, lead_people
from conftest import shared_groups

LEAD = "本市第3例捐献者林晓东、第4例捐献者周明杰10日完成捐献。"
STORIES = [
    "林晓东是一名教师，他在一次献血时加入了骨髓库。",
    "小时候，他就想帮助别人。",
    "周明杰是一名大学生，去年加入了骨髓库。",
    "接到配型成功的消息后，二人都非常激动。",
    "林晓东说，捐献只是起点。",
    "周明杰也说，希望更多人参与。",
]


def test_the_people_the_lead_names_after_their_roles() -> None:
    assert lead_people(LEAD, STORIES) == ["林晓东", "周明杰"]


def test_one_persons_story_is_no_several_peoples() -> None:
    # the second person opens no clause of their own: one profile with a name in passing
    told = [s for s in STORIES if not s.startswith("周明杰")]
    assert lead_people(LEAD, told) == ["林晓东"]  # one person: `people_grouped` leaves the groups


def test_a_case_reports_surnames_with_mou_are_no_profiles() -> None:
    lead = "台胞郑某女婿陈某电话寻亲。"
    later = ["郑某23岁时到了台湾。", "郑某女儿发现了地图。", "陈某打电话求助。", "陈某提供了线索。"]
    assert lead_people(lead, later) == []


def test_a_word_after_a_role_is_no_name() -> None:
    # "……负责人会议" opens clauses as "会议" does in a meeting's report: a word, no person
    assert _other_word("会议") and not _other_word("林晓东")
    lead = "本市代表会议10日召开，捐献者林晓东出席。"
    later = ["会议听取了报告。", "会议指出，要做好工作。", *STORIES]
    assert lead_people(lead, later) == ["林晓东"]


def test_the_people_the_lead_names_as_the_tagger_reads_names() -> None:
    # no role word before them: names the tagger reads (nr), each opening clauses of its own
    lead = "10日，王小明和李建国在长春完成捐献。"
    later = ["王小明是一名教师，王小明说，捐献只是起点。", "李建国是一名大学生。", "李建国也说，希望更多人参与。"]
    assert lead_people(lead, later) == ["王小明", "李建国"]
    # a clause opens on a name after a sentence's start or a mark; a sentence not saying it counts none
    assert _opens("王小明", later) == 2 and _opens("李建国", later) == 2 and _opens("教师", later) == 0


def test_the_word_lists() -> None:
    assert "二人" in _words("together") and "他" in _words("one")
    assert not set(_words("together")) & set(_words("one"))


def test_zh_news_56_gives_each_donor_a_group_and_the_overview_what_they_share() -> None:
    # before: the overview held 战泊希's story, 贺宏达 had a group with "二人都非常激动" in it
    groups = shared_groups("zh-news.jsonl", 56)
    overview = groups[0]
    assert any("二人都非常激动" in b for b in overview)
    assert not any("战泊希刚刚大学本科毕业" in b for b in overview)
    first = [g for g in groups[1:] if any("战泊希刚刚大学本科毕业" in b for b in g)]
    second = [g for g in groups[1:] if any("贺宏达是北华大学" in b for b in g)]
    assert first and second and first != second
    assert not any("贺宏达" in b for b in first[0]) and not any("战泊希" in b for b in second[0])
