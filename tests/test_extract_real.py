"""The defects issue 10 found on real pages, each rebuilt as a small page of the same shape.

Navigation and comment boxes never win over the article; paragraphs come out as the reader
sees them; the title is the headline (no logo <h1>, no site suffix); the publisher is the
credited source (来源), not the copyright line; the time is the byline's, not a later meta
time; list pages are refused (and briefed with --force); WeChat pages read from js_content.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from citebrief.errors import NotAnArticle
from citebrief.extract.page import NOT_AN_ARTICLE, extract_page
from citebrief.ingest import document_from_text
from helpers import ZH_PARAGRAPHS, run_cli

HEADLINE = "全国政协召开专题协商会 委员建言制造业数字化转型"
NAV = '<div class="nav">' + " | ".join(f'<a href="/c{i}">频道{i}</a>' for i in range(12)) + "</div>"
COMMENTS = (
    '<div class="tie-area"><p>网友评论仅供其表达个人看法，并不表明网易立场。</p>'
    + "".join(f'<div class="reply"><p>网友{i}：说得好，支持一下，希望早日落地见效！</p></div>' for i in range(8))
    + "<a href='/t'>查看更多跟贴</a></div>"
)
RELATED = (
    '<div class="related"><h3>为您推荐</h3><ul>'
    + "".join(f'<li><a href="/n{i}">第{i}条相关新闻标题在这里显示出来</a></li>' for i in range(10))
    + "</ul></div>"
)


def news_page(
    body: str, *, head: str = "", h1: str = HEADLINE, byline: str = "", title_suffix: str = "_网易新闻"
) -> str:
    return f"""<html><head><title>{HEADLINE}{title_suffix}</title>{head}</head><body>
<h1 class="logo"><a href="/"><img src="logo.png">网易新闻</a></h1>{NAV}
<div class="post"><h1 class="post_title">{h1}</h1><div class="post_info">{byline}</div>
<div class="post_text">{body}</div></div>{RELATED}{COMMENTS}
<div class="footer"><p>网易公司版权所有 ©1997-2025</p></div></body></html>"""


P_BODY = "".join(f"<p>{p}</p>" for p in ZH_PARAGRAPHS)


def test_navigation_and_comments_are_never_the_article() -> None:
    page = extract_page(news_page(P_BODY), source="163.html")
    assert page.paragraphs == ZH_PARAGRAPHS
    text = "".join(page.paragraphs)
    assert "网友评论" not in text and "为您推荐" not in text and "频道" not in text


@pytest.mark.parametrize(
    "body",
    [
        pytest.param("<br><br>".join(ZH_PARAGRAPHS), id="br-br-runs"),
        pytest.param("".join(f"<div>{p}</div>" for p in ZH_PARAGRAPHS), id="wrapper-divs"),
        pytest.param("<ul>" + "".join(f"<li>{p}</li>" for p in ZH_PARAGRAPHS) + "</ul>", id="list-items"),
        pytest.param(
            "<div><div>" + "<br/>\n".join(f"\u3000\u3000{p}" for p in ZH_PARAGRAPHS) + "</div></div>", id="br"
        ),
    ],
)
def test_paragraphs_as_the_reader_sees_them(body: str) -> None:
    page = extract_page(news_page(body), source="p.html")
    assert page.paragraphs == ZH_PARAGRAPHS


def test_inline_boxes_of_digits_read_apart() -> None:
    page = extract_page(
        news_page(P_BODY, byline='<span class="date">发布时间：2025-05-14</span><span class="time">22:17</span>'),
        source="p.html",
    )
    assert page.published_at == datetime(2025, 5, 14, 22, 17)


def test_title_is_the_headline_not_the_logo_or_the_site_suffix() -> None:
    page = extract_page(news_page(P_BODY), source="p.html")
    assert page.title == HEADLINE


def test_truncated_og_title_does_not_cut_the_headline() -> None:
    page = extract_page(
        news_page(P_BODY, head=f'<meta property="og:title" content="{HEADLINE[:10]}…">'), source="p.html"
    )
    assert page.title == HEADLINE


def test_title_from_title_tag_without_a_heading() -> None:
    html = f"<html><head><title>{HEADLINE}-新华网</title></head><body>{P_BODY}</body></html>"
    assert extract_page(html, source="p.html").title == HEADLINE


@pytest.mark.parametrize(
    ("byline", "expected"),
    [
        pytest.param("2025-05-14 22:17:05　来源: 证券市场红周刊", "证券市场红周刊", id="laiyuan"),
        pytest.param("2025-05-14 22:17 来源：<a href='http://x'>新京报</a> 作者：张三", "新京报", id="laiyuan-link"),
        pytest.param("出处：人民日报 2025年05月14日", "人民日报", id="chuchu"),
        pytest.param("<span>华夏人文</span> <span>2025-05-14 22:17:21</span>", "华夏人文", id="account-in-byline"),
        pytest.param("2025-05-14 22:17", "网易新闻", id="site-in-title-not-copyright"),
    ],
)
def test_publisher_is_the_credited_source(byline: str, expected: str) -> None:
    page = extract_page(news_page(P_BODY, byline=byline), source="p.html")
    assert page.site_name == expected


def test_outlet_by_domain_when_nothing_credits_one() -> None:
    html = f"<html><head><title>{HEADLINE}</title></head><body><h1>{HEADLINE}</h1>{P_BODY}</body></html>"
    page = extract_page(html, source="p.html", url="http://www.news.cn/politics/2025-05/14/c_1.htm")
    assert page.site_name == "新华网"


def test_byline_time_beats_a_later_meta_time() -> None:
    page = extract_page(
        news_page(
            P_BODY,
            head='<meta property="article:published_time" content="2025-05-14T23:52:51+08:00">',
            byline="2025年05月14日 04:04 来源：北京日报",
        ),
        source="p.html",
    )
    assert page.published_at == datetime(2025, 5, 14, 4, 4)


def test_expiry_time_is_never_the_publish_time() -> None:
    page = extract_page(
        news_page(P_BODY, head='<meta name="expires" content="2030-01-01T00:00:00+08:00">'), source="p.html"
    )
    assert page.published_at is None


def test_stray_html_end_tag_mid_page() -> None:
    header = f"<html><head><title>{HEADLINE}</title></head><body><div class='nav'><a href='/'>首页</a></div></html>"
    html = f"{header}\n<h1>{HEADLINE}</h1>{P_BODY}</body></html>"
    assert extract_page(html, source="p.html").paragraphs == ZH_PARAGRAPHS


def list_page() -> str:
    items = "".join(
        f'<li class="item"><a href="/a{i}">第{i}条新闻的标题写在这里</a>'
        f'<p class="item-abs">这是第{i}条新闻的摘要，介绍事情的经过和各方的反应，供读者快速浏览。</p></li>'
        for i in range(12)
    )
    return f"<html><head><title>新闻</title></head><body>{NAV}<ul>{items}</ul></body></html>"


def test_list_page_is_not_an_article() -> None:
    assert not extract_page(list_page(), source="list.html").is_article
    with pytest.raises(NotAnArticle) as caught:
        document_from_text(list_page(), origin="list.html", kind="html")
    assert str(caught.value) == f"list.html: {NOT_AN_ARTICLE}"
    assert caught.value.document is not None  # what --force briefs


def test_cli_refuses_a_list_page_and_force_briefs_it(tmp_path: Path) -> None:
    path = tmp_path / "list.html"
    path.write_text(list_page(), encoding="utf-8")
    refused = run_cli("run", path)
    assert refused.returncode == 1
    assert "no article found in this page (it looks like a list page)" in refused.stderr
    forced = run_cli("run", "--force", path)
    assert forced.returncode == 0, forced.stderr
    assert "briefed anyway (--force)" in forced.stderr
    assert "[1]" in forced.stdout


def test_wechat_page() -> None:
    html = f"""<html><head><meta property="og:title" content="{HEADLINE}"></head><body>
<h1 id="activity-name" class="rich_media_title">{HEADLINE}</h1>
<a id="js_name" href="#">爱否科技</a><em id="publish_time">前天</em>
<div id="js_content" style="visibility: hidden;">{P_BODY}</div>
<div class="qr_code_pc"><p>微信扫一扫关注该公众号</p></div>
<script>var nickname = "爱否科技"; var ct = "1747232220";</script></body></html>"""
    page = extract_page(html, source="wx.html")
    assert page.title == HEADLINE
    assert page.site_name == "爱否科技"
    assert page.paragraphs == ZH_PARAGRAPHS
    assert page.published_at is not None
    assert page.published_at.isoformat() == "2025-05-14T22:17:00+08:00"
