"""Sources → Document: files (HTML, text, Markdown, PDF, Word .docx), standard input, and http(s) URLs."""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING, Literal
from urllib.parse import urlsplit

from citebrief.decode import canonical_encoding, decode_bytes
from citebrief.errors import (
    EmptyInput,
    FetchError,
    InputError,
    InputNotFound,
    InputTooLarge,
    NoMainText,
    NotAnArticle,
    UnsupportedFormat,
)
from citebrief.model import Document
from citebrief.segment import build_document, join_letter_spaced
from citebrief.text.header import is_header_line, mentions_date, read_header
from citebrief.text.lazy_re import LazyPattern

if TYPE_CHECKING:
    from collections.abc import Callable

    import httpx

MAX_BYTES = 10 * 1024 * 1024
# the most article text one brief takes (UTF-8, after HTML extraction): about 15,000 paragraphs,
# 1.3 million Chinese characters or 650,000 English words, briefed in ~20 s and ~400 MB at most;
# a longer input is refused before any segmenting or briefing, not after minutes
MAX_ARTICLE_BYTES = 4 * 1024 * 1024
STDIN_NAME = "<stdin>"  # how errors name standard input ('-' on the command line)
Kind = Literal["html", "text", "markdown"]

_HTML_SUFFIXES = {".html", ".htm", ".xhtml", ".shtml"}
_TEXT_SUFFIXES = {".txt", ".text", ""}
_MARKDOWN_SUFFIXES = {".md", ".markdown"}
BINARY_SUFFIXES = {".pdf": "pdf", ".docx": "docx"}
_HTML_CONTENT_TYPES = {"text/html", "application/xhtml+xml"}
_TEXT_CONTENT_TYPES = {"text/plain": "text", "text/markdown": "markdown", "text/x-markdown": "markdown"}
# files a server may answer with: read as files (a ministry's PDF attachment), not as pages
_FILE_CONTENT_TYPES = {
    "application/pdf": ".pdf",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": ".docx",
}
_BLANK_LINE = LazyPattern(r"\n[ \t\u3000]*\n")  # (compiled once, from the regex cache)
_HAN = LazyPattern(r"[\u4e00-\u9fff]")
_LOOKS_HTML = LazyPattern(r"^\s*(?:<!doctype html|<html|<head|<body|<article|<p[\s>]|<div)", re.IGNORECASE)
_HAS_TAG = LazyPattern(r"<(?:[a-zA-Z][a-zA-Z0-9-]*|!doctype|!--|/[a-zA-Z])", re.IGNORECASE)
_TITLE_END_ZH = LazyPattern(r"(?:通知|意见|决定|通报|复函|批复|办法|规定|公告|报告|方案|纲要|规划|条例|细则|函|令)$")
_DOCUMENT_NUMBER = LazyPattern(r"[〔\[（(]\d{4}[〕\]）)]\s*\d+\s*号")
_SENTENCE_END = LazyPattern(r"[。！？!?.;；:：]$")


@dataclass(frozen=True)
class FetchSettings:
    """Limits on URL fetches: per wait (connect, read), for the whole fetch (total_timeout,
    redirects included), and a minimum rate in bytes a second from `rate_grace` seconds after
    the first byte, so a server that trickles a byte at a time cannot hold a worker
    (`fetch_limits`)."""

    connect_timeout: float = 10.0
    read_timeout: float = 30.0
    max_bytes: int = MAX_BYTES
    total_timeout: float = 60.0
    min_rate: float = 1024.0
    rate_grace: float = 10.0


def describe_size(n: int) -> str:
    """A byte count as a reader says it: 10 MB, 11.5 MB, 4.0 KB, 500 bytes."""
    mib, kib = 1024 * 1024, 1024
    if n >= mib:
        return f"{n // mib} MB" if n % mib == 0 else f"{n / mib:.1f} MB"
    if n >= kib:
        return f"{n // kib} KB" if n % kib == 0 else f"{n / kib:.1f} KB"
    return f"{n} bytes"


def is_url(spec: str) -> bool:
    return bool(re.match(r"^[a-zA-Z][a-zA-Z0-9+.-]*://", spec))


def _sniff_kind(text: str, declared: Kind | None) -> Kind:
    if declared == "html" and not _HAS_TAG.search(text[:8192]):
        return "text"  # a .html file without a single tag is plain text saved under the wrong name
    if declared == "html" or (declared is None and _LOOKS_HTML.match(text)):
        return "html"
    return declared or "text"


def _text_paragraphs(text: str) -> list[str]:
    """Paragraphs of a plain-text article.

    Blank lines separate paragraphs when the text has them (lines inside a block are one
    hard-wrapped paragraph, unless they start with the full-width indent Chinese text uses);
    without blank lines every line is a paragraph.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not _BLANK_LINE.search(text):
        return [line.strip() for line in text.split("\n") if line.strip()]
    paragraphs: list[str] = []
    for block in re.split(r"\n[ \t\u3000]*\n", text):
        if "\n" not in block:  # one line (most blocks): the paragraph is the line, trimmed
            if block.strip():
                paragraphs.append(block.strip())
            continue
        lines = [line for line in block.split("\n") if line.strip()]
        if not lines:
            continue
        if sum(line.startswith("\u3000\u3000") for line in lines) > 1:
            paragraphs.extend(line.strip() for line in lines)
            continue
        paragraphs.append(_join_lines(lines))
    return paragraphs


def _join_lines(lines: list[str]) -> str:
    """Lines of one hard-wrapped paragraph: a space between Latin words, none next to a Han character."""
    joined = ""
    for line in (raw.strip() for raw in lines):
        if not line:
            continue
        needs_space = joined and not (_is_wide(joined[-1]) or _is_wide(line[0]))
        joined += (" " if needs_space else "") + line
    return joined


def _is_wide(char: str) -> bool:
    """Han characters and CJK punctuation, which are written without spaces between them."""
    return "\u2e80" <= char <= "\u9fff" or "\uf900" <= char <= "\ufaff" or "\uff00" <= char <= "\uffef"


def check_article_size(paragraphs: list[str], origin: str) -> None:
    """Refuse an article over MAX_ARTICLE_BYTES of text, before any work on it."""
    size = sum(len(p) for p in paragraphs)
    if size * 4 <= MAX_ARTICLE_BYTES:
        return  # no text of this many characters can be over the cap: skip the encoding
    size = sum(len(p.encode("utf-8")) for p in paragraphs)
    if size > MAX_ARTICLE_BYTES:
        raise InputTooLarge(
            f"the article is {describe_size(size)} of text, over the {describe_size(MAX_ARTICLE_BYTES)} one brief"
            " takes (about 15,000 paragraphs); brief it in parts",
            source=origin,
        )


def _split_title(paragraphs: list[str]) -> tuple[str | None, list[str]]:
    """A short first line without closing punctuation is the title."""
    if len(paragraphs) < 2:
        return None, paragraphs
    first = paragraphs[0].lstrip("#").strip()
    chinese = bool(_HAN.search(first))
    short = len(first) <= 60 if chinese else len(first.split()) <= 20
    if not short or _SENTENCE_END.search(first):
        return None, paragraphs
    title, rest = first, paragraphs[1:]
    # Chinese official documents break a long title over lines ("国务院办公厅关于开展" /
    # "城镇小区配套幼儿园治理工作的通知"): take the next short unpunctuated lines until the
    # title has its closing word or the document number (国办发〔2019〕3号) comes
    while chinese and len(rest) > 2 and not _TITLE_END_ZH.search(title):
        following = rest[0]
        if (
            len(following) > 30
            or _SENTENCE_END.search(following)
            or _DOCUMENT_NUMBER.search(following)
            or is_header_line(following)
        ):
            break
        if mentions_date(following):  # the source line under the title
            break
        if len(title) + len(following) > 80:
            break
        title, rest = title + following, rest[1:]
    return title, rest


def _markdown_paragraphs(text: str) -> tuple[str | None, list[str]]:
    from markdown_it import MarkdownIt

    title: str | None = None
    paragraphs: list[str] = []
    tokens = MarkdownIt("commonmark").parse(text)
    for index, token in enumerate(tokens):
        if token.type != "inline":
            continue
        if token.children is None:
            plain = token.content
        else:
            pieces = [
                "\n" if child.type in ("softbreak", "hardbreak") else child.content
                for child in token.children
                if child.type in ("text", "code_inline", "softbreak", "hardbreak")
            ]
            plain = _join_lines("".join(pieces).split("\n"))
        plain = plain.strip()
        if not plain:
            continue
        opener = tokens[index - 1] if index else None
        if title is None and not paragraphs and opener is not None and opener.tag == "h1":
            title = plain
            continue
        paragraphs.append(plain)
    return title, paragraphs


def document_from_text(
    text: str,
    *,
    origin: str,
    kind: Kind | None = None,
    url: str | None = None,
) -> Document:
    """A Document from decoded text of a known or sniffed kind."""
    text = text.removeprefix("\ufeff")  # a BOM left by a decoder that was told the charset
    if not text.strip():
        raise EmptyInput("the input holds only whitespace", source=origin)
    kind = _sniff_kind(text, kind)
    if kind == "html":
        from citebrief.extract.page import NOT_AN_ARTICLE, extract_page

        page = extract_page(text, source=origin, url=url)
        source = page.site_name
        if source is None and url:
            import httpx

            source = httpx.URL(url).host or None
        check_article_size(page.paragraphs, origin)
        document = build_document(
            page.paragraphs, origin=origin, url=url, title=page.title, source=source, published_at=page.published_at
        )
        if not page.is_article:
            raise NotAnArticle(NOT_AN_ARTICLE, source=origin, document=document if document.segments else None)
    else:
        if kind == "markdown":
            title, paragraphs = _markdown_paragraphs(text)
            if title is None:
                title, paragraphs = _split_title(paragraphs)
        else:
            title, paragraphs = _split_title([join_letter_spaced(p) for p in _text_paragraphs(text)])
        check_article_size(paragraphs, origin)
        # header lines, datelines, an official document's issuer, number and date
        header = read_header(title, paragraphs)
        document = build_document(
            header.paragraphs,
            origin=origin,
            url=url,
            title=header.title,
            source=header.source,
            published_at=header.published_at,
        )
    if not document.segments:
        if kind == "html":
            raise NoMainText("no article text found in this HTML page", source=origin)
        raise EmptyInput("no paragraphs of text left after removing boilerplate", source=origin)
    return document


def document_from_file_bytes(data: bytes, *, origin: str, suffix: str, url: str | None = None) -> Document:
    """A Document from a PDF or .docx file's bytes: the same numbering and citations as HTML."""
    if not data:
        raise EmptyInput("the file is empty", source=origin)
    if BINARY_SUFFIXES[suffix] == "pdf":
        from citebrief.extract.pdf import extract_pdf

        page = extract_pdf(data, origin)
    else:
        from citebrief.extract.docx import extract_docx

        page = extract_docx(data, origin)
    document = build_document(page.paragraphs, origin=origin, url=url, title=page.title)
    if not document.segments:
        raise EmptyInput(f"no paragraphs of text in this {suffix[1:].upper()} file", source=origin)
    return document


def _kind_of_path(path: Path) -> Kind | None:
    suffix = path.suffix.lower()
    if suffix in _HTML_SUFFIXES:
        return "html"
    if suffix in _MARKDOWN_SUFFIXES:
        return "markdown"
    if suffix in _TEXT_SUFFIXES:
        return None  # sniffed: a .txt that is really HTML is read as HTML
    return None


def read_path(path: Path, *, max_bytes: int = MAX_BYTES) -> Document:
    origin = str(path)
    try:
        if not path.exists():
            raise InputNotFound("no such file", source=origin)
        if path.is_dir():
            raise InputError("is a directory, not a file (give the files inside it)", source=origin)
        size = path.stat().st_size
        if size > max_bytes:
            raise InputTooLarge(
                f"the file is {describe_size(size)}, over the {describe_size(max_bytes)} cap", source=origin
            )
        data = path.read_bytes()
    except PermissionError as exc:
        raise InputError("permission denied", source=origin) from exc
    except OSError as exc:
        raise InputError(f"cannot read the file ({exc.strerror or exc})", source=origin) from exc
    suffix = ".pdf" if data.startswith(b"%PDF-") else path.suffix.lower()  # a PDF by any name
    if suffix in BINARY_SUFFIXES:
        return document_from_file_bytes(data, origin=origin, suffix=suffix)
    return document_from_text(decode_bytes(data, origin), origin=origin, kind=_kind_of_path(path))


def read_stdin(*, max_bytes: int = MAX_BYTES) -> Document:
    data = sys.stdin.buffer.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise InputTooLarge(f"over the {describe_size(max_bytes)} cap", source=STDIN_NAME)
    if data.startswith(b"%PDF-"):
        return document_from_file_bytes(data, origin=STDIN_NAME, suffix=".pdf")
    return document_from_text(decode_bytes(data, STDIN_NAME), origin="-")


def _file_suffix(content_type: str, url: str) -> str | None:
    """.pdf or .docx when the server sends such a file (by its type, or by name as a download)."""
    if content_type in _FILE_CONTENT_TYPES:
        return _FILE_CONTENT_TYPES[content_type]
    suffix = PurePosixPath(urlsplit(url).path).suffix.lower()
    if content_type in ("application/octet-stream", "application/x-download") and suffix in BINARY_SUFFIXES:
        return suffix
    return None


def _content_kind(content_type: str, url: str) -> Kind:
    """HTML, text or Markdown by the Content-Type header; anything else is refused."""
    if content_type in _HTML_CONTENT_TYPES:
        return "html"
    if content_type in _TEXT_CONTENT_TYPES:
        return "markdown" if _TEXT_CONTENT_TYPES[content_type] == "markdown" else "text"
    raise FetchError(f"the content type is {content_type or 'missing'}, not an HTML page or text", source=url)


def _read_capped(response: httpx.Response, max_bytes: int, url: str, noun: str) -> bytes:
    """The body, refused as soon as it is known to be over the cap (declared or streamed)."""
    declared = response.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > max_bytes:
        raise InputTooLarge(
            f"the {noun} is {describe_size(int(declared))}, over the {describe_size(max_bytes)} cap", source=url
        )
    body = bytearray()
    for chunk in response.iter_bytes():
        body.extend(chunk)
        if len(body) > max_bytes:
            raise InputTooLarge(f"the {noun} is over the {describe_size(max_bytes)} cap", source=url)
    return bytes(body)


def _decode_page(data: bytes, charset: str | None, url: str) -> str:
    """By the charset the server names (as its superset), else by detection."""
    encoding = canonical_encoding(charset) if charset else None
    if encoding:
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            pass  # the header is wrong about the body: detect instead
    return decode_bytes(data, url)


@dataclass(frozen=True)
class Fetched:
    """An http(s) body, read within the cap, with what the server said about it."""

    data: bytes
    content_type: str  # lower case, without parameters
    charset: str | None
    url: str  # after redirects


def fetch(
    url: str,
    *,
    settings: FetchSettings | None = None,
    client: httpx.Client | None = None,
    accept: Callable[[str], object] | None = None,
    noun: str = "page",
) -> Fetched:
    """The one http(s) fetch (pages and feeds): streamed, refused past the cap as soon as that
    is known; `accept` sees the content type before the body is read and raises to refuse it.
    `client` is the seam tests and the web app use (give it a
    `fetch_limits.LimitedTransport` to keep the deadline and minimum rate)."""
    import httpx

    from citebrief.fetch_limits import LimitedTransport, too_slow

    settings = settings or FetchSettings()
    scheme = url.split("://", 1)[0].lower()
    if scheme not in ("http", "https"):
        raise UnsupportedFormat(f"only http and https URLs are fetched, not {scheme}://", source=url)
    try:
        host = httpx.URL(url).host
    except httpx.InvalidURL as exc:
        raise FetchError(f"not a valid URL ({exc})", source=url) from exc
    if not host:
        raise FetchError("not a valid URL (no host name)", source=url)
    timeout = httpx.Timeout(settings.read_timeout, connect=settings.connect_timeout)
    owned = client is None
    client = client or httpx.Client(
        timeout=timeout,
        follow_redirects=True,
        headers={"User-Agent": "citebrief/0.1"},
        transport=LimitedTransport(settings),
    )
    try:
        with client.stream("GET", url, timeout=timeout) as response:
            if response.status_code >= 400:
                raise FetchError(f"the server answered HTTP {response.status_code}", source=url)
            content_type = response.headers.get("content-type", "").split(";")[0].strip().lower()
            if accept is not None:
                accept(content_type)
            data = _read_capped(response, settings.max_bytes, url, noun)
            return Fetched(data, content_type, response.charset_encoding, str(response.url))
    except httpx.TimeoutException as exc:
        raise FetchError(too_slow(exc) or "timed out waiting for the server", source=url) from exc
    except httpx.ConnectError as exc:
        raise FetchError(f"cannot connect to the server ({exc})", source=url) from exc
    except (httpx.HTTPError, httpx.InvalidURL) as exc:  # InvalidURL: e.g. a redirect to a malformed URL
        raise FetchError(f"cannot fetch ({type(exc).__name__}: {exc})", source=url) from exc
    finally:
        if owned:
            client.close()


def fetch_url(url: str, *, settings: FetchSettings | None = None, client: httpx.Client | None = None) -> Document:
    """Fetch an http(s) page (HTML or text, or a PDF or Word file; anything else is refused
    before it is read) and read it."""

    def accept(content_type: str) -> None:
        if not _file_suffix(content_type, url):
            _content_kind(content_type, url)

    fetched = fetch(url, settings=settings, client=client, accept=accept)
    suffix = _file_suffix(fetched.content_type, fetched.url)
    if suffix:
        return document_from_file_bytes(fetched.data, origin=url, suffix=suffix, url=fetched.url)
    kind = _content_kind(fetched.content_type, url)
    return document_from_text(_decode_page(fetched.data, fetched.charset, url), origin=url, kind=kind, url=fetched.url)


def ingest(spec: str, *, max_bytes: int = MAX_BYTES) -> Document:
    """One input as the user names it: a path, '-' for standard input, or a URL."""
    if spec == "-":
        return read_stdin(max_bytes=max_bytes)
    if is_url(spec):
        return fetch_url(spec, settings=FetchSettings(max_bytes=max_bytes))
    return read_path(Path(spec), max_bytes=max_bytes)
