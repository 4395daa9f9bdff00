"""A phrase a sentence sets aside (除……外) is no group title (text/zh_set_aside.py)."""

from __future__ import annotations

from citebrief.eval.rouge import split_paragraphs
from citebrief.ingest import document_from_text
from citebrief.pipeline import draft
from citebrief.text.zh_set_aside import set_aside
from conftest import shared_article


def test_set_aside_phrases_found() -> None:
    bullets = [
        "除了现场展示外，展会还开设网上展厅。",
        "除网络直播以外，主办方还安排了讲座。",
        "除了美国外交官，代表团还有学者。",  # no frame: 外交官 is a word, no comma follows 外
        "除了此外，另有安排。",  # 此 is no phrase
        "除此之外，还有义卖。",
    ]
    assert set_aside(bullets) == {"现场展示", "网络直播"}


def test_phrase_said_outside_the_frame_kept() -> None:
    """Where a bullet also writes the phrase plainly, the group may be about it."""
    bullets = ["除了现场展示外，展会还开设网上展厅。", "现场展示吸引了很多观众。"]
    assert set_aside(bullets) == set()


def test_zh_news_18_no_title_set_aside() -> None:
    """zh-news 18: the group on online participation and the firms' views was titled "线下交流",
    from its bullet's "除了线下交流外，……线上参与交流" (cut into passages of three sentences, as the benches do)."""
    text = shared_article("zh-news.jsonl", 18).strip()
    document = document_from_text("\n\n".join(split_paragraphs(text, "zh")), origin="x", kind="text")
    titles = [group.title for group in draft(document).groups]
    assert not any("线下" in title for title in titles)
