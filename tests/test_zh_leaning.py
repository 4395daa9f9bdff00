"""Chinese news sentences that lean on a sentence the brief may not hold: a pronoun after a short
opening clause, a speaker going on, a bare "工程" subject, an answer to a question, a time
setting; a sentence that names its own subject stands."""

from __future__ import annotations

from citebrief.text.zh_leaning import (
    ANSWER,
    EXAMPLE,
    PRONOUN,
    SETTING,
    SPEAKER,
    SUBJECT,
    framed_plural,
    framed_these,
    framed_this,
    leaning_kind,
    speaker_going_on,
    speaker_named,
)
from conftest import shared_groups


def test_each_kind_of_leaning_sentence_is_read() -> None:
    assert leaning_kind("经过技术迭代发展，它们不但被广泛应用到环境监测等工业领域。") == PRONOUN
    assert leaning_kind("王爱立说，这些规定针对的是企业内部关键岗位人员的行为。") == PRONOUN
    assert leaning_kind("林文还介绍，今年1-7月，全省地表水总体保持优良。") == SPEAKER
    assert leaning_kind("截至目前，工程已整合全国优势力量搭建协同攻关创新平台。") == SUBJECT
    assert leaning_kind("当日发布的扫码捐赠统一标识给出了答案。") == ANSWER
    assert leaning_kind("17日，距离开学只剩3天的时间。") == SETTING
    assert leaning_kind("如在浙江义乌的一起诉中涉外纠纷中，当地聘请外籍调解员共同调解。") == EXAMPLE
    assert leaning_kind("比如，前两年，电影带火了取景的老马路。") == EXAMPLE
    assert leaning_kind("如“知识产权·国际商事调解云平台”目前正集聚更多调解力量。") == EXAMPLE


def test_a_condition_is_no_example() -> None:
    # "如" as "if": the sentence says what to do, and stands
    assert leaning_kind("如遇水位持续上涨或者在桥下遭遇水淹，应立即撤离车辆。") is None
    assert leaning_kind("如您投保了车损险等相关保险，可及时报案。") is None


def test_a_sentence_naming_its_own_subject_stands() -> None:
    assert leaning_kind("申城有60多条永不拓宽的马路，这些马路凝聚着独特的海派风景。") is None
    assert leaning_kind("接下来，该省将多举措推进珠江口海域综合治理。") is None
    assert leaning_kind("此次论坛采取线上+线下相结合的方式进行。") is None
    assert leaning_kind("25日，A股走强，主要股指悉数上涨。") is None
    assert leaning_kind("中华思想文化术语传播工程截至目前已梳理1100余条术语。") is None


def test_the_speakers_name_is_read() -> None:
    assert speaker_going_on("林文还介绍，今年1-7月，全省地表水总体保持优良。") == "林文"
    assert speaker_going_on("何世民表示，40个名额很快爆满。") is None
    assert speaker_named("何世民表示，40个名额很快爆满。") == "何世民"
    assert speaker_named("今年上半年，全省近岸海域水质优良比例为89.6%。") is None


def test_a_plural_pronoun_after_an_opening_clause_is_read() -> None:
    assert framed_plural("经过技术迭代发展，它们不但被广泛应用到环境监测等工业领域。")
    assert framed_plural("他们已建立起覆盖全市的服务网络。")
    assert not framed_plural("王爱立说，这些规定针对的是企业内部关键岗位人员的行为。")  # a demonstrative
    assert not framed_plural("开营仪式上，她说两岸同胞血脉相连。")  # one person: `zh_frame_pronoun`


def test_this_after_a_speakers_frame_is_read() -> None:
    assert framed_this("据冯星玮介绍，这正是动车组卫生间的真空发生器。")
    assert framed_this("王爱立说，这是全国首个此类文件。")
    assert not framed_this("这是全国首个针对城市大型游览船安全管理的业务指导性文件。")  # `anaphora` reads it
    assert not framed_this("据冯星玮介绍，动车组卫生间的真空发生器就像“肺脏”。")


def test_these_after_a_speakers_frame_is_read() -> None:
    """s51n: "王爱立说，这些规定……" leans on the sentence before, which lists the rules."""
    assert framed_these("王爱立说，这些规定针对的是企业内部关键岗位人员的行为。")
    assert framed_these("据警方表示，这些犯罪嫌疑人在入职后会互相介绍。")
    assert not framed_these("这些规定针对的是企业内部关键岗位人员的行为。")  # no frame: `anaphora` reads it
    assert not framed_these("王爱立说，民营企业内部人员腐败问题多发。")


def test_these_after_a_speaker_carry_the_sentence_they_lean_on() -> None:
    """s51n, zh-news 36: "王爱立说，这些规定……" headed its group with no rules for "这些" to name; the
    bullet says the short sentence before it, though that one opens on the story's own "这次草案"."""
    bullets = [text for group in shared_groups("zh-news.jsonl", 36) for text in group]
    carried = "这次草案还修改完善民营企业内部人员腐败相关犯罪规定。王爱立说，这些规定针对的是"
    assert any(text.startswith(carried) for text in bullets)


def test_these_after_a_speaker_stay_a_bullet_after_their_sentence() -> None:
    """s51n2, zh-news 55: "据警方表示，这些犯罪嫌疑人……" right after the bullet "团伙成员……" of its group reads
    whole; joined (s51n), the two tactics made one overlong bullet a blind reader found worse."""
    groups = shared_groups("zh-news.jsonl", 55)
    group = next(g for g in groups if any(text.startswith("据警方表示，这些犯罪嫌疑人") for text in g))
    at = next(k for k, text in enumerate(group) if text.startswith("据警方表示，这些犯罪嫌疑人"))
    assert at > 0 and group[at - 1].startswith("团伙成员在骗取被害公司信任后")
