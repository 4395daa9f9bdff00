"""A Chinese news group titled by one bullet's phrase is titled by the phrase's head where most
of its bullets say the head (`zh_head_title`)."""

from __future__ import annotations

from citebrief.text.zh_head_title import head_title
from conftest import zh_news_brief

CRIMES = [
    "检察机关突出惩治侵害民营企业利益犯罪，起诉295人。",
    "依法惩治虚开增值税专用发票等危害税收征管犯罪，起诉351人。",
]
SURGERY = [
    "常规治疗方法为通过心脏开胸直视手术进行肥厚心肌的切除。",
    "经验缺乏的医师难以达成精确平衡，这是手术的最大难点。",
]


def test_the_head_most_bullets_say_titles_a_group_of_one_bullets_phrase() -> None:
    assert head_title("危害税收征管犯罪", CRIMES, CRIMES, set(), every_text=CRIMES) == "犯罪"
    assert head_title("直视手术", SURGERY, SURGERY, set(), every_text=SURGERY) == "手术"


def test_a_title_two_bullets_say_or_a_group_of_one_stays() -> None:
    both = [*SURGERY, "直视手术创伤大。"]
    assert head_title("直视手术", both, both, set(), every_text=both) == "直视手术"
    assert head_title("直视手术", SURGERY[:1], SURGERY[:1], set(), every_text=SURGERY) == "直视手术"


def test_a_given_head_a_common_head_or_a_head_one_bullet_says_stays() -> None:
    assert head_title("直视手术", SURGERY, SURGERY, {"微创手术"}, every_text=SURGERY) == "直视手术"
    crowd = ["过敏人群呈明显增多的趋势。", "对于体质敏感人群来讲，接触花粉就可能过敏。"]
    assert head_title("体质敏感人群", crowd, crowd, set(), every_text=crowd) == "体质敏感人群"  # 人群: any story's
    lone = [SURGERY[0], "术后患者的生活质量显著提升。"]
    assert head_title("直视手术", lone, lone, set(), every_text=lone) == "直视手术"


def test_the_articles_own_name_a_whole_clause_or_a_place_stays() -> None:
    robots = [
        "新出的扫地机器人搭配了先进的传感器。",
        "传感器不断扫描机器人前方的环境。",
        "机器人走上地毯时自动开启增压技术。",
    ]
    lead = "扫地机器人如今已然不是什么新鲜玩意儿。"
    assert head_title("扫地机器人", robots, robots, set(), every_text=[lead, *robots]) == "扫地机器人"
    fishmeal = ["海关通报不合格产品，进口鱼粉、南非葡萄柚在列。", "鱼粉被依法退运。"]
    assert head_title("进口鱼粉", fishmeal, fishmeal, set(), every_text=fishmeal) == "进口鱼粉"
    assert (
        head_title("进口鱼粉", fishmeal, ["海关通报不合格的进口鱼粉。", fishmeal[1]], set(), every_text=fishmeal)
        == "鱼粉"
    )
    water = ["团伙深夜在禁采河砂的古桑洲水域抽吸河砂。", "该水域为完全禁采区、二级水源区。"]
    assert head_title("古桑洲水域", water, water, set(), every_text=water) == "古桑洲水域"


def test_an_act_title_stays() -> None:
    roads = ["双龙路发生泥石流断道", "国道348线挖黑口塌方断道", "县道边坡塌方约2000余方断道"]
    assert head_title("塌方断道", roads, roads, set(), every_text=roads) == "塌方断道"  # what happened


def test_two_kinds_of_crime_are_titled_by_the_crime() -> None:
    """zh-news _L678 read as the blind readers read it: its group of two kinds of crime charged
    was titled 危害税收征管犯罪, the kind one bullet names."""
    titles = [group.title for group in zh_news_brief("_L678").groups]
    assert "犯罪" in titles
    assert "危害税收征管犯罪" not in titles
