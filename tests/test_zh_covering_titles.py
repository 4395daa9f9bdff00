"""A Chinese group is titled by what most of its bullets say, not by one bullet's detail: the
phrase two or more of them share where the rarest phrase is one bullet's ("胆固醇" over three
bullets on a cholesterol drug, not "新药品种" from the last), unless the shared phrase is only a
part of the best one ("收费站" of "白鹿收费站"), a place, a count's unit or a common word."""

from __future__ import annotations

import pytest

from citebrief.text.title_choice import group_title
from citebrief.text.zh_asides import speaker_only
from citebrief.text.zh_poor_titles import poor_zh_title
from citebrief.text.zh_shared import saying, shared_phrases, side_word
from conftest import shared_group_titles

# zh-news crud_rag_documents_dup_part_1_part_1_L1307: a new cholesterol drug
DRUG = [
    "相关负责人解释说，PCSK9是一种肝脏合成的蛋白酶，当这种PCSK9蛋白酶与“坏胆固醇”受体结合时，会抑制受体清除“坏胆固醇”的能力。",
    "“PCSK9抑制剂是一种新型降胆固醇药物，能强效降低LDL-C水平且安全性良好。”",
    "相关负责人透露，他们已建立一条包括35个新药品种的产品链，1个品种在NMPA审评中，6个新药分子进入III期或关键性临床研究。",
]
# zh-news crud_rag_documents_dup_part_1_part_1_L645: a traffic check at a toll station
TOLL = [
    "8月5日一早，朝阳交通支队民警来到京哈高速白鹿收费站，对过往的大客车、货车进行例行检查和安全提示。",
    "9时许，一辆旅游大巴车通过收费站，在交警的指引下停进停车检查区。",
]


def test_the_phrase_most_bullets_say_titles_the_group() -> None:
    others = ["信达生物在苏州发布了新药的上市消息。", "公司今年还有多个新药品种在研。"]
    assert group_title(DRUG, DRUG, DRUG + others, "zh", set(), covering=True) == "胆固醇"
    assert group_title(DRUG, DRUG, DRUG + others, "zh", set()) != "胆固醇"  # a policy keeps its own terms
    assert saying("胆固醇", DRUG) == 2 and saying("新药品种", DRUG) == 1


def test_a_part_of_the_best_phrase_does_not_replace_it() -> None:
    others = ["交警提醒，暑期出行车辆较多，请驾驶人注意安全。"]
    assert group_title(TOLL, TOLL, TOLL + others, "zh", set(), covering=True) == "白鹿收费站"


def test_names_two_bullets_share_are_candidates() -> None:
    bullets = [
        "中国男篮12日以58:107惨败于德国队，李凯尔得到10分和6篮板。",
        "李凯尔目前与国家队队友交流仍用英语，需要工作人员帮助沟通。",
        "李凯尔说，尽管存在语言障碍，但会有人帮忙翻译。",
    ]
    found = shared_phrases(bullets)
    assert "李凯尔" in found and found["李凯尔"].name_only
    assert "德国队" not in found  # one bullet says it


def test_a_place_or_a_count_unit_is_no_covering_title() -> None:
    assert side_word("余人", ["共起诉金融犯罪1.1万人，不起诉2000余人。"])
    assert side_word("舒兰市", ["受此前汛情影响，舒兰市20个乡镇的2.3万名群众被转移。"])
    assert not side_word("胆固醇", DRUG)
    quote = ["三年来，“小善大爱”公益项目共筹集8800万善款。", "“小善大爱”项目发动680万人次捐款。"]
    assert side_word("小善", quote) and not side_word("小善大爱", quote)


@pytest.mark.parametrize(
    ("name", "index", "title"),
    [
        # the typhoon three bullets follow, not "西北方向移动": the overview's now (zh_storm), the
        # lead opens on it
        ("zh-news", 77, "核心要点：台风“杜苏芮”"),
        ("zh-news", 84, "国防武官吴俊辉"),  # the attaché whose speech the group gives, not "中国和平理念"
        ("zh-clts", 2, "台灯"),  # the lamp both its bullets review (s83b), not "蓝光环境" nor "办公"
    ],
)
def test_shared_groups_are_titled_by_what_their_bullets_share(name: str, index: int, title: str) -> None:
    assert title in shared_group_titles(f"{name}.jsonl", index)


@pytest.mark.parametrize(
    ("name", "index", "title", "not_title"),
    [
        # how a director found the film ("特别过瘾") is no title; the premiere's group was a
        # catch-all (the plot, the director, the reactions) that topic_turns now cuts apart
        ("zh-clts", 8, "", "过瘾"),
        ("zh-news", 13, "农田", "舒兰市青松林场"),  # the fields all three bullets say, not one bullet's place
        ("zh-news", 111, "", "卫生"),  # 卫生 only ever fronts 卫生健康委 or 卫生系统: no theme
        ("zh-news", 102, "港股市场", "田勇"),  # the market, not the analyst quoted on it ("田勇表示")
    ],
)
def test_shared_groups_are_not_titled_by_a_quality_a_speaker_or_a_side_place(
    name: str, index: int, title: str, not_title: str
) -> None:
    titles = shared_group_titles(f"{name}.jsonl", index)
    assert (not title or title in titles) and not_title not in titles


def test_the_speaker_of_a_group_covers_no_group() -> None:
    # zh-clts clts_plus_sample_4: a doctor on donating plasma
    plasma = [
        "北京大学第一医院主任医师王贵强表示，恢复期的血浆，只要病人恢复了，达到了出院、解除隔离的标准就可以采集血浆。",
        "王贵强指出，血浆的采集是单采浆的手段，只把血浆取出来，把血球、血小板回输进去，这样对机体影响很小。",
    ]
    assert speaker_only("王贵强", plasma) and not speaker_only("血浆", plasma)
    assert "王贵强" not in shared_group_titles("zh-clts.jsonl", 10)
    assert not speaker_only("吴俊辉", ["国防武官吴俊辉少将在招待会上致辞。", "吴俊辉表示，两国友谊深厚。"])


def test_a_quality_graded_by_an_adverb_or_a_clause_is_a_poor_title() -> None:
    film = [
        "首映礼映后交流环节，贾樟柯导演连用两个“过瘾”直抒观影感受：“整部电影特别过瘾，氛围极致到位特别了不起。”",
        "三大演技派明星同台飙戏，三人片中互飙演技着实过瘾。",
    ]
    assert poor_zh_title("过瘾", film) and not poor_zh_title("首映礼", film)
    assert poor_zh_title("委员深入研究") and not poor_zh_title("可持续发展")
