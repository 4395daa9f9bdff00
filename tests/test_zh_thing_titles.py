"""A Chinese news group is titled by a thing its bullets are about, not by who acted or where
(an office, a police station, a district), nor by a piece of a longer name ("全国医药" of
全国医药领域, "兴山县电信" of 兴山县电信部门, "卫生" of 卫生健康委): round 2 of issue 9."""

from __future__ import annotations

import pytest

from citebrief.text.chunks import Chunk
from citebrief.text.zh_fragments import zh_fragment as _zh_fragment
from citebrief.text.zh_poor_titles import poor_zh_title
from citebrief.text.zh_shared import front_only, office, things_only, where, within
from conftest import shared_group_titles


@pytest.mark.parametrize(
    ("index", "title", "not_title"),
    [
        # the rail lines held, not the station (the girl's call went with its group, whose 11-calls
        # total is the overview's now: zh_overview_moves)
        (131, "京沪高铁", "北京南站派出所"),
        (15, "犯罪嫌疑人", "黄浦警方"),  # the suspects caught, not the police who caught them
        # the old town's growth, not the district's name; whole since zh_title_overview_front gave back
        # the overview's word the growth was cut off ("城区高质量发展" before)
        (51, "历史城区高质量发展", "青岛市市南区"),
    ],
)
def test_news_groups_are_titled_by_a_thing_not_an_office_or_a_place(index: int, title: str, not_title: str) -> None:
    titles = shared_group_titles("zh-news.jsonl", index)
    assert title in titles and not_title not in titles


def test_a_piece_of_a_longer_name_titles_no_group() -> None:
    # "全国医药" of 全国医药领域 (zh-news 111); what titles the group instead is a later step's
    # ("医药领域腐败问题": zh_overview_most_said, pinned in test_zh_overview_most_said.py), so this
    # case guards only the piece left out (s50w, review #18)
    assert "全国医药" not in shared_group_titles("zh-news.jsonl", 111)


def test_offices_places_and_pieces_of_an_office_are_left_out() -> None:
    bullets = [
        "兴山县电信部门奔赴受灾一线，紧急查看受损情况，并进行实际抢修，以便尽快恢复通信。",
        "截至10日中午11时，咸水村部分居民点已恢复供电和网络通信，咸水村花坪桥路段道路恢复通行。",
    ]
    words = {
        "兴山县电信部门": ("兴山县", "电信", "部门"),
        "兴山县电信": ("兴山县", "电信"),
        "兴山县": ("兴山县",),
        "恢复通行": ("恢复", "通行"),
    }
    chunks = {t: Chunk(t, w, "np", False) for t, w in words.items()}
    ranked = [(3.0, "兴山县电信部门"), (2.5, "兴山县电信"), (2.0, "兴山县"), (1.0, "恢复通行")]
    assert things_only(ranked, chunks, bullets) == [(1.0, "恢复通行")]
    assert office(("北京南站", "派出所")) and office(("黄浦", "警方")) and not office(("农田", "全部"))
    assert within("公安", [[(0, 6)]], ["公安交管部门查获一辆超员面包车。"])
    assert not within("图片", [[(7, 11)]], ["涉事图片授权给图片公司。"])
    assert where("迪庆州", ["迪庆州藏医院始建于1987年。"])


def test_a_word_said_only_before_a_noun_is_a_piece() -> None:
    health = ["国家卫生健康委表示，医药领域行业风气持续向好。", "范围覆盖社区医院、三甲医院以及卫生系统官员。"]
    assert front_only("卫生", health)
    assert not front_only("面积", ["榆树市以玉米种植为主，大豆种植面积较少"])


def test_a_field_or_a_council_closes_a_name() -> None:
    assert _zh_fragment("全国医药", "部署开展为期一年的全国医药领域腐败问题集中整治工作")
    assert _zh_fragment("全国社保", "而全国社保基金理事会的年平均投资收益率则在8%以上")
    assert not _zh_fragment("医药反腐", "一场医药反腐风暴逐渐席卷医药行业")


def test_everyone_and_verb_tails_name_nothing() -> None:
    assert poor_zh_title("大家") and poor_zh_title("部门保持一致") and poor_zh_title("图片公司无权")
    assert poor_zh_title("防汛抗旱指挥部有关成员") and poor_zh_title("叠加湿度")
    assert not poor_zh_title("反腐风暴")
