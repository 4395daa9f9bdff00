"""A Chinese bullet that says a short title ("《办法》") the brief never set up shows the full title once
in brackets after it, cited to the paragraph that sets it up (engines/zh_title_brackets.py), and verify
reads the bracket back, the full title held to a cited paragraph: on text written for these tests and
on zh-news 53, whose pasted brief said "《协议》提出" with no key to the agreement (blind read)."""

from __future__ import annotations

from citebrief.engines.zh_title_brackets import titles_named
from citebrief.ingest import document_from_text
from citebrief.model import Brief, Document, Group, Point, VerdictLabel
from citebrief.pipeline import draft
from citebrief.verify import SourceIndex, check_point
from conftest import shared_article

_ARTICLE = (
    "某某市政府近日印发《某某市停车场建设管理实施办法》（以下简称《办法》）。\n\n"
    "《办法》提出，新建住宅小区应当按照规定配建停车泊位。\n\n"
    "《办法》自下月起施行。"
)


def _brief(bullets: list[tuple[str, int]], article: str = _ARTICLE) -> tuple[Brief, Document]:
    document = document_from_text(article, origin="x", kind="text")
    points = [Point(text=text, citations=[n]) for text, n in bullets]
    brief = Brief(document_id=document.id, lang="zh", engine="extractive", groups=[Group(title="某某", points=points)])
    return brief, document


def _texts(brief: Brief) -> list[str]:
    return [point.text for group in brief.groups for point in group.points]


def test_the_first_bullet_that_says_a_short_title_shows_its_full_title_once() -> None:
    said = "《办法》提出，新建住宅小区应当按照规定配建停车泊位。"
    brief, document = _brief([(said, 2), ("《办法》自下月起施行。", 3)])
    named = titles_named(brief, document)
    full = "《某某市停车场建设管理实施办法》"
    assert _texts(named) == [said.replace("《办法》", f"《办法》（{full}）"), "《办法》自下月起施行。"]
    assert named.groups[0].points[0].citations == [1, 2]  # the paragraph that sets the short title up
    # a bullet above that prints the setting-up sentence is the reader's key: nothing is put in
    brief, document = _brief([("某某市政府近日印发《某某市停车场建设管理实施办法》（以下简称《办法》）。", 1),
                               ("《办法》自下月起施行。", 3)])  # fmt: skip
    assert titles_named(brief, document) == brief


def test_a_short_title_set_up_twice_or_not_after_a_title_is_left_alone() -> None:
    twice = _ARTICLE + "\n\n某某区另行制定《某某区停车收费实施办法》（以下简称《办法》）。"
    brief, document = _brief([("《办法》自下月起施行。", 3)], twice)
    assert titles_named(brief, document) == brief
    plain = "某某市政府近日印发停车场建设管理实施办法（以下简称《办法》）。\n\n《办法》自下月起施行。"
    brief, document = _brief([("《办法》自下月起施行。", 2)], plain)
    assert titles_named(brief, document) == brief
    # "(下称《X》)", a document number before the note, are read too
    for note in ("(下称《办法》)", "（某政发〔2020〕1号，以下简称《办法》）"):
        brief, document = _brief([("《办法》自下月起施行。", 3)], _ARTICLE.replace("（以下简称《办法》）", note))
        assert _texts(titles_named(brief, document)) == ["《办法》（《某某市停车场建设管理实施办法》）自下月起施行。"]


def test_verify_reads_the_full_title_and_holds_it_to_the_cited_paragraph() -> None:
    brief, document = _brief([("《办法》自下月起施行。", 3)])
    index = SourceIndex(document)
    point = titles_named(brief, document).groups[0].points[0]
    verdict = check_point(point, index)
    assert verdict.label is VerdictLabel.supported and "quoted" in verdict.reason
    made_up = Point(text="《办法》（《某某市道路交通安全条例》）自下月起施行。", citations=point.citations)
    assert check_point(made_up, index).label is not VerdictLabel.supported


def test_zh_news_53_pasted_names_the_agreement_its_bullet_says() -> None:
    document = document_from_text(shared_article("zh-news.jsonl", 53), origin="x", kind="text")
    bullets = [point for group in draft(document).groups for point in group.points if "《协议》" in point.text]
    assert bullets and bullets[0].text.startswith("《协议》（《关于建立绿色联动机制")
    assert check_point(bullets[0], SourceIndex(document)).label is VerdictLabel.supported
