"""A Chinese quotation bullet carries its speaker's sentence across a passage cut, and the
brief says the two as one bullet."""

from __future__ import annotations

from citebrief.engines.extractive import draft_extractive
from citebrief.ingest import document_from_text
from citebrief.model import Brief
from conftest import shared_article


def _brief(index: int) -> Brief:
    document = document_from_text(shared_article("zh-news.jsonl", index), origin=f"zh-news-{index}", kind="text")
    return draft_extractive(document)


def test_a_quote_cut_from_its_speaker_by_a_passage_says_who_spoke() -> None:
    # zh-news 99 (_L684): "“挥手拜拜是飞机出港流程的最后一步……”" ended passage 2, its speaker
    # "航线机务康红强告诉记者，……" opened passage 3; the brief said them as two bullets (the bullet
    # says "说" for "告诉记者": `text/zh_reporter_asides`)
    points = [point for group in _brief(99).groups for point in group.points]
    quoted = [point for point in points if point.text.startswith("“挥手拜拜")]
    assert len(quoted) == 1
    assert "”航线机务康红强说，" in quoted[0].text and quoted[0].citations == [2, 3]
    assert not any(point.text.startswith("航线机务康红强") for point in points)


def test_a_quote_goes_to_its_speakers_group() -> None:
    # zh-news 185 (_L1258): the quote closed one group and "……相建德表示，……" opened the next
    groups = _brief(185).groups
    holding = [group for group in groups if any("相建德表示" in point.text for point in group.points)]
    assert len(holding) == 1
    bullet = next(point for point in holding[0].points if "相建德表示" in point.text)
    assert bullet.text.startswith("“彭阳县的森林覆盖率") and bullet.citations == [3, 4]
    assert not any(p.text.startswith("“彭阳县的森林覆盖率") for g in groups if g is not holding[0] for p in g.points)


def test_a_quote_in_the_speakers_paragraph_takes_the_sentence_after_it() -> None:
    # zh-news 86 (_L619): "“我和队友之间融合得非常不错……”" was a bullet of its own, "李凯尔说，……" the next
    points = [point for group in _brief(86).groups for point in group.points]
    quoted = [point for point in points if point.text.startswith("“我和队友之间")]
    assert len(quoted) == 1 and "”李凯尔说，“尽管存在语言障碍" in quoted[0].text
    assert not any(point.text.startswith("李凯尔说，“尽管") for point in points)
