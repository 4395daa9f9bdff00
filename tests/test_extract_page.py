"""extract.page.extract_page: main text as paragraphs, title, site name and the publish time of day."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from citebrief.errors import NoMainText
from citebrief.extract.page import extract_page
from helpers import ZH_PARAGRAPHS

CST = timezone(timedelta(hours=8))
BODY = "\n".join(f"<p>{p}</p>" for p in ZH_PARAGRAPHS)


def page(head: str = "", before: str = "", after: str = "", title: str = "专题协商会召开") -> str:
    return f"""<html><head><title>{title}</title>{head}</head><body>
<nav><a href="/">首页</a> | <a href="/news/">要闻</a></nav>{before}
<article><h1>{title}</h1>
{BODY}
{after}
</article>
<footer><p>版权所有 测试网</p></footer></body></html>"""


@pytest.mark.parametrize(
    ("head", "before", "expected"),
    [
        pytest.param(
            '<meta property="article:published_time" content="2025-05-14T22:17:00+08:00">',
            "",
            datetime(2025, 5, 14, 22, 17, tzinfo=CST),
            id="meta-published-time",
        ),
        pytest.param(
            '<meta property="article:published_time" content="2025-03-02T08:30:00Z">',
            "",
            datetime(2025, 3, 2, 8, 30, tzinfo=UTC),
            id="meta-utc-z",
        ),
        pytest.param(
            '<meta name="publishdate" content="2025-05-14 22:17:05">',
            "",
            datetime(2025, 5, 14, 22, 17, 5),
            id="meta-space-separated",
        ),
        pytest.param(
            '<script type="application/ld+json">'
            '{"@graph": [{"@type": "NewsArticle", "datePublished": "2025-05-14T22:17:00+08:00"}]}</script>',
            "",
            datetime(2025, 5, 14, 22, 17, tzinfo=CST),
            id="json-ld-graph",
        ),
        pytest.param(
            '<meta name="publishdate" content="2025-05-14">'
            '<script type="application/ld+json">{"datePublished": "2025-05-14T09:05:00+08:00"}</script>',
            "",
            datetime(2025, 5, 14, 9, 5, tzinfo=CST),
            id="json-ld-time-beats-meta-date",
        ),
        pytest.param(
            "",
            '<time datetime="2025-05-14T10:00:00+08:00">5月14日</time>',
            datetime(2025, 5, 14, 10, 0, tzinfo=CST),
            id="time-element",
        ),
        pytest.param(
            '<meta name="publishdate" content="2025-05-14">',
            '<div class="info">2025年05月14日22:17 来源：测试网</div>',
            datetime(2025, 5, 14, 22, 17),
            id="meta-date-and-zh-clock-in-page",
        ),
        pytest.param(
            '<meta name="publishdate" content="2025-05-14">',
            '<div class="info">2025/05/14 08:05</div>',
            datetime(2025, 5, 14, 8, 5),
            id="meta-date-and-slash-clock-in-page",
        ),
        pytest.param(
            '<meta name="pubdate" content="Wed, 14 May 2025 22:17:00 +0800">',
            "",
            datetime(2025, 5, 14, 22, 17, tzinfo=CST),
            id="rfc-2822",
        ),
        pytest.param(
            '<script type="application/ld+json">{not json</script>'
            '<meta property="article:published_time" content="2025-05-14T22:17:00+08:00">',
            "",
            datetime(2025, 5, 14, 22, 17, tzinfo=CST),
            id="broken-json-ld-ignored",
        ),
    ],
)
def test_publish_time(head: str, before: str, expected: datetime) -> None:
    extracted = extract_page(page(head, before), source="page.html")
    assert extracted.published_at == expected
    assert extracted.published_at is not None
    assert extracted.published_at.utcoffset() == expected.utcoffset()


def test_no_date_anywhere_is_none() -> None:
    """The text mentions years (截至2024年底…) but the page states no date: none is invented."""
    assert extract_page(page(), source="page.html").published_at is None


def test_date_only_page_keeps_the_day() -> None:
    extracted = extract_page(page('<meta name="publishdate" content="2025-05-14">'), source="page.html")
    assert extracted.published_at == datetime(2025, 5, 14)


def test_paragraphs_title_and_site_name() -> None:
    extracted = extract_page(
        page('<meta property="og:site_name" content="测试网">', after="<p>（责任编辑：张三）</p>"),
        source="page.html",
    )
    assert extracted.title == "专题协商会召开"
    assert extracted.site_name == "测试网"
    # the headline repeated in the body and the editor line are not article paragraphs
    assert extracted.paragraphs == ZH_PARAGRAPHS


def test_list_items_are_paragraphs() -> None:
    items = [
        "第一条措施：扩大助餐服务覆盖面，新增老年助餐点三百个。",
        "第二条措施：推进家庭适老化改造，每年不少于五千户。",
    ]
    extracted = extract_page(page(after="<ul>" + "".join(f"<li>{i}</li>" for i in items) + "</ul>"), source="p")
    assert extracted.paragraphs[-2:] == items


def test_inline_markup_joined_and_whitespace_collapsed() -> None:
    extracted = extract_page(
        page(after="<p>委员们  建议，<b>加快</b>建设\n<a href='/x'>工业互联网</a>平台，推动中小企业数字化转型。</p>"),
        source="p",
    )
    assert extracted.paragraphs[-1] == "委员们 建议，加快建设 工业互联网平台，推动中小企业数字化转型。"


def test_xhtml_with_xml_declaration() -> None:
    xhtml = '<?xml version="1.0" encoding="utf-8"?>\n' + page('<meta property="og:site_name" content="测试网">')
    extracted = extract_page(xhtml, source="page.xhtml")
    assert extracted.site_name == "测试网"
    assert extracted.paragraphs == ZH_PARAGRAPHS


@pytest.mark.parametrize(
    "html",
    [
        pytest.param("", id="empty-string"),
        pytest.param("<!-- only a comment -->", id="comment"),
        pytest.param("<html><body><nav><a href='/'>Home</a></nav></body></html>", id="navigation"),
    ],
)
def test_no_main_text(html: str) -> None:
    with pytest.raises(NoMainText) as caught:
        extract_page(html, source="bad.html")
    assert str(caught.value).startswith("bad.html: ")
