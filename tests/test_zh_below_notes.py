"""A bullet's "（…，下同）" note loses its "下同" (`text.zh_below_notes`): a bullet is read alone, so
"下同" and a short name that only ends the name before it are stray drafting notes there."""

from __future__ import annotations

from citebrief.engines.extractive import draft_extractive
from citebrief.ingest import document_from_text
from citebrief.text.zh_below_notes import without_below_note
from conftest import shared_article


def test_the_below_mark_goes_and_the_rest_of_the_bracket_stays() -> None:
    assert without_below_note("毛立(化名，下同)在轻松之余难掩激动。") == "毛立(化名)在轻松之余难掩激动。"
    assert without_below_note("落实到生产队（或其他单位，下同）。") == "落实到生产队（或其他单位）。"


def test_an_own_end_short_name_goes_with_it() -> None:
    text = "通过一致性评价（含新注册分类，简称一致性评价，下同）的仿制药"
    assert without_below_note(text) == "通过一致性评价（含新注册分类）的仿制药"
    assert without_below_note("通过领导小组（简称领导小组，下同）审定") == "通过领导小组审定"


def test_a_short_name_of_its_own_and_other_brackets_stay() -> None:
    kept = "某某煤业有限责任公司（简称杏煤公司，下同）"
    assert without_below_note(kept) == "某某煤业有限责任公司（简称杏煤公司）"
    assert without_below_note("毛立（化名）在场") == "毛立（化名）在场"  # no "下同"
    assert without_below_note("x (化名，下同)", "en") == "x (化名，下同)"  # Chinese only


def test_the_drug_purchase_plan_bullet_reads_without_its_note() -> None:
    # 国办发〔2019〕2号 (record 28): "……一致性评价（含按化学药品新注册分类批准上市，简称一致性评价，下同）的仿制药……"
    document = document_from_text(shared_article("zh-policy.jsonl", 28), origin="zh-policy-28", kind="text")
    bullets = [p.text for g in draft_extractive(document).groups for p in g.points]
    cities = next(b for b in bullets if b.startswith("选择北京、天津、上海"))
    assert "一致性评价（含按化学药品新注册分类批准上市）的仿制药" in cities, cities
    assert "下同" not in cities
