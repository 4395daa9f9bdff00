"""A Chinese news overview point that opens the next theme group's topic goes to that group; one
on the reported event itself stays (engines/zh_opening_points.py, called from
engines/final_groups.py), read on zh-news articles."""

from __future__ import annotations

from citebrief.engines.scored import Draft
from citebrief.engines.zh_opening_points import opening_word
from conftest import group_opening, shared_groups


def _groups(index: int) -> list[list[str]]:
    return shared_groups("zh-news.jsonl", index)


def test_the_power_projects_point_opens_the_power_sources_group() -> None:
    # "……全力抓好重大电力项目投产工作" sat last in the overview just above the group on the
    # power sources put into service (投产 in three of its bullets)
    groups = _groups(21)
    sources = group_opening(groups, "据统计，截至今年6月底，全国累计发电装机容量")
    assert sources[0].startswith("适度超前优化电力供应布局"), groups
    assert not any(text.startswith("适度超前") for text in groups[0]), groups
    assert len(groups[0]) >= 2, groups


def test_the_speakers_point_comes_before_his_next_words() -> None:
    # "陈存根表示，……服务社区……" now comes before "他提出，要充分利用社会工作扎根社区……"
    groups = _groups(14)
    speech = group_opening(groups, "他提出")
    assert speech[0].startswith("陈存根表示，广大社会工作者"), groups
    assert speech[1].startswith("他提出"), groups


def test_a_point_on_the_reported_event_stays_in_the_overview() -> None:
    # "本次完工的三座平台……高压注气……" is the news itself though the group says 注气 after it
    groups = _groups(169)
    assert any(text.startswith("本次完工的三座平台") for text in groups[0]), groups


def test_the_shared_word_must_be_rare_and_the_overviews_alone() -> None:
    texts = [
        "杭州动物园大熊猫将与游客见面。",
        "大熊猫馆将实行预约制参观。",
        "每天预约名额限5000人。",
        "预约成功后，游客可前往参观。",
    ]
    overview, group = Draft(None, [0, 1]), Draft(1, [2, 3])
    assert opening_word(texts, 1, overview, group) == "预约"
    texts[0] = "杭州动物园大熊猫馆实行预约制，将与游客见面。"  # the lead says it too
    assert opening_word(texts, 1, overview, group) is None


def test_a_counted_item_joins_the_items_after_it() -> None:
    # "二是促消费扩投资……" sat in the overview above the group of "三是……" and "四是……"
    groups = _groups(186)
    tasks = group_opening(groups, "支持实体经济发展，加快现代化产业体系建设")
    assert tasks[0].startswith("促消费扩投资，促进大宗消费"), groups
    assert not any(text.startswith("促消费扩投资，") for text in groups[0]), groups
    assert len(groups[0]) >= 2, groups
