"""A Chinese news group's one bullet that shares nothing with its group gives its place to a
sentence of its theme that does; one that states a figure, or whose best stand-in says a bullet
again, stays."""

from __future__ import annotations

from citebrief.engines.extractive import draft_extractive
from citebrief.engines.scored import Draft
from citebrief.engines.zh_loner_swaps import _loner, _stand_in
from citebrief.ingest import document_from_text
from citebrief.model import Brief
from conftest import shared_article


def _brief(index: int) -> Brief:
    """A zh-news article's brief as the blind readers read it (raw text)."""
    return draft_extractive(document_from_text(shared_article("zh-news.jsonl", index), origin="x", kind="text"))


def _texts(brief: Brief) -> list[list[str]]:
    return [[p.text for p in g.points] for g in brief.groups]


def test_the_storms_group_holds_the_experts_storm_warning_not_the_light_rain() -> None:
    # zh-news L116: "强对流天气" held the light rain over Qinghai beside two storm forecasts
    groups = _texts(_brief(60))
    storms = next(g for g in groups if any("强对流天气" in t for t in g))
    assert not any(t.startswith("今天，预计青海东南部、甘肃西南部仅有小雨") for g in groups for t in g)
    assert any(t.startswith("气象专家提醒") for t in storms)


def test_the_profit_share_group_holds_the_commodity_prices_not_the_outlook() -> None:
    # zh-news L456: "展望下半年，孟磊说，考虑到上述因素……" (which factors?) among the profit shares
    groups = _texts(_brief(4))
    assert not any(t.startswith("展望下半年") for g in groups for t in g)
    margins = next(g for g in groups if any("上游行业利润占比" in t for t in g))
    assert any(t.startswith("考虑到年初至今大宗商品价格") for t in margins)


def test_only_a_lone_stranger_of_three_is_a_loner() -> None:
    keys = dict(enumerate([frozenset({"渔港", "船主"}), frozenset({"渔港", "渔民"}), frozenset({"台铁局", "列车"})]))
    assert _loner([0, 1, 2], keys) == 2
    assert _loner([0, 2], keys) is None  # two stay as they are
    strangers = dict(enumerate([frozenset({"渔港"}), frozenset({"县府"}), frozenset({"列车"})]))
    assert _loner([0, 1, 2], strangers) is None  # no one bullet's fault


def test_a_stand_in_shares_with_two_bullets_and_repeats_neither() -> None:
    keys = dict(
        enumerate(
            [
                frozenset({"渔港", "船主", "沉船"}),
                frozenset({"渔港", "渔民", "补助"}),
                frozenset({"台铁局", "列车"}),  # the loner
                frozenset({"渔民", "船主", "损失", "台风", "堤防"}),  # shares with both, repeats neither
                frozenset({"渔港", "船主", "沉船"}),  # the first bullet again
            ]
        )
    )
    group = Draft(1, [0, 1, 2])
    assert _stand_in(2, group, [1] * 5, [3, 4], {0, 1, 2}, keys) == 3
    assert _stand_in(2, group, [1, 1, 1, 2, 1], [3, 4], {0, 1, 2}, keys) is None  # 3 is another theme's
