"""A Chinese feature that follows one person is titled by that person with the role the story
gives them ("机械师冯星玮"); an expert quoted on a topic, a story of several people, a case
report's 某 and a story with no role for the person keep their title (`zh_profile_person`)."""

from __future__ import annotations

from citebrief.text.zh_profile_person import profiled_person
from conftest import shared_group_titles

MECHANIC = [
    "8月的西安，机械师冯星玮在动车组卫生间对零部件进行拆卸检修。冯星玮蜷缩着身子在卫生间里摸索着。",
    "冯星玮打开手电，逐个检查部件。冯星玮屏气凝神仔细检修。",
    "如今恰逢暑运检修高峰期，冯星玮所在的班组每天处置多起故障。26岁的冯星玮已经成长为青工骨干。",
]
EXPERT = [
    "呼和浩特市第一医院副主任医师樊长娥说，过敏人群呈增多趋势。樊长娥表示，花粉是主要原因。",
    "樊长娥告诉记者，要做好预防。樊长娥介绍，过敏可以治疗。",
    "樊长娥呼吁患者提高警惕。樊长娥认为，过敏性鼻炎是慢性病。",
]


def _sentences(texts: list[str]) -> list[str]:
    return [s + "。" for text in texts for s in text.split("。") if s]


def test_one_persons_story_is_titled_by_role_and_name() -> None:
    assert profiled_person("动车组卫生间", MECHANIC, _sentences(MECHANIC)) == ("冯星玮", "机械师冯星玮")


def test_an_expert_speaking_a_title_with_the_name_or_no_role_stay() -> None:
    assert profiled_person("过敏性疾病", EXPERT, _sentences(EXPERT)) is None  # she speaks on a topic
    assert profiled_person("机械师冯星玮", MECHANIC, _sentences(MECHANIC)) is None  # named already
    bare = [text.replace("机械师", "") for text in MECHANIC]
    assert profiled_person("动车组卫生间", bare, _sentences(bare)) is None  # no role to show
    assert profiled_person("动车组卫生间", MECHANIC[:2], _sentences(MECHANIC[:2])) is None  # too short


# the story as the benches cut a one-block article: three-sentence passages, the name in 5 of 12
BENCH_CUT = [
    "机械师冯星玮在动车组卫生间检修零部件。车厢里闷热难耐。冯星玮蜷缩着身子摸索螺丝。",
    "冯星玮打开手电检查部件。真空发生器是集便装置的核心。班组每天都要处理多起故障。",
    "冯星玮取出一枚塑料疙瘩。他用毛刷仔细清理。清理之后重新装回。",
    "26岁的冯星玮已经成长为青工骨干。暑运期间检修任务繁重。列车准时出库。",
]


def test_short_passages_count_the_share_of_sentences() -> None:
    # fewer than one and a half sentences a passage, yet the name in over a third of them
    assert profiled_person("动车组卫生间", BENCH_CUT, _sentences(BENCH_CUT)) == ("冯星玮", "机械师冯星玮")
    thin = [text + "检修库里很吵。天气炎热。" for text in BENCH_CUT]  # the name in 5 of 20: a side figure
    assert profiled_person("动车组卫生间", thin, _sentences(thin)) is None


def test_a_second_person_through_the_story_keeps_the_title() -> None:
    pair = [text + "徒弟王昱在一旁记录。" for text in MECHANIC]
    assert profiled_person("动车组卫生间", pair, _sentences(pair)) is None


def test_shared_profiles_in_the_readers_form() -> None:
    # a night's repairs on a multiple-unit train; a lacquer artisan; a volunteer (上城区's
    # 城区 is no part of the role)
    assert shared_group_titles("zh-news.jsonl", 151)[0] == "核心要点：动车组机械师张庆华"
    assert "张庆华" not in shared_group_titles("zh-news.jsonl", 151)[1:]
    assert shared_group_titles("zh-news.jsonl", 37)[0] == "核心要点：漆艺匠人温云鹏"
    assert shared_group_titles("zh-news.jsonl", 66)[0] == "核心要点：志愿者毛立"
    # an expert quoted on allergies, a film premiere's several people, a reception: as they were
    assert shared_group_titles("zh-news.jsonl", 92)[0] == "核心要点：过敏性疾病"
    assert shared_group_titles("zh-clts.jsonl", 8)[0] == "核心要点：《你是凶手》"
    assert shared_group_titles("zh-news.jsonl", 84)[0] == "核心要点：中国人民解放军建军96周年招待会"
