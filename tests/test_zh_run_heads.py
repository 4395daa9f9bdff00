"""A group quoting the later clauses of a "；" run, one saying "上述……", takes the run's first clause
before them (engines/zh_run_heads.py)."""

from __future__ import annotations

from conftest import shared_groups


def test_the_runs_first_clause_comes_in_before_its_later_ones() -> None:
    """zh-news 179 (session 46 readers): "……上述险情均无……，峨边县断道的公路已抢通" with the source
    and 峨边's road never said; the run's first clause now heads the group's three."""
    groups = shared_groups("zh-news.jsonl", 179)
    group = next(g for g in groups if any("上述险情均无车辆受损" in text for text in g))
    assert group[0].startswith("另据乐山市公路建设服务中心报告，此次强降雨已致乐山峨边县"), groups
    assert [text[:4] for text in group[1:3]] == ["峨眉山市", "马边县国"], groups
