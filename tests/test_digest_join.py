"""One story, one theme: a report left alone joins the day's theme of its story where the theme's
leads mostly report its kind of event, or where the theme is titled by its kind of story; and a
section the day's themes already stand for lists no story alone beside them."""

from __future__ import annotations

import numpy as np

from citebrief.digest_sections import Theme
from citebrief.digest_sections import section_themes as _sections
from citebrief.digest_themes import _join_alone
from citebrief.text.sections import section_of

RAIN = "中新网8月14日电 据中央气象台网站14日消息，新疆青海等地多降水天气，局地有暴雨。"
BULLETIN = (  # its lead lists provinces only: it reports no kind of event there
    "央视网消息：据中央气象台，气象监测显示，过去一天，内蒙古东北部、黑龙江西部、吉林东北部、辽宁西南部和东部、"
    "河北东北部、天津、北京南部及青海东南部、甘肃南部、四川西北部、黑龙江齐齐哈尔、辽宁丹东和葫芦岛、河北秦皇岛、"
    "北京房山、青海果洛、四川阿坝等地部分地区出现中到大雨，局地暴雨。"
)
FLASH_FLOOD = "中新社兰州8月10日电 连日来，甘肃多地出现短时强降水天气，引发局地出现山洪灾害。"
TYPHOON = "中新网7月27日电 综合台湾媒体报道，受台风“杜苏芮”影响，台湾“灾害应变中心”26日表示，该次台风已酿成1人死亡。"


def test_a_typhoon_report_joins_rain_reports_most_of_whose_leads_report_the_weather() -> None:
    texts = [RAIN, BULLETIN, FLASH_FLOOD, TYPHOON]
    similar = np.full((4, 4), 0.06) + np.eye(4)  # under the threshold (0.08), over half of it
    made = [Theme("强降水", [0, 1, 2])]
    assert _join_alone(made, similar, texts, "zh") == {0}
    assert made[0].members == [0, 1, 2, 3]
    made = [Theme("强降水", [0, 1])]  # one lead of two reports the rain: no kind of the theme
    assert _join_alone(made, similar, [RAIN, BULLETIN, TYPHOON], "zh") == set()
    assert made[0].members == [0, 1]


def test_a_story_of_the_kind_a_theme_is_titled_by_joins_it() -> None:
    venue = (
        "新华社成都7月27日电 成都第31届世界大学生夏季运动会即将开幕。近日，承担击剑比赛的体育馆完成改造，"
        "运动员、教练员将在这里比赛，体育中心已完成测试赛。"
    )
    torch = "中新网成都7月26日电 26日，成都大运会火炬传递最后一站开跑。火炬手在细雨中高举火炬。"
    sculpture = "新华社成都7月27日电 大运会即将在成都揭幕。东安湖体育公园的雕塑吸引人们。"
    similar = np.full((3, 3), 0.05) + np.eye(3)
    made = [Theme("大运会", [1, 2])]
    _join_alone(made, similar, [venue, torch, sculpture], "zh")
    assert made[0].members == [1, 2, 0]
    made = [Theme("大运会", [1, 2])]
    _join_alone(made, np.full((3, 3), 0.01) + np.eye(3), [venue, torch, sculpture], "zh")
    assert made[0].members == [1, 2]  # not near enough all the same


def test_a_section_lists_no_story_alone() -> None:
    committee = (
        "中新网北京7月26日电 24日，中国社会工作联合会在北京召开应急与灾害社会工作委员会成立大会，将参与抢险救灾。"
    )
    assert section_of(committee, "zh") == "天气与灾害"
    assert _sections([0], [committee], "zh") == []  # one of the other stories, beside any rain theme


def test_a_theme_reports_joined_by_their_kind_is_named_by_the_kind_unless_most_leads_say_its_title() -> None:
    from citebrief.digest_themes import grown_title

    texts = [RAIN, BULLETIN, FLASH_FLOOD, TYPHOON]
    assert grown_title("强降水", [0, 1, 2, 3], texts, "zh") == "暴雨洪涝"  # one lead of four says it
    assert grown_title("强降水", [1, 2], texts, "zh") == "强降水"  # one of two: half say it
    assert grown_title("台风、降水", [0, 1, 2, 3], texts, "zh") == "暴雨洪涝"
