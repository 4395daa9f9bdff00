"""engines/zh_figure_followers.py: the sentence right after a headline figure that
`zh_overview_figure` takes up, giving a figure for the same period, follows it into the overview;
a sentence of another period, or one with no figure, stays."""

from __future__ import annotations

from citebrief.engines.zh_figure_followers import same_period_figures
from conftest import shared_groups


def test_the_install_share_follows_the_revenue_into_the_key_points() -> None:
    # zh-news 173: "2022年，中国机器人产业营业收入超过1700亿元" went up to the overview while the next
    # sentence, the same year's install share, stayed among the quadruped robots (readers named it)
    groups = shared_groups("zh-news.jsonl", 173)
    assert any("营业收入超过1700亿元" in t for t in groups[0])
    assert any("装机量占全球比重超过50%" in t for t in groups[0])
    assert all(len(g) >= 2 for g in groups[1:])


def test_one_period_with_two_figures_is_one_account() -> None:
    assert same_period_figures(
        "2022年，中国机器人产业营业收入超过1700亿元。",
        "机器人市场应用加速拓展，2022年，工业机器人装机量占全球比重超过50%。",
    )
    assert same_period_figures("上半年，全国规模以上电厂发电量4.17万亿千瓦时。", "上半年，风电发电量同比增长21.2%。")


def test_another_period_or_no_figure_is_not() -> None:
    assert not same_period_figures("2022年，营业收入超过1700亿元。", "2021年，装机量占全球比重超过40%。")
    assert not same_period_figures("2022年，营业收入超过1700亿元。", "2022年，相关部门将深入推进应用行动。")
    assert not same_period_figures("营业收入超过1700亿元。", "装机量占全球比重超过50%。")


def test_the_half_year_growth_follows_the_half_year_total_into_the_key_points() -> None:
    # zh-news 136: "上半年，我国社会消费品零售总额实现22.75万亿元" went up to the overview while the same
    # half's catering and tourism growth, told two paragraphs earlier, stayed beside the electronics
    # measures under the title "电子产品消费": two threads under one title
    groups = shared_groups("zh-news.jsonl", 136)
    overview = " ".join(groups[0])
    assert "22.75万亿元" in overview
    assert "餐饮收入同比增长21.4%" in overview
    assert overview.index("餐饮收入") < overview.index("22.75万亿元")  # in reading order
    assert all("为促进电子产品消费" in t for t in groups[1])
    assert len(groups[0]) <= 4


def test_a_year_alone_or_a_date_is_no_shared_term() -> None:
    # zh-news 106: the verdict's "1995年至2022年3月" does not take up the "2022年9月" expulsion
    groups = shared_groups("zh-news.jsonl", 106)
    assert not any("开除党籍和公职" in t for t in groups[0])
