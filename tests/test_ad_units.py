"""Ad units scraped into a news text ("广告 <its line> ×", × the unit's close button) are no part
of the article: five zh-news articles carry them, and four briefs quoted one as a bullet."""

from __future__ import annotations

import pytest

from citebrief.engines.extractive import draft_extractive
from citebrief.ingest import document_from_text
from citebrief.segment import clean_paragraphs
from conftest import shared_article


def test_ad_units_leave_the_paragraph_and_its_sentences_stay() -> None:
    text = "防范山洪。广告 能免费发布信息的网站都有哪些啊? ×广告 打包带成本直降30%! ×这是7月20日拍摄的展位。"
    assert clean_paragraphs([text]) == ["防范山洪。这是7月20日拍摄的展位。"]


def test_a_unit_parted_from_its_close_button_by_a_cut_goes_too() -> None:
    cut = ["转移。广告 打包带成本直降30%!", "×最新数据显示，投资增长12.5%。"]
    assert clean_paragraphs(cut) == ["转移。", "最新数据显示，投资增长12.5%。"]


@pytest.mark.parametrize(
    "text",
    [
        "上海广告业已进入数字广告时代，广告业务收入954.2亿元。",
        "户外广告 牌尺寸为3×4米。",  # not after a sentence's end
        "其中广告 投放增长30%。",
    ],
)
def test_advertising_in_the_news_stays(text: str) -> None:
    assert clean_paragraphs([text]) == [text]


@pytest.mark.parametrize("index", [88, 90, 116, 156, 160])
def test_no_shared_brief_quotes_an_ad_unit(index: int) -> None:
    document = document_from_text(shared_article("zh-news.jsonl", index), origin=f"zh-news-{index}", kind="text")
    assert not any("广告 " in segment.text or "×" in segment.text for segment in document.segments)
    bullets = [point.text for group in draft_extractive(document).groups for point in group.points]
    assert bullets and not any("广告" in b or "×" in b for b in bullets)
