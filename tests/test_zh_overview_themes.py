"""zh_overview_themes: a Chinese news overview point that opens or goes on a theme group's run goes
down to that group; a point with a figure stays in the overview."""

from __future__ import annotations

from conftest import shared_group_titles, shared_groups


def test_theme_opening_goes_down() -> None:
    """zh-news 119: the festival's background opens the group on the Naadam, which is titled by it."""
    groups = shared_groups("zh-news.jsonl", 119)
    point = "那达慕大会是蒙古族历史悠久的传统节日，在蒙古族民众的生活中占有重要地位。"
    assert point not in groups[0]
    assert any(point in group and any("2006年，那达慕" in b for b in group) for group in groups[1:])
    assert "那达慕大会" in shared_group_titles("zh-news.jsonl", 119)


def test_title_bullet_stays_in_the_overview() -> None:
    """zh-news 182: "“马路生活”寻静谧……" is the only overview bullet on the narrow roads the overview
    is titled by ("马路生活"); moved down, it left that title over no road at all (blind read)."""
    groups = shared_groups("zh-news.jsonl", 182)
    assert any(b.startswith("“马路生活”") for b in groups[0])
    assert "马路生活" in shared_group_titles("zh-news.jsonl", 182)[0]


def test_figure_stays_in_the_overview() -> None:
    """zh-news 22: the rain total is the forecast's figure, not the transport office's theme."""
    overview = shared_groups("zh-news.jsonl", 22)[0]
    assert any("全市平均雨量可能达到250毫米" in b for b in overview)
