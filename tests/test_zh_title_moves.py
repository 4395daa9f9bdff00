"""A Chinese news overview's bullet that says a theme's title goes to that theme."""

from __future__ import annotations

from citebrief.engines.scored import Draft
from citebrief.engines.zh_title_moves import to_titled
from conftest import shared_groups, zh_news_brief

TEXTS = [
    "保定、邢台等市遭受洪涝灾害，全省受灾人口288.87万人。",  # 0: the lead
    "河北累计派出3917个工作组，转移避险160.74万人。",  # 1
    "河北动态调整防汛防台风应急响应。",  # 2
    "廊坊、衡水、保定3市保持Ⅰ级应急响应，沧州、邢台2市保持Ⅱ级应急响应。",  # 3
    "县级层面，37个县启动Ⅰ级应急响应，4个县启动Ⅱ级应急响应。",  # 4
    "河北省减灾委办公室争取中央救灾救助资金6000万元。",  # 5
    "中央救灾救助资金下拨保定、廊坊等8个市。",  # 6
]


def _drafts(overview: list[int], theme: list[int], title: str = "应急响应") -> list[Draft]:
    return [Draft(None, overview, "核心要点：洪涝灾害"), Draft(1, theme, title), Draft(2, [5, 6], "中央救灾救助资金")]


def test_the_response_levels_go_to_the_response_group() -> None:
    drafts = _drafts([0, 3, 1], [2, 4])
    to_titled(TEXTS, drafts)
    assert drafts[0].picked == [0, 1]
    assert drafts[1].picked == [2, 3, 4]  # in reading order
    assert drafts[2].picked == [5, 6]


def test_the_overview_keeps_two_bullets() -> None:
    drafts = _drafts([0, 3], [2, 4])
    to_titled(TEXTS, drafts)
    assert drafts[0].picked == [0, 3]


def test_a_title_one_bullet_of_three_says_takes_nothing() -> None:
    # session 50 let one bullet of the theme leave its title unsaid (two of three, three of four say
    # it); this still guards a theme whose title only one bullet says
    drafts = _drafts([0, 3, 1], [2, 5, 6])  # 资金 says no 应急响应
    to_titled(TEXTS, drafts)
    assert 3 in drafts[0].picked


def test_a_title_all_but_one_bullet_says_takes_the_bullet() -> None:
    drafts = _drafts([0, 3, 1], [2, 4, 5])  # 资金 says no 应急响应, the other two do
    to_titled(TEXTS, drafts)
    assert drafts[0].picked == [0, 1]
    assert drafts[1].picked == [2, 3, 4, 5]
    texts = [*TEXTS, "市级层面，8市启动应急响应。"]  # 7
    drafts = _drafts([0, 3, 1], [2, 4, 5, 7])  # four bullets, three say it: five after the move
    to_titled(texts, drafts)
    assert drafts[1].picked == [2, 3, 4, 5, 7]
    drafts = _drafts([0, 3, 1], [2, 4, 5, 6, 7])  # five bullets already: no room
    to_titled(texts, drafts)
    assert 3 in drafts[0].picked


def test_a_chips_makers_words_on_its_carrier_board_read_under_that_board() -> None:
    # zh-news 197: "贾志龙：“量子芯片载板是……”" sat in the overview above the group 芯片载板, whose first
    # bullet ("量子计算机具有……") sets the scene without the phrase
    overview, *themes = shared_groups("zh-news.jsonl", 197)
    assert not any("量子芯片载板是" in text for text in overview)
    assert any(any("量子芯片载板是" in text for text in group) for group in themes)


def test_a_bullet_far_from_the_run_stays() -> None:
    texts = [*TEXTS, "另有10个县发布应急响应。"]  # 7: after the funds, off the response run
    drafts = _drafts([0, 7, 1], [2, 4])
    to_titled(texts, drafts)
    assert 7 in drafts[0].picked


def test_the_lead_and_the_bullet_the_overview_is_titled_by_stay() -> None:
    drafts = _drafts([3, 0, 1], [2, 4])  # the response levels lead
    to_titled(TEXTS, drafts)
    assert drafts[0].picked == [3, 0, 1]
    texts = [*TEXTS[:3], "保定遭受洪涝灾害，3市保持Ⅰ级应急响应。", *TEXTS[4:]]  # the only bullet saying 洪涝灾害
    drafts = [Draft(None, [1, 3, 5], "核心要点：洪涝灾害"), Draft(1, [2, 4], "应急响应")]
    to_titled(texts, drafts)
    assert 3 in drafts[0].picked


def test_a_flood_reports_city_levels_are_read_under_its_response_group() -> None:
    # "both put the city-level response levels in the overview rather than in '应急响应'" (read 33b)
    overview, *themes = zh_news_brief("_L633").groups
    levels = "廊坊、衡水、保定3市保持Ⅰ级应急响应"
    assert not any(levels in p.text for p in overview.points)
    (response,) = [g for g in themes if g.title == "应急响应"]
    assert any(levels in p.text for p in response.points)


def test_an_act_and_aspect_title_takes_the_bullet_that_says_the_act() -> None:
    # zh-news 155: the group titled 通关效率 (`zh_act_aspect`) is about 通关, which the airport's
    # one-stop check in the overview says; one bullet saying 通关效率 would hold nothing
    texts = [
        "成都大运会迎来涉赛人员和物资入境高峰。",  # 0: the lead
        "当日单日入境涉赛人员超1000人。",  # 1
        "机场率先开展“一站式”监管模式，保障入境人员高效通关。",  # 2
        "现场智能通道升级成“双通道”模式，通关效率提升一倍。",  # 3
        "需要重新规划新线路，来保障此类物资顺利通关。",  # 4
    ]
    drafts = [Draft(None, [0, 1, 2], "核心要点：成都大运会"), Draft(1, [3, 4], "通关效率")]
    to_titled(texts, drafts)
    assert drafts[0].picked == [0, 1] and drafts[1].picked == [2, 3, 4]
    drafts = [Draft(None, [0, 1, 2], "核心要点：成都大运会"), Draft(1, [3, 4], "智能通道")]
    to_titled(texts, drafts)
    assert drafts[0].picked == [0, 1, 2]
