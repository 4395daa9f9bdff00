"""render: the reference text layout, escaped Markdown, schema-valid JSON and a safe, self-contained HTML page."""

from __future__ import annotations

import html
import json
import re
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import jsonschema
import lxml.html
import pytest
from markdown_it import MarkdownIt

from citebrief.ingest import read_path
from citebrief.model import Brief, Document, Group, Point, Verdict, VerdictLabel, brief_json_schema
from citebrief.pipeline import draft, render
from citebrief.render.html import render_html
from citebrief.render.json import render_json
from citebrief.render.markdown import escape_markdown, render_markdown
from citebrief.render.source_line import source_line
from citebrief.render.text import render_text
from citebrief.segment import build_document

CST = timezone(timedelta(hours=8))


def reference_brief(**changes: object) -> Brief:
    """A small brief in the reference layout, written by hand."""
    fields: dict[str, object] = {
        "document_id": "0123456789abcdef",
        "title": "以科技创新引领新质生产力发展 ——全国政协专题协商会发言摘编",
        "source": "人民日报",
        "source_line": "Ren Min Ri Bao·2025-05-14 22:17",
        "published_at": datetime(2025, 5, 14, 22, 17, tzinfo=CST),
        "lang": "en",
        "engine": "hand",
        "groups": [
            Group(
                title="Core Insights on New Quality Productive Forces",
                points=[
                    Point(text="Technological innovation drives new quality productive forces", citations=[1, 2]),
                    Point(text="Challenges such as insufficient originality have been identified", citations=[1]),
                ],
            ),
            Group(
                title="Recommendations for Enhancing Technological Innovation",
                points=[Point(text="A call for major application scenarios", citations=[3])],
            ),
        ],
    }
    fields.update(changes)
    return Brief.model_validate(fields)


# --- source line ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("source", "published", "lang", "expected"),
    [
        pytest.param(
            "人民日报",
            datetime(2025, 5, 14, 22, 17, tzinfo=CST),
            "en",
            "Ren Min Ri Bao·2025-05-14 22:17",
            id="romanized",
        ),
        pytest.param(
            "人民日报", datetime(2025, 5, 14, 22, 17, tzinfo=CST), "zh", "人民日报·2025-05-14 22:17", id="zh-as-given"
        ),
        pytest.param("新华网", None, "en", "Xin Hua Wang", id="no-time"),
        pytest.param(None, datetime(2025, 5, 14, 22, 17), "zh", "2025-05-14 22:17", id="no-source"),
        pytest.param("人民日报", datetime(2025, 5, 14), "zh", "人民日报·2025-05-14", id="date-only"),
        pytest.param(
            "The Harbour Ledger",
            datetime(2025, 3, 2, 8, 30, tzinfo=UTC),
            "en",
            "The Harbour Ledger·2025-03-02 08:30",
            id="english-site",
        ),
        pytest.param("CCTV 央视网", None, "en", "CCTV Yang Shi Wang", id="mixed-name"),
        pytest.param(None, None, "en", None, id="nothing-known"),
        pytest.param("", None, "zh", None, id="empty-source"),
    ],
)
def test_source_line(source: str | None, published: datetime | None, lang: str, expected: str | None) -> None:
    assert source_line(source, published, lang) == expected  # type: ignore[arg-type]


def test_source_line_keeps_the_page_local_time() -> None:
    """22:17 in Beijing is printed as 22:17, not converted to UTC or the machine's zone."""
    assert source_line(None, datetime(2025, 5, 14, 22, 17, tzinfo=CST), "zh") == "2025-05-14 22:17"


# --- text -------------------------------------------------------------------------------


def test_text_layout_is_the_reference() -> None:
    assert render_text(reference_brief()) == (
        "以科技创新引领新质生产力发展 ——全国政协专题协商会发言摘编\n"
        "Ren Min Ri Bao·2025-05-14 22:17\n"
        "\n"
        "Group 1: Core Insights on New Quality Productive Forces\n"
        "- Technological innovation drives new quality productive forces [1][2]\n"
        "- Challenges such as insufficient originality have been identified [1]\n"
        "Group 2: Recommendations for Enhancing Technological Innovation\n"
        "- A call for major application scenarios [3]\n"
    )


def test_text_leaves_out_unknown_parts() -> None:
    rendered = render_text(reference_brief(source=None, source_line=None, published_at=None))
    assert rendered.splitlines()[:3] == [
        "以科技创新引领新质生产力发展 ——全国政协专题协商会发言摘编",
        "",
        "Group 1: Core Insights on New Quality Productive Forces",
    ]
    untitled = render_text(reference_brief(title=None, source_line=None))
    assert untitled.startswith("Group 1: Core Insights")
    for text in (rendered, untitled):
        assert "None" not in text


def test_text_group_without_title() -> None:
    brief = reference_brief(groups=[Group(title="", points=[Point(text="一句话。", citations=[1])])])
    assert render_text(brief).endswith("\n\nGroup 1\n- 一句话。 [1]\n")


def test_text_keeps_every_part_on_one_line() -> None:
    brief = reference_brief(
        title="标题\n第二行",
        groups=[Group(title="主题\n", points=[Point(text="第一行\n  第二行。", citations=[1, 3])])],
    )
    assert render_text(brief).splitlines()[2:] == ["", "Group 1: 主题", "- 第一行 第二行。 [1][3]"]


def test_text_of_a_drafted_example_matches_the_layout(examples_dir: Path) -> None:
    document = read_path(examples_dir / "zh-tech-policy.html")
    lines = render(draft(document), document, "text").splitlines()
    assert lines[0] == document.title
    assert lines[1] == "人民日报·2025-05-14 22:17"
    assert lines[2] == ""
    group_numbers = []
    for line in lines[3:]:
        heading = re.fullmatch(r"Group (\d+): \S.*", line)
        if heading:
            group_numbers.append(int(heading[1]))
            continue
        bullet = re.fullmatch(r"- \S.*? ((?:\[\d+\])+)", line)
        assert bullet, line
        assert all(1 <= int(n) <= len(document.segments) for n in re.findall(r"\d+", bullet[1]))
    assert group_numbers == list(range(1, len(group_numbers) + 1))
    assert 3 <= len(group_numbers) <= 8


# --- markdown ---------------------------------------------------------------------------


def test_markdown_layout() -> None:
    assert render_markdown(reference_brief()) == (
        "# 以科技创新引领新质生产力发展 ——全国政协专题协商会发言摘编\n"
        "\n"
        "*Ren Min Ri Bao·2025-05-14 22:17*\n"
        "\n"
        "## Group 1: Core Insights on New Quality Productive Forces\n"
        "\n"
        "- Technological innovation drives new quality productive forces [1][2]\n"
        "- Challenges such as insufficient originality have been identified [1]\n"
        "\n"
        "## Group 2: Recommendations for Enhancing Technological Innovation\n"
        "\n"
        "- A call for major application scenarios [3]\n"
    )


TRICKY = [
    pytest.param("a *b* _c_ `code` # h | t", id="emphasis-code-heading"),
    pytest.param("[link](http://example.com) ![img](x.png) <http://auto>", id="links-and-images"),
    pytest.param("<script>alert(1)</script> <img src=x onerror=alert(1)>", id="raw-html"),
    pytest.param("&lt;b&gt; &amp; ~~strike~~", id="entities-and-strike"),
    pytest.param("1. not a list", id="ordered-list-marker"),
    pytest.param("2) not a list either", id="paren-list-marker"),
    pytest.param("- not a bullet", id="dash-marker"),
    pytest.param("+ not a bullet", id="plus-marker"),
    pytest.param("> not a quote", id="quote-marker"),
    pytest.param("back\\slash and 3.5% 的增长", id="backslash"),
    pytest.param("two\nlines", id="newline"),
]


@pytest.mark.parametrize("text", TRICKY)
def test_markdown_escape_shows_the_text_as_written(text: str) -> None:
    """Rendered by a CommonMark renderer, an escaped text is exactly the text: no markup took effect."""
    rendered = MarkdownIt("commonmark").render("- " + escape_markdown(text))
    item = re.fullmatch(r"<ul>\n<li>(.*)</li>\n</ul>\n", rendered, re.DOTALL)
    assert item, rendered
    assert "<" not in item[1]  # no tag was produced
    assert html.unescape(item[1]) == " ".join(text.split())


def test_markdown_escapes_article_text_everywhere() -> None:
    brief = reference_brief(
        title="# <b>Title</b>",
        source_line="*Site*·2025-05-14",
        groups=[Group(title="[x](javascript:alert(1))", points=[Point(text="1. <i>claim</i> `x`", citations=[2])])],
    )
    rendered = MarkdownIt("commonmark").render(render_markdown(brief))
    document = lxml.html.fromstring(f"<div>{rendered}</div>")
    assert [el.tag for el in document.iter()] == ["div", "h1", "p", "em", "h2", "ul", "li"]
    assert document.findtext("h1") == "# <b>Title</b>"
    assert document.find("p/em").text_content() == "*Site*·2025-05-14"
    assert document.findtext("h2") == "Group 1: [x](javascript:alert(1))"
    assert document.findtext("ul/li") == "1. <i>claim</i> `x` [2]"


# --- json -------------------------------------------------------------------------------


def test_json_validates_and_round_trips() -> None:
    brief = reference_brief(
        groups=[
            Group(
                title="支持",
                points=[
                    Point(
                        text="数控化率达到63.5%",
                        citations=[2],
                        support=Verdict(label=VerdictLabel.supported, reason="numbers found", score=0.9),
                    )
                ],
            )
        ]
    )
    rendered = render_json(brief)
    payload = json.loads(rendered)
    jsonschema.validate(payload, brief_json_schema())
    assert Brief.model_validate_json(rendered) == brief
    assert payload["source_line"] == "Ren Min Ri Bao·2025-05-14 22:17"
    assert payload["published_at"] == "2025-05-14T22:17:00+08:00"
    assert "数控化率" in rendered  # written as UTF-8, not \\u escapes


@pytest.mark.parametrize("name", ["zh-tech-policy.html", "zh-news-flash.txt", "en-city-transit.html"])
def test_json_of_drafted_examples_validates(examples_dir: Path, name: str) -> None:
    document = read_path(examples_dir / name)
    brief = draft(document)
    rendered = render(brief, document, "json")
    jsonschema.validate(json.loads(rendered), brief_json_schema())
    assert Brief.model_validate_json(rendered) == brief


def test_schema_rejects_a_bullet_without_citations() -> None:
    payload = json.loads(render_json(reference_brief()))
    payload["groups"][0]["points"][0]["citations"] = []
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(payload, brief_json_schema())


# --- html -------------------------------------------------------------------------------

EVIL = [
    "委员们指出<script>alert(1)</script>数字化转型取得积极进展。",
    'See <img src=x onerror=alert(1)> and <a href="javascript:alert(2)">this link</a>.',
    "Quotes \" and ' and & and </li></ol><script>alert(3)</script> close nothing.",
    "An ordinary paragraph with [4] in it.",
]


def evil_document() -> Document:
    return build_document(
        EVIL, origin="evil.html", title="<b>Title</b> & <script>alert(0)</script>", source="<i>Site</i>"
    )


def evil_brief(document: Document) -> Brief:
    return Brief(
        document_id=document.id,
        title=document.title,
        source=document.source,
        source_line="<i>Site</i>·2025-05-14",
        lang="en",
        engine="hand",
        groups=[
            Group(
                title="<script>alert('group')</script>",
                points=[
                    Point(text=EVIL[0], citations=[1]),
                    Point(
                        text=EVIL[1],
                        citations=[2, 4],
                        support=Verdict(label=VerdictLabel.partial, reason='"><script>x</script>'),
                    ),
                ],
            ),
            Group(title="javascript:alert(1)", points=[Point(text=EVIL[2], citations=[3])]),
        ],
        warnings=["<script>alert('warning')</script>"],
    )


def test_html_escapes_all_article_text() -> None:
    document = evil_document()
    page = render_html(evil_brief(document), document)
    tree = lxml.html.fromstring(page)
    scripts = tree.findall(".//script")
    assert len(scripts) == 1  # ours, inlined
    assert scripts[0].get("src") is None
    assert "alert" not in (scripts[0].text or "")
    assert not tree.findall(".//img")
    for element in tree.iter():
        for name, value in element.attrib.items():
            assert not name.lower().startswith("on"), (element.tag, name)
            assert not value.strip().lower().startswith("javascript:"), (element.tag, name, value)
    for raw in ("<script>alert", "<img src=x", "<i>Site</i>", "<b>Title</b>", 'href="javascript:'):
        assert raw not in page
    source_items = tree.findall(".//ol[@class='paragraphs']/li")
    assert [li.findall("span")[1].text_content() for li in source_items] == EVIL
    assert tree.findtext(".//h1") == "<b>Title</b> & <script>alert(0)</script>"


def test_html_is_self_contained() -> None:
    document = evil_document()
    page = render_html(evil_brief(document), document)
    tree = lxml.html.fromstring(page)
    assert not tree.findall(".//link")
    assert tree.find(".//style") is not None
    for element in tree.iter():
        for name in ("src", "href"):
            value = element.get(name)
            assert value is None or value.startswith("#"), (element.tag, name, value)
    assert page.startswith("<!doctype html>")
    assert '<meta charset="utf-8">' in page


def test_html_citation_links_target_paragraphs() -> None:
    document = evil_document()
    tree = lxml.html.fromstring(render_html(evil_brief(document), document))
    ids = {el.get("id") for el in tree.iter() if el.get("id")}
    links = tree.findall(".//a[@class='cite']")
    assert [a.text for a in links] == ["[1]", "[2]", "[4]", "[3]"]
    for link in links:
        target = link.get("href")
        assert target == f"#p{link.get('data-n')}"
        assert target[1:] in ids
    assert {f"p{s.n}" for s in document.segments} <= ids


def test_html_of_a_drafted_example(examples_dir: Path) -> None:
    document = read_path(examples_dir / "en-city-transit.html")
    brief = draft(document)
    tree = lxml.html.fromstring(render(brief, document, "html"))
    assert tree.findtext(".//h1") == document.title
    assert tree.get("lang") == "en"
    assert len(tree.findall(".//ol[@class='paragraphs']/li")) == len(document.segments) == 15
    cited = [int(a.get("data-n")) for a in tree.findall(".//a[@class='cite']")]
    assert cited == [n for point in brief.points() for n in point.citations]
    assert len(tree.findall(".//section[@id='brief']/h2")) == len(brief.groups)


def test_no_full_stop_before_the_citations_and_the_translated_title_first() -> None:
    brief = reference_brief(translated_title="Technological Innovation Leads New Quality Productive Forces")
    brief.groups[0].points[0] = Point(text="Growth is driven by innovation.", citations=[1, 2])
    brief.groups[0].points.append(Point(text="Some points trail off...", citations=[3]))
    text = render_text(brief).splitlines()
    assert text[0] == "Technological Innovation Leads New Quality Productive Forces"
    assert "- Growth is driven by innovation [1][2]" in text
    assert "- Some points trail off... [3]" in text  # an ellipsis stays
    markdown = render_markdown(brief)
    assert markdown.startswith(f"# Technological Innovation Leads New Quality Productive Forces\n\n{brief.title}\n")
    assert "- Growth is driven by innovation [1][2]" in markdown
    assert json.loads(render_json(brief))["title"] == brief.title  # the original kept in JSON
