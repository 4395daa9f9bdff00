"""A Chinese news group is titled by the event its bullets share ("火炬传递" over two bullets on
the relay), not by a person only some of them name ("杨威" over a group whose third bullet is
another torchbearer), and by the whole name the article always gives ("中华骨髓库吉林分库", not
its tail "骨髓库吉林分库")."""

from __future__ import annotations

import pytest

from citebrief.text.title_choice import group_title
from citebrief.text.zh_shared import shared_events
from citebrief.text.zh_widen import widened
from conftest import shared_article, shared_group_titles

# zh-news crud_rag_documents_dup_part_1_part_1_L869: the Universiade torch relay in Chengdu
RELAY = [
    "来自经济、体育、文化艺术、教育、科技等多个领域的124棒火炬手共同完成了火炬传递，其中，年龄最小的火炬手仅15岁。",
    "许魏洲是第29棒火炬手，他说：“很高兴能作为一名文艺工作者与众多行业翘楚一起参与到火炬传递中。”",
]
TORCHBEARERS = [
    "中国体操奥运冠军杨威担任第94棒火炬手。",
    "2001年中国在北京首次举办世界大学生运动会时，21岁的杨威适逢盛会，取得佳绩。",
    "26日13时左右，第124棒火炬手樊添瑞在细雨中高举火炬回到东安湖体育公园的主舞台，点燃火种盆。",
]


def test_an_event_two_bullets_say_is_a_candidate() -> None:
    found = shared_events(RELAY)
    assert "火炬传递" in found and found["火炬传递"].words == ("火炬", "传递")
    assert group_title(RELAY, RELAY, RELAY + TORCHBEARERS, "zh", set(), covering=True) == "火炬传递"


def test_a_common_verb_or_one_before_a_figure_makes_no_event() -> None:
    said = ["数据显示，今年投资同比增长53.8%。", "数据显示，装机同比增长10.6%。"]
    assert shared_events(said) == {}  # 显示 is too common, 增长 is followed by a figure
    assert shared_events(RELAY[:1]) == {}  # one bullet


def test_a_name_not_every_bullet_says_comes_after_what_most_say() -> None:
    every = RELAY + TORCHBEARERS
    assert group_title(TORCHBEARERS, TORCHBEARERS, every, "zh", set(), covering=True) == "火炬手"
    assert group_title(TORCHBEARERS[:2], TORCHBEARERS[:2], every, "zh", set(), covering=True) == "杨威"


def test_a_title_the_article_always_says_inside_a_longer_name_is_given_whole() -> None:
    texts = ["中华骨髓库吉林分库成立于2001年。", "目前中华骨髓库吉林分库已有库容10万人份。"]
    assert widened("骨髓库吉林分库", texts) == "中华骨髓库吉林分库"
    assert widened("骨髓库吉林分库", texts[:1]) == "骨髓库吉林分库"  # said once: the word before is chance
    scope = ["全省社会融资规模增量为1万亿元。", "全省社会融资规模增量同比多增。"]
    assert widened("社会融资规模增量", scope) == "社会融资规模增量"  # 全省 says how far, not which
    era = ["坚持以习近平新时代中国特色社会主义思想为指导。", "深入学习新时代中国特色社会主义思想。"]
    assert widened("中国特色社会主义思想", era) == "中国特色社会主义思想"  # "时代" of 新时代: no whole name


@pytest.mark.parametrize(
    ("index", "title"),
    [
        # L869: the relay's bearers and 杨威's are one group (`zh_subject_merge`), which every bullet's
        # "火炬手" titles; apart, the first was "火炬传递", not "火炬手" (the unit test above)
        (103, "火炬手"),
        (159, "应急响应"),  # the emergency response levels, not "河北动态" cut from 动态调整
        (56, "中华骨髓库吉林分库"),
    ],
)
def test_shared_news_groups_are_titled_by_their_event_or_whole_name(index: int, title: str) -> None:
    assert title in shared_group_titles("zh-news.jsonl", index)


def test_a_word_both_bullets_say_titles_them_though_commoner() -> None:
    # zh-news crud_rag_documents_dup_part_1_part_1_L721: crop damage after a storm
    crops = [
        "据初步统计，全县农作物受灾面积约21.05万亩。",
        "组成9个农技骨干技术小组，帮助乡镇做好受损农作物受灾统计、损失测评工作",
    ]
    others = ["强降雨导致多地发生洪涝灾害。", "县里组织人员抢修道路。"]
    assert group_title(crops, crops, crops + others, "zh", set(), covering=True) == "农作物"


def test_the_childcare_subsidy_two_bullets_explain_titles_them() -> None:
    # zh-news line 139 as its brief grouped it before `zh_lead_lift` took the first bullet up to
    # the overview (where one bullet alone says 育儿补助, "生育二孩" is the title): the subsidy,
    # not "生育二孩"
    sentences = [s + "。" for s in shared_article("zh-news.jsonl", 139).split("。") if s]
    group = [
        next(s for s in sentences if opening in s)
        for opening in ("此次补助类型和形式分为", "育儿补助的补助对象为", "今年2月，该市发布的")
    ]
    assert group_title(group, group, sentences, "zh", set(), covering=True) == "育儿补助"
