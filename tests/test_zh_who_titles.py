"""A Chinese news group is not titled by who acted or who is addressed (`zh_poor_titles`): a
bureau ("尚志市农业农村局"), a department or a subdistrict office ("兴山县电信部门",
"云东街道办事处"), a bare crowd ("市民游客", "战友", "游客"), a landform region ("南疆盆地"),
nor a label's verb cut from what it states ("产品包装标明"). Where the group's title was a body,
the act every bullet says names it (`zh_body_act.said_act`: "预约")."""

from __future__ import annotations

from citebrief.text.zh_body_act import said_act
from citebrief.text.zh_body_title import past_body
from citebrief.text.zh_poor_titles import poor_zh_title
from conftest import shared_group_titles


def test_who_acted_is_a_poor_title() -> None:
    assert poor_zh_title("尚志市农业农村局") and poor_zh_title("福建省气象局")
    assert poor_zh_title("兴山县电信部门") and poor_zh_title("云东街道办事处")
    # a word in 局 of its own names no office
    assert not poor_zh_title("办学格局") and not poor_zh_title("产业布局") and not poor_zh_title("经济大局")


def test_a_bare_crowd_is_a_poor_title() -> None:
    assert poor_zh_title("市民游客") and poor_zh_title("战友") and poor_zh_title("游客") and poor_zh_title("战友们")
    # the crowd's own thing, or a kind of person the story is about, still titles
    assert not poor_zh_title("游客中心") and not poor_zh_title("市民卡") and not poor_zh_title("犯罪嫌疑人")


def test_a_region_and_a_cut_label_are_poor_titles() -> None:
    assert poor_zh_title("南疆盆地") and poor_zh_title("沿天山地区")
    assert poor_zh_title("山东半岛") and poor_zh_title("川西高原")
    assert poor_zh_title("产品包装标明")
    assert not poor_zh_title("分散性暴雨") and not poor_zh_title("青藏高原综合科学考察")


BOOKING = [
    "试运行期间，大熊猫馆每天开馆时间为8:00-17:00，每天预约名额限5000人。",
    "想进园观看大熊猫的市民游客，可在微信公众号点击“预约入园”选项，进入“大熊猫馆预约”页面进行预约。",
    "预约成功后，市民游客可在预约时间内前往杭州动物园大熊猫馆参观，刷身份证或二维码入馆。",
]


def test_a_body_gives_way_to_the_act_every_bullet_says() -> None:
    assert said_act("杭州动物园", BOOKING, BOOKING, set()) == "预约"
    assert past_body("杭州动物园", BOOKING, BOOKING, {"大熊猫"}) == "预约"  # the overview took 大熊猫
    assert said_act("杭州动物园", BOOKING, BOOKING, {"预约"}) == ""  # given already
    assert said_act("杭州动物园", [*BOOKING[:2], "大熊猫馆每天开馆。"], BOOKING, set()) == ""  # not every bullet


def test_shared_groups_are_titled_by_what_they_are_about() -> None:
    """zh-news records 69 and 145 read in place: before, "市民游客" and "尚志市农业农村局". 145 is a flood
    item: 依兰's post-flood checks and the work groups sent to flooded villages both say 受灾 (read 37c
    preferred the weather term to one bullet's "指导服务"); s43's readers then marked the bare word
    vague, so the act they share titles it with its villages (`zh_shared_act`: "受灾村屯"). 69's bare
    verb "预约" took the noun the group writes after it (`zh_verb_object`: "预约制参观"); since its group
    states the booking limits (`zh_stated_terms`), two bullets say the quota: "预约名额"."""
    assert shared_group_titles("zh-news.jsonl", 69)[1] == "预约名额"
    assert shared_group_titles("zh-news.jsonl", 145)[1] == "受灾村屯"
