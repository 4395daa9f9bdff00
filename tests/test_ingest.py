"""ingest: files (HTML, text, Markdown), standard input and http(s) URLs → Document."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest

from citebrief.errors import (
    EmptyInput,
    FetchError,
    InputError,
    InputNotFound,
    InputTooLarge,
    NoMainText,
    UnsupportedFormat,
)
from citebrief.ingest import FetchSettings, document_from_text, fetch_url, ingest, read_path
from helpers import ZH_PARAGRAPHS, Route, closed_port, loopback_server, run_cli, zh_article_html

CST = timezone(timedelta(hours=8))

# what navigation, footers and credits on the example pages say: none of it is article text
ZH_CHROME = [
    "责任编辑",
    "版权所有",
    "Copyright",
    "当前位置",
    "首页",
    "热点推荐",
    "相关新闻",
    "ICP",
    "分享到",
    "登录",
    "打印本页",
]
EN_CHROME = ["Subscribe", "More from City Hall", "All rights reserved", "Privacy", "Have a tip", "Sign up", "Home"]


# --- the bundled examples ---------------------------------------------------------------


def test_zh_tech_policy_page(examples_dir: Path) -> None:
    document = read_path(examples_dir / "zh-tech-policy.html")
    assert document.title == "让数字技术为制造业“强筋壮骨”——全国政协“推进制造业数字化转型”专题协商会发言摘编"
    assert document.source == "人民日报"
    assert document.published_at == datetime(2025, 5, 14, 22, 17, tzinfo=CST)
    assert document.published_at is not None
    assert document.published_at.utcoffset() == timedelta(hours=8)
    assert (document.published_at.hour, document.published_at.minute) == (22, 17)
    assert document.lang == "zh"
    assert len(document.segments) == 21
    assert document.segments[0].text.startswith("本报北京5月14日电（记者陈思远、刘晓宁）全国政协14日在京召开")
    assert document.segments[-1].text.startswith("会上，委员们还就工业软件攻关")
    for segment in document.segments:
        for chrome in ZH_CHROME:
            assert chrome not in segment.text, (segment.n, chrome)
    assert document.url is None
    assert document.origin.endswith("zh-tech-policy.html")


def test_zh_news_flash_text(examples_dir: Path) -> None:
    document = read_path(examples_dir / "zh-news-flash.txt")
    assert document.title == "江州市出台16条措施推进居家社区养老服务提质扩容"
    assert document.source is None
    assert document.published_at is None
    assert document.lang == "zh"
    assert len(document.segments) == 9
    assert document.segments[0].text.startswith("本报江州4月8日电 4月8日，江州市人民政府新闻办公室举行新闻发布会")
    assert all("李明轩" not in segment.text for segment in document.segments)  # the （记者 李明轩） credit line


def test_en_city_transit_page(examples_dir: Path) -> None:
    document = read_path(examples_dir / "en-city-transit.html")
    assert document.title == "Port Alder council approves $4.2 billion transit overhaul after nine-hour hearing"
    assert document.source == "The Harbour Ledger"
    assert document.published_at == datetime(2025, 3, 2, 8, 30, tzinfo=UTC)
    assert document.published_at is not None
    assert document.published_at.utcoffset() == timedelta(0)
    assert document.lang == "en"
    assert len(document.segments) == 15
    assert document.segments[0].text.startswith("The plan adds a 3.5-mile light-rail spur")
    assert document.segments[1].text.startswith("PORT ALDER — After a nine-hour hearing")
    for segment in document.segments:
        for chrome in EN_CHROME:
            assert chrome not in segment.text, (segment.n, chrome)


def test_same_article_twice_is_one_document(examples_dir: Path, tmp_path: Path) -> None:
    original = examples_dir / "zh-news-flash.txt"
    copy = tmp_path / "copy.txt"
    copy.write_bytes(original.read_text(encoding="utf-8").replace("\n", "\r\n").encode("gb18030"))
    assert read_path(copy).id == read_path(original).id


# --- other file kinds -------------------------------------------------------------------


def test_markdown_file(tmp_path: Path) -> None:
    path = tmp_path / "note.md"
    path.write_text(
        "# 社区养老服务报告\n\n"
        "第一段介绍了**助餐服务**的进展，详见[通知](https://example.com/n)。\n\n"
        "## 资金保障\n\n"
        "- 市财政安排专项资金4.8亿元。\n"
        "- 福利彩票公益金比例提高。\n\n"
        "```\nprint('code is not article text')\n```\n\n"
        "最后一段\n分两行写成。\n\n"
        "An English line\nwrapped in two.\n",
        encoding="utf-8",
    )
    document = read_path(path)
    assert document.title == "社区养老服务报告"
    assert [s.text for s in document.segments] == [
        "第一段介绍了助餐服务的进展，详见通知。",
        "资金保障",
        "市财政安排专项资金4.8亿元。",
        "福利彩票公益金比例提高。",
        "最后一段分两行写成。",
        "An English line wrapped in two.",
    ]


@pytest.mark.parametrize(
    ("header", "source", "published"),
    [
        pytest.param("人民日报 2025-05-14 22:17", "人民日报", "2025-05-14 22:17:00", id="name-and-time"),
        pytest.param("人民日报·2025-05-14 22:17", "人民日报", "2025-05-14 22:17:00", id="reference-layout"),
        pytest.param("来源：新华社 2025年5月14日", "新华社", "2025-05-14 00:00:00", id="label-and-zh-date"),
        pytest.param("2025-05-14 22:17 来源：人民日报", "人民日报", "2025-05-14 22:17:00", id="time-first"),
        pytest.param("2025-05-14", None, "2025-05-14 00:00:00", id="date-only"),
    ],
)
def test_a_text_files_source_line_under_the_title(
    tmp_path: Path, header: str, source: str | None, published: str
) -> None:
    path = tmp_path / "article.txt"
    path.write_text(
        f"以科技创新引领新质生产力发展\n\n{header}\n\n全国政协14日在京召开专题协商会。\n\n委员们认为成效显著。\n",
        "utf-8",
    )
    document = read_path(path)
    assert document.title == "以科技创新引领新质生产力发展"
    assert (document.source, str(document.published_at)) == (source, published)
    assert [s.text for s in document.segments] == ["全国政协14日在京召开专题协商会。", "委员们认为成效显著。"]


def test_a_sentence_with_a_date_is_not_a_source_line(tmp_path: Path) -> None:
    path = tmp_path / "article.txt"
    path.write_text("会议召开\n\n会议于2025年5月14日召开。\n\n委员们发言。\n", "utf-8")
    document = read_path(path)
    assert (document.source, document.published_at) == (None, None)
    assert len(document.segments) == 2


def test_text_file_paragraphs_and_title(tmp_path: Path) -> None:
    path = tmp_path / "plain.txt"
    path.write_text(
        "Council backs transit plan\n\n"
        "The council approved the plan\non Saturday after a long hearing.\n\n"
        "Opponents said it would split\nthe Eastgate neighborhood.\n",
        encoding="utf-8",
    )
    document = read_path(path)
    assert document.title == "Council backs transit plan"
    assert [s.text for s in document.segments] == [
        "The council approved the plan on Saturday after a long hearing.",
        "Opponents said it would split the Eastgate neighborhood.",
    ]


def test_text_file_that_is_html_is_read_as_html(tmp_path: Path) -> None:
    path = tmp_path / "saved-page.txt"
    path.write_text(zh_article_html(), encoding="utf-8")
    document = read_path(path)
    assert document.source == "测试日报"
    assert [s.text for s in document.segments] == ZH_PARAGRAPHS


def test_html_file_without_tags_is_read_as_text(examples_dir: Path, tmp_path: Path) -> None:
    path = tmp_path / "mislabelled.html"
    path.write_bytes((examples_dir / "zh-news-flash.txt").read_bytes())
    document = read_path(path)
    assert document.title == "江州市出台16条措施推进居家社区养老服务提质扩容"
    assert len(document.segments) == 9


def test_gbk_html_file_with_declared_charset(tmp_path: Path) -> None:
    path = tmp_path / "gbk.html"
    path.write_bytes(zh_article_html(charset="gbk").encode("gbk"))
    document = read_path(path)
    assert document.title == "制造业数字化转型专题协商会召开"
    assert [s.text for s in document.segments] == ZH_PARAGRAPHS


def test_page_with_date_in_meta_and_time_in_text() -> None:
    """Only the day in <meta>; the time of day is in the page as 2025年05月14日 22:17."""
    body = "\n".join(f"<p>{p}</p>" for p in ZH_PARAGRAPHS)
    page = f"""<html><head><title>专题协商会 - 测试网</title>
<meta name="publishdate" content="2025-05-14"><meta property="og:site_name" content="测试网"></head>
<body><div class="nav"><a href="/">首页</a> <a href="/news">要闻</a></div>
<h1>专题协商会</h1><div class="info">2025年05月14日 22:17 来源：测试网</div>
<article>{body}</article><footer>测试网 版权所有</footer></body></html>"""
    document = document_from_text(page, origin="page.html", kind="html")
    assert document.published_at == datetime(2025, 5, 14, 22, 17)
    assert document.source == "测试网"
    assert len(document.segments) == len(ZH_PARAGRAPHS)


def test_page_with_date_only_keeps_the_day() -> None:
    body = "\n".join(f"<p>{p}</p>" for p in ZH_PARAGRAPHS)
    page = (
        '<html><head><title>T</title><meta name="publishdate" content="2025-05-14"></head>'
        f"<body><article>{body}</article></body></html>"
    )
    document = document_from_text(page, origin="page.html", kind="html")
    assert document.published_at is not None
    assert document.published_at.date() == datetime(2025, 5, 14).date()


@pytest.mark.parametrize(
    "page",
    [
        pytest.param(
            '<html><head><title>Menu</title></head><body><nav><a href="/">Home</a> <a href="/b">News</a>'
            '</nav><ul><li><a href="/x">Link one</a></li><li><a href="/y">Link two</a></li></ul></body></html>',
            id="only-navigation",
        ),
        pytest.param("<html><head><title>Empty</title></head><body></body></html>", id="empty-body"),
        pytest.param("<html><body><script>var a = 1;</script><style>p {}</style></body></html>", id="only-script"),
    ],
)
def test_page_without_main_text(page: str) -> None:
    with pytest.raises(NoMainText) as caught:
        document_from_text(page, origin="menu.html", kind="html")
    assert str(caught.value) == "menu.html: no article text found in this HTML page"


def test_text_of_only_boilerplate_is_empty() -> None:
    with pytest.raises(EmptyInput):
        document_from_text("责任编辑：张三\n\n版权所有 测试网\n", origin="credits.txt")


# --- errors reading files ---------------------------------------------------------------


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(InputNotFound) as caught:
        read_path(tmp_path / "nope.txt")
    assert str(caught.value).endswith("nope.txt: no such file")


def test_file_name_too_long(tmp_path: Path) -> None:
    with pytest.raises(InputError) as caught:
        read_path(tmp_path / ("a" * 5000 + ".txt"))
    assert "cannot read the file (File name too long)" in str(caught.value)


def test_directory(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="is a directory"):
        read_path(tmp_path)


def test_file_over_the_cap(tmp_path: Path) -> None:
    path = tmp_path / "long.txt"
    path.write_text("第一段。\n\n" * 200, encoding="utf-8")
    with pytest.raises(InputTooLarge) as caught:
        read_path(path, max_bytes=1024)
    assert "over the 1 KB cap" in str(caught.value)
    assert read_path(path, max_bytes=10_000).segments  # the same file under a larger cap is fine


def test_default_cap_is_ten_megabytes(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:  # sparse: no 11 MB written to disk
        handle.truncate(11 * 1024 * 1024)
    with pytest.raises(InputTooLarge) as caught:
        read_path(path)
    assert str(caught.value) == f"{path}: the file is 11 MB, over the 10 MB cap"


# --- standard input ---------------------------------------------------------------------


def test_stdin_through_the_cli(examples_dir: Path) -> None:
    data = (examples_dir / "zh-news-flash.txt").read_text(encoding="utf-8").encode("gbk")
    done = run_cli("segments", "-", stdin=data)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0] == "江州市出台16条措施推进居家社区养老服务提质扩容"
    assert lines[1].startswith("[1] 本报江州4月8日电")
    assert lines[-1].startswith("[9] ")


def test_empty_stdin_through_the_cli() -> None:
    done = run_cli("run", "-", stdin=b" \n")
    assert done.returncode == 1
    assert done.stderr.splitlines() == ["citebrief: error: <stdin>: the input holds only whitespace"]


# --- URLs, against a real loopback server -----------------------------------------------

ROUTES = {
    "/article": Route(zh_article_html().encode("utf-8")),
    "/gbk": Route(zh_article_html(charset=None).encode("gbk"), content_type="text/html; charset=GBK"),
    "/gbk-meta": Route(zh_article_html(charset="gb2312").encode("gbk"), content_type="text/html"),
    "/gbk-wrong-header": Route(zh_article_html(charset=None).encode("gbk"), content_type="text/html; charset=utf-8"),
    # 镕 is in GBK but not in GB2312: a gb2312 label is read as its superset
    "/gb2312-label": Route(
        zh_article_html(charset=None, title="朱镕基文集出版座谈会召开").encode("gbk"),
        content_type="text/html; charset=gb2312",
    ),
    "/plain": Route("标题一行\n\n第一段正文。\n\n第二段正文。\n".encode(), content_type="text/plain; charset=utf-8"),
    "/moved": Route(b"", status=301, content_type="text/plain", location="/article"),
    "/bad-redirect": Route(b"", status=302, content_type="text/plain", location="http://[::1/x"),
    "/image": Route(b"\x89PNG\r\n\x1a\n\x00\x00", content_type="image/png"),
    "/pdf": Route(b"%PDF-1.4\n", content_type="application/pdf"),
    "/big": Route(b"<p>" + b"x" * 8000 + b"</p>", content_type="text/html"),
    "/big-streamed": Route(b"<p>" + b"y" * 8000 + b"</p>", content_type="text/html", send_length=False),
    "/slow": Route(b"<p>late</p>", content_type="text/html", delay=1.5),
    "/error": Route(b"oops", status=500, content_type="text/plain"),
}


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    with loopback_server(ROUTES) as base:
        yield base


def test_fetch_html_page(server: str) -> None:
    document = fetch_url(f"{server}/article")
    assert document.title == "制造业数字化转型专题协商会召开"
    assert document.source == "测试日报"
    assert document.published_at == datetime(2025, 5, 14, 22, 17, tzinfo=CST)
    assert document.url == f"{server}/article"
    assert document.origin == f"{server}/article"
    assert [s.text for s in document.segments] == ZH_PARAGRAPHS


def test_fetch_follows_redirects(server: str) -> None:
    document = fetch_url(f"{server}/moved")
    assert document.url == f"{server}/article"  # where the text came from
    assert document.origin == f"{server}/moved"  # what the user asked for
    assert len(document.segments) == len(ZH_PARAGRAPHS)


def test_fetch_through_ingest(server: str) -> None:
    assert [s.text for s in ingest(f"{server}/article").segments] == ZH_PARAGRAPHS


@pytest.mark.parametrize(
    ("path", "title"),
    [
        pytest.param("/gbk", "制造业数字化转型专题协商会召开", id="charset-header"),
        pytest.param("/gbk-meta", "制造业数字化转型专题协商会召开", id="meta"),
        pytest.param("/gbk-wrong-header", "制造业数字化转型专题协商会召开", id="header-says-utf8"),
        pytest.param("/gb2312-label", "朱镕基文集出版座谈会召开", id="gb2312-label-gbk-character"),
    ],
)
def test_fetch_gbk_page(server: str, path: str, title: str) -> None:
    document = fetch_url(server + path)
    assert document.title == title
    assert [s.text for s in document.segments] == ZH_PARAGRAPHS


def test_fetch_plain_text(server: str) -> None:
    document = fetch_url(f"{server}/plain")
    assert document.title == "标题一行"
    assert [s.text for s in document.segments] == ["第一段正文。", "第二段正文。"]


@pytest.mark.parametrize(
    ("path", "error", "message"),
    [
        pytest.param("/missing", FetchError, "the server answered HTTP 404", id="404"),
        pytest.param("/error", FetchError, "the server answered HTTP 500", id="500"),
        pytest.param("/image", FetchError, "the content type is image/png, not an HTML page or text", id="png"),
        pytest.param("/pdf", InputError, "cannot read the PDF (it is damaged or not a PDF)", id="broken-pdf"),
    ],
)
def test_fetch_refused(server: str, path: str, error: type[Exception], message: str) -> None:
    with pytest.raises(error) as caught:
        fetch_url(server + path)
    assert str(caught.value).startswith(f"{server}{path}: {message}")


@pytest.mark.parametrize(
    "path", [pytest.param("/big", id="content-length"), pytest.param("/big-streamed", id="streamed")]
)
def test_fetch_over_the_cap(server: str, path: str) -> None:
    with pytest.raises(InputTooLarge) as caught:
        fetch_url(server + path, settings=FetchSettings(max_bytes=4096))
    assert "over the 4 KB cap" in str(caught.value)


def test_fetch_read_timeout(server: str) -> None:
    with pytest.raises(FetchError) as caught:
        fetch_url(f"{server}/slow", settings=FetchSettings(read_timeout=0.5))
    assert "timed out" in str(caught.value)


def test_fetch_connection_refused() -> None:
    url = f"http://127.0.0.1:{closed_port()}/article"
    with pytest.raises(FetchError) as caught:
        fetch_url(url, settings=FetchSettings(connect_timeout=2))
    assert str(caught.value).startswith(f"{url}: cannot connect to the server")


def test_fetch_redirect_to_a_malformed_url(server: str) -> None:
    with pytest.raises(FetchError) as caught:
        fetch_url(f"{server}/bad-redirect")
    assert str(caught.value).startswith(f"{server}/bad-redirect: cannot fetch")


@pytest.mark.parametrize(
    ("url", "message"),
    [
        pytest.param("http://", "not a valid URL (no host name)", id="no-host"),
        pytest.param("https:///path", "not a valid URL (no host name)", id="empty-host"),
        pytest.param("http://[::1/x", "not a valid URL", id="broken-ipv6"),
    ],
)
def test_malformed_url(url: str, message: str) -> None:
    with pytest.raises(FetchError) as caught:
        ingest(url)
    assert str(caught.value).startswith(f"{url}: {message}")


@pytest.mark.parametrize(
    "url",
    [
        pytest.param("ftp://example.com/article.html", id="ftp"),
        pytest.param("file:///etc/passwd", id="file"),
        pytest.param("gopher://example.com/", id="gopher"),
    ],
)
def test_non_http_scheme_refused(url: str) -> None:
    with pytest.raises(UnsupportedFormat) as caught:
        ingest(url)
    assert "only http and https URLs are fetched" in str(caught.value)
    assert str(caught.value).startswith(url)
