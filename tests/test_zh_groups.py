"""How many groups a Chinese block gets: a feature or essay that came as one block asks for at
most five themes besides the overview however long it runs (its passages are the tool's cuts,
not the writer's paragraphs), and a roundup's item count reads the longest numbered series where
the numbers start again."""

from __future__ import annotations

import numpy as np

from citebrief.engines.extractive import draft_extractive
from citebrief.engines.runs import (
    MAX_ZH_PASSAGE_THEMES,
    _longest_series,
    feature_themes,
    labelled_items,
    opens_labelled_item,
)
from citebrief.ingest import document_from_text
from conftest import shared_article


def test_numbers_that_start_again_count_the_longer_list() -> None:
    texts = ["（二）甲", "（三）乙", "正文", "（四）丙", "（二）丁", "（三）戊", "（四）己", "（五）庚", "（六）辛"]
    openers = np.array([t != "正文" for t in texts])
    assert _longest_series(openers, texts) == 5
    one_list = ["1.甲", "2.乙", "3.丙", "4.丁"]
    assert _longest_series(np.ones(4, dtype=bool), one_list) == 4


def _block(sentences: int) -> str:
    return "".join(f"第{k}个话题的内容涉及城市建设与民生保障的第{k}项安排。" for k in range(sentences))


def test_a_long_chinese_block_keeps_at_most_six_groups() -> None:
    block = document_from_text(_block(90), origin="block", kind="text")
    assert any(s.passage for s in block.segments)
    assert feature_themes(block, 7) == MAX_ZH_PASSAGE_THEMES
    assert feature_themes(block, 3) == 3
    paragraphs = document_from_text("\n\n".join(_block(3) for _ in range(24)), origin="paras", kind="text")
    assert not any(s.passage for s in paragraphs.segments)
    assert feature_themes(paragraphs, 7) == 7  # the writer's own paragraphs: as many as they ask
    council = " ".join(["The city council met again on Monday night."] * 90)
    english = document_from_text(council, origin="en", kind="text")
    assert feature_themes(english, 7) == 7


def test_the_pension_essay_keeps_at_most_seven_groups() -> None:
    article = shared_article("zh-clts.jsonl", 9)
    groups = draft_extractive(document_from_text(article, origin="clts-9", kind="text")).groups
    # eight groups before the cap; the cap's five themes and the overview, and one run more that
    # the run cutter opens at one of the essay's own （一）…（六） headings (cut since from the
    # sentences they were glued to): its 供养比 group, a point readers asked for, so it stays
    assert len(groups) <= MAX_ZH_PASSAGE_THEMES + 2
    assert any("供养比" in point.text for group in groups for point in group.points)


HAZARDS = [
    "常见跌落危险因素及预防办法：1.窗户和阳台潜在危险：与其他情况的跌落相比，儿童更容易受到严重伤害。",
    "窗户和阳台没有相应的安全防护措施。",
    "预防办法：给窗户或阳台安装防护装置，例如安全护栏、窗止等。",
    "2.楼梯和地面潜在危险：孩子在外面玩耍或者家里有楼梯，容易从楼梯上滚落或者跌落。",
    "地面物品杂乱或者地面湿滑时，孩子很容易被绊倒或者滑倒。",
    "预防办法：如果家中有楼梯，要在楼梯的顶部和底部安装安全门。",
]


def test_a_numbered_item_with_its_heading_opens_a_part_however_long() -> None:
    assert opens_labelled_item(HAZARDS[0]) and opens_labelled_item(HAZARDS[3])
    assert not opens_labelled_item(HAZARDS[2])  # a label without a number is the item's own sub-part
    assert not opens_labelled_item("2.严重违法违纪，在社会上造成恶劣影响的；")
    assert labelled_items(HAZARDS).tolist() == [True, False, False, True, False, False]
    # a notice's stations, a sentence each, are no list of parts
    stations = [
        "地铁延时运营措施如下：一、朝阳站：14号线末班车延长运营60分钟。",
        "二、北京南站：4号线末班车延长运营60分钟。",
    ]
    assert not labelled_items([*stations, "据悉，各车站加强巡视巡查。"]).any()


def test_a_features_numbered_hazards_are_a_group_each() -> None:
    """zh-clts clts_sample_5: five hazards, each with its risks and what to do; before, two were
    read as one run ("家具" over the playground's advice) and the window's advice sat under the stairs."""
    article = shared_article("zh-clts.jsonl", 4)
    groups = draft_extractive(document_from_text(article, origin="clts-4", kind="text")).groups
    hazards = ("窗户和阳台", "楼梯和地面", "家具", "游乐场设备", "日常活动")
    for hazard in hazards:
        (group,) = [g for g in groups if g.title == f"{hazard}潜在危险"]
        others = [h for h in hazards if h != hazard]
        assert not any(p.text.startswith(f"{h}潜在危险") for p in group.points for h in others)
