"""zh_overview_runs: a Chinese news overview point that is the sentence right after a theme group's
bullet (across a passage cut) goes down to that group, though the group shows five bullets with it:
on text written for these tests and on zh-news articles."""

from __future__ import annotations

from citebrief.engines.scored import Draft
from citebrief.engines.zh_overview_runs import overview_runs_given
from conftest import shared_groups
from scored_builder import zh_scored

# a city's greening meeting (the overview's subject), then an expert's two proposals on wetlands
_GREENING = [
    ["市政府召开会议部署城市绿化工作。", "会议要求各区加快推进公园建设。"],
    ["专家认为，湿地保护需要长期监测。", "专家还建议建立湿地保护监测网络。"],
    ["各区将组织志愿者参与植树活动。"],
]


def _runs(overview: list[int], group: list[int]) -> list[list[int]]:
    lead = Draft(None, overview)
    lead.title = "城市绿化"
    return [draft.picked for draft in overview_runs_given(zh_scored(_GREENING), [lead, Draft(1, group)])]


def test_a_point_right_after_a_groups_bullet_joins_that_group() -> None:
    assert _runs([0, 1, 3], [2, 4]) == [[0, 1], [2, 3, 4]]  # the second proposal closes the first's group


def test_a_point_after_no_bullet_of_the_group_or_the_overview_at_its_least_stays() -> None:
    assert _runs([0, 1, 3], [4]) == [[0, 1, 3], [4]]  # the sentence before it is no bullet of the group
    assert _runs([0, 3], [2, 4]) == [[0, 3], [2, 4]]  # the overview keeps MIN_OVERVIEW points


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


# a city's flood meeting (the overview's subject), then the forecast, one sentence cut at its "；"
_FORECAST = [
    ["市政府召开会议部署防汛工作。", "会议要求各区做好防汛准备。"],
    [
        "气象台预报，明天全市多云转阵雨，气温18℃至26℃；",
        "山区多云转小雨，气温12℃至20℃。",
        "后天全市阵雨转多云，气温19℃至27℃。",
    ],
]


def _forecast_runs(overview: list[int], group: list[int]) -> list[list[int]]:
    lead = Draft(None, overview)
    lead.title = "防汛工作"
    return [draft.picked for draft in overview_runs_given(zh_scored(_FORECAST), [lead, Draft(1, group)])]


def test_the_rest_of_a_bullets_sentence_joins_it_figure_or_not() -> None:
    """The clause after a theme bullet's "；" is that bullet's sentence, not an overview point: it goes
    down though it states a figure and shares a word or less with the group."""
    assert _forecast_runs([0, 1, 3], [2, 4]) == [[0, 1], [2, 3, 4]]


def test_a_figure_after_a_full_stop_stays() -> None:
    """A figure right after a bullet that ends its sentence stays an overview point."""
    assert _forecast_runs([0, 1, 4], [2, 3]) == [[0, 1, 4], [2, 3]]
