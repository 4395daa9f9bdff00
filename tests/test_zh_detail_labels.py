"""A bullet opening on a "具体X：" label loses it (`text.zh_detail_labels`): the label points from the
sentence before to the details, and the details after it stand whole."""

from __future__ import annotations

from citebrief.engines.extractive import draft_extractive
from citebrief.ingest import document_from_text
from citebrief.text.zh_detail_labels import without_detail_label
from conftest import shared_article


def test_a_details_label_goes() -> None:
    assert without_detail_label("具体表现在：园区金融方面，贷款增长。") == "园区金融方面，贷款增长。"
    assert without_detail_label("具体预报为：15日多云到晴。") == "15日多云到晴。"


def test_other_openings_stay() -> None:
    for kept in ("春节：2月4日至10日放假调休。", "具体来看，贷款增长。", "具体：多云。", "具体指标：。"):
        assert without_detail_label(kept) == kept
    assert without_detail_label("具体指标：多云。", "en") == "具体指标：多云。"  # Chinese only


def test_the_vocational_plan_target_reads_without_its_label() -> None:
    # 国发〔2019〕4号 (record 26): "具体指标：到2022年，职业院校教学条件基本达标，……"
    document = document_from_text(shared_article("zh-policy.jsonl", 26), origin="zh-policy-26", kind="text")
    bullets = [p.text for g in draft_extractive(document).groups for p in g.points]
    assert any(b.startswith("到2022年，职业院校教学条件基本达标") for b in bullets), bullets
    assert not any(b.startswith("具体指标：") for b in bullets)


def test_a_label_over_a_run_of_items_stays() -> None:
    first_item = "具体预报为：15日白天到夜间多云，气温19℃至38℃"  # its run goes on after a "；"
    assert without_detail_label(first_item) == first_item
    # zh-news L1261 (record 35): without the label the brief cut the run in two, the second with no date
    document = document_from_text(shared_article("zh-news.jsonl", 35), origin="zh-news-35", kind="text")
    bullets = [p.text for g in draft_extractive(document).groups for p in g.points]
    assert any(b.startswith("具体预报为：15日白天到夜间") for b in bullets), bullets
    assert not any(b.startswith("中心城区多云间晴") for b in bullets), bullets
