"""A brief that cites none of the article's shares gets its central one in the overview
(engines/zh_overview_share.py)."""

from __future__ import annotations

import numpy as np

from citebrief.engines.extractive import draft_extractive
from citebrief.engines.scored import Draft
from citebrief.engines.sparse import SparseRows
from citebrief.engines.zh_overview_share import gives_share, share_up
from citebrief.ingest import document_from_text
from conftest import shared_article

TEXTS = [
    "司法部将建立健全律师行业对口帮扶机制。",
    "西部律师队伍达到15.3万人。",
    "但从总体看，西部地区律师人数仅占全国律师总数的22.7%。",
    "对此，司法部印发方案。",
    "对口帮扶工作将实施千名青年律师培养工程。",
    "广告：打包成本直降30%。",
]
# words: 律师, 西部, 帮扶, 方案, 打包
VECTORS = SparseRows.from_dense(
    np.array(
        [[1, 0, 1, 0, 0], [1, 1, 0, 0, 0], [1, 1, 0, 0, 0], [0, 0, 0, 1, 0], [1, 0, 1, 0, 0], [0, 0, 0, 0, 1]],
        dtype=float,
    )
)


def _drafts() -> list[Draft]:
    return [Draft(None, [0, 1, 3]), Draft(0, [4])]


def test_a_share_is_a_percentage() -> None:
    assert gives_share("80％以上的跌落相关伤害发生在家中")
    assert gives_share("重刑率达20.96%")
    assert gives_share("占百分之六十")
    assert not gives_share("西部律师队伍达到15.3万人")


def test_the_central_share_joins_the_overview_in_reading_order() -> None:
    drafts = share_up(_drafts(), TEXTS, VECTORS)
    assert drafts[0].picked == [0, 1, 2, 3]  # not the advert's 30%, which shares no word
    assert drafts[1].picked == [4]


def test_the_brief_stays_where_a_bullet_gives_a_share_or_the_overview_is_full() -> None:
    cited = _drafts()
    cited[1].picked = [2, 4]
    assert share_up(cited, TEXTS, VECTORS)[0].picked == [0, 1, 3]
    full = _drafts()
    full[0].picked = [0, 1, 3, 4]
    full[1].picked = []
    assert share_up(full, TEXTS, VECTORS)[0].picked == [0, 1, 3, 4]
    advert_only = [*TEXTS[:2], "西部地区律师人数较少。", *TEXTS[3:]]
    assert share_up(_drafts(), advert_only, VECTORS)[0].picked == [0, 1, 3]  # the advert's share: near nothing


def test_a_falls_feature_cites_its_at_home_share() -> None:
    brief = draft_extractive(document_from_text(shared_article("zh-clts.jsonl", 4), origin="x", kind="text"))
    assert any("80％" in point.text for point in brief.groups[0].points)
