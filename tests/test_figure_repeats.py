"""engines/figure_repeats.py on shared articles: a figure said twice in one role gives way once;
a figure that is an aside of a bullet with its own point, or a policy's parallel items, stay."""

from __future__ import annotations

from citebrief.engines.extractive import draft_extractive
from citebrief.engines.figure_repeats import figure_led, same_role
from citebrief.ingest import document_from_text
from citebrief.model import Brief
from conftest import load_records, shared_article


def _brief(name: str, index: int) -> Brief:
    return draft_extractive(
        document_from_text(shared_article(f"{name}.jsonl", index), origin=f"{name}-{index}", kind="text")
    )


def _bullets(brief: Brief) -> list[str]:
    return [point.text for group in brief.groups for point in group.points]


def _index(name: str, record_id: str) -> int:
    return next(i for i, r in enumerate(load_records(f"{name}.jsonl")) if str(r["id"]).endswith(record_id))


def test_the_eps_growth_is_said_once() -> None:
    bullets = _bullets(_brief("zh-news", _index("zh-news", "_L456")))
    assert sum("10%" in text for text in bullets) == 1
    assert any("沪深300指数EPS增长约10%" in text for text in bullets)  # the overview's stays


def test_the_homes_fund_is_said_once_in_english() -> None:
    bullets = _bullets(_brief("en-cnndm", _index("en-cnndm", "9fbe37310952a1601f36004806879e7bb8e70e38")))
    assert sum("125,000" in text for text in bullets) == 1
    assert any("Announcing a £5 billion Future Homes Fund" in text for text in bullets)


def test_a_figure_beside_a_point_of_its_own_stays() -> None:
    bullets = _bullets(_brief("zh-news", _index("zh-news", "_L92")))
    assert any("解除防汛一级应急响应" in text for text in bullets)
    assert not figure_led(
        "随着本轮降雨过程结束，14日，吉林省舒兰市解除防汛一级应急响应，舒兰市62处安置点内群众陆续返回家中。",
        {"number:62:处"},
        "zh",
    )


def test_a_policy_keeps_its_parallel_items() -> None:
    index = next(i for i, r in enumerate(load_records("zh-policy.jsonl")) if str(r["id"]) == "govcn_5346276")
    bullets = _bullets(_brief("zh-policy", index))
    assert any(text.startswith("春节：") for text in bullets)
    assert any(text.startswith("国庆节：") for text in bullets)


def test_the_same_role_needs_a_word_beside_the_figure() -> None:
    keys = {"percent:10"}
    assert same_role("该机构预计，今年A股指数EPS增长约10%。", "该机构预测，整体A股每股盈利增长在10%左右。", "zh", keys)
    assert not same_role("该机构预计，今年A股指数EPS增长约10%。", "该机构预计，今年房价下跌10%。", "zh", keys)


def test_a_theme_quote_repeating_the_overview_figure_gives_way() -> None:
    bullets = _bullets(_brief("en-cnndm", _index("en-cnndm", "914e001df9f064d588f1ec6bb55b747176a7b746")))
    assert sum("$500" in text for text in bullets) == 1
    assert any(text.startswith("A man who won $500") for text in bullets)  # the overview's stays
