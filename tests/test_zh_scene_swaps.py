"""A Chinese news bullet that sets a scene gives way to a nearby sentence that states a fact, in the
overview too (`engines/zh_scene_swaps.py`)."""

from __future__ import annotations

import pytest

from citebrief.engines.zh_scene_swaps import factual, scenic
from conftest import zh_news_brief


@pytest.mark.parametrize(
    "text",
    [
        "伴随着耳边巨大的轰鸣声，一架架航班平稳降落在跑道上。",
        "好生态催生新业态，走进山坡中心村，绿树掩映，道路宽阔，树下乘凉的游客有说有笑，享受着惬意的生活。",
        "润色添彩、绿植焕新......走进某镇景区，当地民居五彩的墙绘和绿意盎然的庭院映入眼帘。",
        "红霞满天，暑气仍盛。",
        "站在观景平台处放眼望去，辣椒、玉米等农作物晾晒于晒架上，呈现出一幅好“丰”景。",
    ],
)
def test_scenic(text: str) -> None:
    assert scenic(text)


@pytest.mark.parametrize(
    "text",
    [
        "日前，位于浙江杭州富春江畔的严先生祠再次缓缓开启，再现“往来桐江船，必拜严子祠”的文化盛况。",  # the news
        "走进祠堂大殿，重塑后的铜像居中而坐，增设的匾额悬挂于上。",  # what the renovation did
        "截至目前，全村建成农家乐42家，民宿12家。",  # a figure
        "“今年旅游火起来了，村子上的旅游也有了起色，百姓收入高了。”白晓萍说。",  # someone quoted
        "走进体育公园时，人们被道路周边的雕塑景观所吸引。原来，这些雕塑作品出自友城艺术家之手。",  # what it shows
    ],
)
def test_not_scenic(text: str) -> None:
    assert not scenic(text)


def test_fact_is_who_did_what() -> None:
    """A body that acts is a fact; a nickname in quotation marks is no one who acts."""
    assert factual("目前，三明学院与台湾跨界自造文化团队以项目为载体开展协作，为两岸学子提供施展才华的广阔舞台。")
    assert not factual("在这个集市里，一边是各色地道美食，一边是手持兵器、身形高大的“牛魔王”等“江湖人物”。")


def _bullets(record_id: str) -> list[str]:
    return [point.text for group in zh_news_brief(record_id).groups for point in group.points]


def test_overview_scene_gives_way_to_who_did_what() -> None:
    """ "……映入眼帘。" leaves the overview; the service team's work takes its place."""
    bullets = _bullets("_L670")
    assert not any("映入眼帘" in b for b in bullets)
    assert any(b.startswith("目前，三明学院") for b in bullets)


def test_group_scene_gives_way_to_a_fact() -> None:
    """The village's green shade and laughing tourists give way to how the village lives on tourism."""
    bullets = _bullets("_L74")
    assert not any("绿树掩映" in b for b in bullets)
    assert any("让村民吃上旅游饭" in b for b in bullets)


def test_scene_with_nothing_near_leaves_a_group_of_three() -> None:
    bullets = _bullets("_L684")
    assert not any("轰鸣声" in b for b in bullets)


def test_news_told_with_colour_stays() -> None:
    """The shrine reopening "缓缓" is the news; a worker's picture at work is a profile's point."""
    assert any("再次缓缓开启" in b for b in _bullets("_L1332"))
    assert any("正手持" in b for b in _bullets("_L713"))
