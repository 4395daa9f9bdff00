"""A speaker's advice from a late passage is a theme's point, not the news overview's."""

from __future__ import annotations

from citebrief.ingest import document_from_text
from citebrief.pipeline import draft
from citebrief.text.zh_late_advice import advice
from conftest import shared_article


def test_advice_opens_on_a_speaker_who_advises() -> None:
    assert advice("专家建议，未来高标准农田建设应有所侧重。")
    assert advice("有关专家建议：市民出行前查看天气。")
    assert not advice("我们将根据您的建议，认真研究。")  # a suggestion received, no advice given
    assert advice("杨威向参加此次大运会的运动员们建议，要以平常心看待比赛。")
    assert not advice("据中国农业科学院农业资源与农业区划研究所的研究员介绍，专家建议，多施有机肥。")  # a clause first
    assert not advice("国家海洋预报台提醒，请沿海政府做好防御工作。")  # a warning, the forecast's own news
    assert not advice("会议审议了专家的建议。")


def test_a_late_expert_advice_goes_under_its_theme() -> None:
    """zh-news record 13: the experts' advice on high-standard farmland (the last passage) was the
    overview's last point, above the lead's finding; it is read under the farmland group now."""
    document = document_from_text(shared_article("zh-news.jsonl", 13), origin="zh-news-13", kind="text")
    groups = draft(document).groups
    assert not any(p.text.startswith("专家建议") for p in groups[0].points)
    assert any(p.text.startswith("专家建议") for g in groups[1:] for p in g.points if "农田" in g.points[0].text)
    assert len(groups[0].points) == 3
