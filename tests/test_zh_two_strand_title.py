"""A small Chinese news group of two strands of one kind is titled by both
(`zh_two_strand_title`): the other strand's phrase, ending in the title's head noun, joined
with "、"; a strand's side detail, one kind twice, or a shared rare noun keeps the title."""

from __future__ import annotations

from citebrief.ingest import document_from_text
from citebrief.text.zh_two_strand_title import two_strand_titles
from conftest import shared_article, shared_group_titles

ARTICLE = [
    "检察机关开展专项监督活动，守护群众美好生活。",
    "第一年重点围绕破坏野生动物资源、线上线下销售不合格食品等推进专项活动。",
    "第二年将水资源保护利用作为新的重点领域，加大水资源案件办案力度。",
    "检察机关还通报了一批典型案例，涉及多个省份。",
]
RESOURCES = ARTICLE[1:3]


def _titled(title: str, bullets: list[str], used: set[str] | None = None) -> str:
    titles = two_strand_titles(["核心要点：专项监督", title], [None, (bullets, bullets)], ARTICLE, used or set())
    return titles[1]


def test_two_strands_of_one_kind_are_titled_by_both_in_bullet_order() -> None:
    # a procuratorate's report (zh-news 70): one year's wildlife cases, the next year's water
    document = document_from_text(shared_article("zh-news.jsonl", 70), origin="x", kind="text")
    every_text = [segment.text for segment in document.segments]
    said = [
        next(t.text for s in document.segments for t in s.sentences if cue in t.text)
        for cue in ("破坏野生动物资源", "水资源保护利用")
    ]
    texts = [next(p for p in every_text if bullet in p) for bullet in said]
    own: list[tuple[list[str], list[str]] | None] = [None, (said, texts)]
    assert two_strand_titles(["核心要点", "野生动物资源"], own, every_text, set())[1] == "野生动物资源、水资源"
    own = [None, (said[::-1], texts[::-1])]
    assert two_strand_titles(["核心要点", "野生动物资源"], own, every_text, set())[1] == "水资源、野生动物资源"
    # a phrase another title holds is no half
    assert two_strand_titles(["核心要点", "野生动物资源"], own, every_text, {"水资源"})[1] == "野生动物资源"


def test_a_title_two_bullets_say_a_heading_group_or_a_given_phrase_stays() -> None:
    assert _titled("专项活动", [ARTICLE[1], ARTICLE[0]]) == "专项活动"  # both bullets say it
    assert two_strand_titles(["野生动物资源"], [None], ARTICLE, set()) == ["野生动物资源"]
    assert _titled("野生动物资源", RESOURCES, {"水资源"}) == "野生动物资源"  # another title's already
    assert _titled("野生动物资源", [RESOURCES[0]]) == "野生动物资源"  # one bullet: no strands


def test_strands_of_two_kinds_keep_the_title() -> None:
    # the other strand's phrase is no resource: "典型案例" beside "野生动物资源" would read as a side detail
    assert _titled("野生动物资源", [ARTICLE[1], ARTICLE[3]]) == "野生动物资源"


def test_shared_articles() -> None:
    assert "野生动物资源、水资源" in shared_group_titles("zh-news.jsonl", 70)
    # one kind twice ("金融犯罪、金融领域职务犯罪") keeps the title the group had
    assert "金融犯罪" in shared_group_titles("zh-news.jsonl", 96)
