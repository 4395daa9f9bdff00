"""zh_overview_runs: a Chinese news overview point that is the sentence right after a theme group's
bullet (across a passage cut) goes down to that group, though the group shows five bullets with it."""

from __future__ import annotations

from conftest import shared_groups


def test_speakers_last_proposal_closes_his_group() -> None:
    """zh-news 121 (s51a): the article's last sentence, 赵新全's last proposal right after "赵新全提出，
    ……大数据平台", sat in the overview cut from its thread; it closes his group, whose quotation and its
    speaker's line show as one bullet (four picked sentences shown as four bullets, the point a fifth)."""
    groups = shared_groups("zh-news.jsonl", 121)
    point = "通过统筹全国科技力量组建生态监测"
    assert not any(b.startswith(point) for b in groups[0])
    home = next(group for group in groups[1:] if any(b.startswith(point) for b in group))
    assert home[-1].startswith(point) and any(b.startswith("赵新全提出") for b in home)
    assert len(home) == 5
    assert any(b.startswith("15日至16日") for b in groups[0])  # the forum, the news, stays


def test_a_figure_stays_in_the_overview() -> None:
    """zh-news 149: the county's drought money ("累计投入抗旱资金95.5万元") right after the warning group's
    bullet is a running total: the overview keeps it, as `zh_overview_themes` keeps figures."""
    overview = shared_groups("zh-news.jsonl", 149)[0]
    assert any("阿克塞县累计投入抗旱资金95.5万元" in b for b in overview)
