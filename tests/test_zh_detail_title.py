"""A Chinese news group titled by one bullet's measure of a thing is titled by the thing
(`zh_detail_title`); one titled by the suspects, by the operation a bullet names
(`zh_operation_title`)."""

from __future__ import annotations

from citebrief.text.zh_detail_title import measured_thing
from citebrief.text.zh_operation_title import operation_title
from conftest import shared_group_titles

RECEPTION = [
    "招待会气氛热烈友好，现场还通过电子屏幕滚动播放视频。",
    "来宾赞赏中国军队为维护世界和平所做出的积极贡献。",
]
HALL = [
    "一层展厅层高7.5米，新馆将为文物的陈列展示提供更多样化的展现空间。",
    "明星文物在新馆首发亮相。",
]


def test_a_measure_one_bullet_says_gives_way_to_the_thing_measured() -> None:
    assert measured_thing("招待会气氛", RECEPTION, RECEPTION, set()) == "招待会"


def test_a_measure_most_bullets_say_is_the_groups_figure() -> None:
    both = [RECEPTION[0], "招待会气氛热烈，来宾纷纷致辞。"]
    assert measured_thing("招待会气氛", both, both, set()) == "招待会气氛"


def test_a_thing_too_short_or_already_a_title_keeps_the_measure() -> None:
    assert measured_thing("展厅层高", HALL, HALL, set()) == "展厅层高"  # "展厅" says too little
    assert measured_thing("招待会气氛", RECEPTION, RECEPTION, {"招待会"}) == "招待会气氛"


def test_a_measure_of_a_place_and_a_clause_stays() -> None:
    flood = ["强降雨让涿州水淹面积一度达到城区的60%。", "学校就开始为安置点的孩子们开课。"]
    assert measured_thing("涿州水淹面积", flood, flood, set()) == "涿州水淹面积"


RAID = [
    "株洲市公安局出动警力86人展开收网抓捕行动。",
    "六地11个抓捕小组同时行动，抓获11名主要犯罪嫌疑人。",
]


def test_the_suspects_give_way_to_the_operation_a_bullet_names() -> None:
    assert operation_title("犯罪嫌疑人", RAID, RAID, set()) == "抓捕行动"


def test_suspects_without_an_operation_stay() -> None:
    arrests = ["警方锁定余某为该案件的犯罪嫌疑人。", "警方成功将犯罪嫌疑人余某抓获。"]
    assert operation_title("犯罪嫌疑人", arrests, arrests, set()) == "犯罪嫌疑人"
    assert operation_title("采砂团伙", RAID, RAID, set()) == "采砂团伙"  # not the suspects


def test_news_groups_are_titled_by_the_thing_and_the_operation() -> None:
    assert "海峡两岸故事" in shared_group_titles("zh-news.jsonl", 74)  # not 海峡两岸故事背景
    assert "犯罪嫌疑人" not in shared_group_titles("zh-news.jsonl", 23)
