"""A Chinese news overview's late bystander quote, told inside one theme's run, goes down to that theme."""

from __future__ import annotations

import numpy as np
import pytest

from citebrief.engines.scored import Draft
from citebrief.engines.sparse import SparseRows
from citebrief.engines.zh_overview_details import details_down
from citebrief.engines.zh_witness_details import witness, witness_inside
from conftest import zh_news_brief


def test_the_fishermans_words_join_the_sunk_boats_group() -> None:
    # zh-news 176: "王姓渔民说……" sat in the overview; "另一沉船船主说……" below had no first owner
    overview, *themes = zh_news_brief("_L1520").groups
    assert not any(p.text.startswith("王姓渔民说") for p in overview.points)
    home = next(g for g in themes if any(p.text.startswith("另一沉船船主说") for p in g.points))
    texts = [p.text for p in home.points]
    quote = next(n for n, t in enumerate(texts) if t.startswith("王姓渔民说"))
    assert texts[quote + 1].startswith("另一沉船船主说")
    assert len(overview.points) == 2
    assert overview.points[0].text.startswith("综合台湾媒体报道")


@pytest.mark.parametrize(
    "sentence",
    [
        "王姓渔民说，有可能是船体碰撞浸水。",
        "另一沉船船主说，昨天巡视还好好的。",
        "山坡中心村经营户高燕回忆，2017年刚来村上的时候。",
        "家住附近的居民张先生告诉记者，水已经退了。",
        "一位游客感慨：“这里的变化太大了。”",
        "市民李女士说，现在出门方便多了。",
        "村民老王坦言，以前种地靠天吃饭。",
    ],
)
def test_a_bystanders_words(sentence: str) -> None:
    assert witness(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "县府表示，会协助渔民灾损补助。",  # a body's statement
        "村党支部书记对村民说，要做好防汛准备。",  # one spoken to, not the speaker
        "警方表示，目前，刘某等108名犯罪嫌疑人已被采取刑事强制措施。",
        "渔民损失惨重。",  # about fishermen, not their words
        "通报说，各级纪检监察机关要立足职责定位。",
    ],
)
def test_not_a_bystanders_words(sentence: str) -> None:
    assert not witness(sentence)


# sentences 0-1 the lead (paragraph 1); 2 a theme's opener (paragraph 2); 3 a fisherman's words the
# overview took (paragraph 3); 4 the theme's next bullet (paragraph 3); 5 a later theme (paragraph 4)
TEXTS = [
    "台风登陆。",
    "两艘渔船沉没。",
    "县府表示，会协助渔民。",
    "王姓渔民说，船沉了。",
    "另一船主说，不知道怎么办。",
    "港口停航。",
]
PARAGRAPHS = [1, 1, 2, 3, 3, 4]
# the quote shares no term with its theme, and a little with the lead: never plainly the theme's
VECTORS = SparseRows.from_dense(
    np.array([[1, 0, 0], [1, 0.2, 0], [0, 1, 0], [0.3, 0, 0], [0, 1, 0.1], [0, 0, 1]], dtype=np.float64)
)


def test_without_a_refill_the_quote_goes_down_inside_its_run() -> None:
    drafts = [Draft(None, [0, 1, 3]), Draft(1, [2, 4]), Draft(2, [5])]
    settled = details_down(drafts, VECTORS, (TEXTS, PARAGRAPHS), "", lambda taken, start: None)
    assert [d.picked for d in settled] == [[0, 1], [2, 3, 4], [5]]


def test_what_keeps_the_quote_in_the_overview() -> None:
    assert witness_inside(TEXTS, PARAGRAPHS, 3, [0, 1, 3], [2, 4])
    # the overview would keep one point only
    assert not witness_inside(TEXTS, PARAGRAPHS, 3, [0, 3], [2, 4])
    # an overview point from the quote's paragraph or later: the overview is not the lead's alone
    assert not witness_inside(TEXTS, [1, 3, 2, 3, 3, 4], 3, [0, 1, 3], [2, 4])
    # the quote is the theme's last (not inside its run), or shares no paragraph with it
    assert not witness_inside(TEXTS, PARAGRAPHS, 3, [0, 1, 3], [2])
    assert not witness_inside(TEXTS, [1, 1, 2, 3, 4, 4], 3, [0, 1, 3], [2, 4])
    # the theme is full
    assert not witness_inside(TEXTS, PARAGRAPHS, 3, [0, 1, 3], [2, 2, 2, 4])
    # an official's statement, not a bystander's words
    official = [*TEXTS[:3], "县长说，船沉了。", *TEXTS[4:]]
    assert not witness_inside(official, PARAGRAPHS, 3, [0, 1, 3], [2, 4])
