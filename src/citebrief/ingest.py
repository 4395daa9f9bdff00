"""Sources → Document: files (HTML, text, Markdown), standard input, and http(s) URLs."""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from citebrief.decode import canonical_encoding, decode_bytes
from citebrief.errors import (
    EmptyInput,
    FetchError,
    InputError,
    InputNotFound,
    InputTooLarge,
    NoMainText,
    UnsupportedFormat,
)
from citebrief.model import Document
from citebrief.segment import build_document, join_letter_spaced
from citebrief.text.header import is_header_line, read_header

if TYPE_CHECKING:
    import httpx

MAX_BYTES = 10 * 1024 * 1024
STDIN_NAME = "<stdin>"  # how errors name standard input ('-' on the command line)
Kind = Literal["html", "text", "markdown"]

_HTML_SUFFIXES = {".html", ".htm", ".xhtml", ".shtml"}
_TEXT_SUFFIXES = {".txt", ".text", ""}
_MARKDOWN_SUFFIXES = {".md", ".markdown"}
_HTML_CONTENT_TYPES = {"text/html", "application/xhtml+xml"}
_TEXT_CONTENT_TYPES = {"text/plain": "text", "text/markdown": "markdown", "text/x-markdown": "markdown"}
_LOOKS_HTML = re.compile(r"^\s*(?:<!doctype html|<html|<head|<body|<article|<p[\s>]|<div)", re.IGNORECASE)
_HAS_TAG = re.compile(r"<(?:[a-zA-Z][a-zA-Z0-9-]*|!doctype|!--|/[a-zA-Z])", re.IGNORECASE)
_TITLE_END_ZH = re.compile(r"(?:通知|意见|决定|通报|复函|批复|办法|规定|公告|报告|方案|纲要|规划|条例|细则|函|令)$")
_DOCUMENT_NUMBER = re.compile(r"[〔\[（(]\d{4}[〕\]）)]\s*\d+\s*号")
_SENTENCE_END = re.compile(r"[。！？!?.;；:：]$")


@dataclass(frozen=True)
class FetchSettings:
    """Limits on URL fetches."""

    connect_timeout: float = 10.0
    read_timeout: float = 30.0
    max_bytes: int = MAX_BYTES


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
    if not re.search(r"\n[ \t\u3000]*\n", text):
        return [line.strip() for line in text.split("\n") if line.strip()]
    paragraphs: list[str] = []
    for block in re.split(r"\n[ \t\u3000]*\n", text):
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


def _split_title(paragraphs: list[str]) -> tuple[str | None, list[str]]:
    """A short first line without closing punctuation is the title."""
    if len(paragraphs) < 2:
        return None, paragraphs
    first = paragraphs[0].lstrip("#").strip()
    chinese = bool(re.search(r"[\u4e00-\u9fff]", first))
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
        from citebrief.html import extract_page

        page = extract_page(text, source=origin, url=url)
        source = page.site_name
        if source is None and url:
            import httpx

            source = httpx.URL(url).host or None
        document = build_document(
            page.paragraphs, origin=origin, url=url, title=page.title, source=source, published_at=page.published_at
        )
    else:
        if kind == "markdown":
            title, paragraphs = _markdown_paragraphs(text)
            if title is None:
                title, paragraphs = _split_title(paragraphs)
        else:
            title, paragraphs = _split_title([join_letter_spaced(p) for p in _text_paragraphs(text)])
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
    return document_from_text(decode_bytes(data, origin), origin=origin, kind=_kind_of_path(path))


def read_stdin(*, max_bytes: int = MAX_BYTES) -> Document:
    data = sys.stdin.buffer.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise InputTooLarge(f"over the {describe_size(max_bytes)} cap", source=STDIN_NAME)
    return document_from_text(decode_bytes(data, STDIN_NAME), origin="-")


def _content_kind(response: httpx.Response, url: str) -> Kind:
    """HTML, text or Markdown by the Content-Type header; anything else is refused."""
    content_type = response.headers.get("content-type", "").split(";")[0].strip().lower()
    if content_type in _HTML_CONTENT_TYPES:
        return "html"
    if content_type in _TEXT_CONTENT_TYPES:
        return "markdown" if _TEXT_CONTENT_TYPES[content_type] == "markdown" else "text"
    raise FetchError(f"the content type is {content_type or 'missing'}, not an HTML page or text", source=url)


def _read_capped(response: httpx.Response, max_bytes: int, url: str) -> bytes:
    """The body, refused as soon as it is known to be over the cap (declared or streamed)."""
    declared = response.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > max_bytes:
        raise InputTooLarge(
            f"the page is {describe_size(int(declared))}, over the {describe_size(max_bytes)} cap", source=url
        )
    body = bytearray()
    for chunk in response.iter_bytes():
        body.extend(chunk)
        if len(body) > max_bytes:
            raise InputTooLarge(f"the page is over the {describe_size(max_bytes)} cap", source=url)
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


def fetch_url(url: str, *, settings: FetchSettings | None = None, client: httpx.Client | None = None) -> Document:
    """Fetch an http(s) page and read it; `client` is the seam tests and the web app use."""
    import httpx

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
    client = client or httpx.Client(timeout=timeout, follow_redirects=True, headers={"User-Agent": "citebrief/0.1"})
    try:
        with client.stream("GET", url, timeout=timeout) as response:
            if response.status_code >= 400:
                raise FetchError(f"the server answered HTTP {response.status_code}", source=url)
            kind = _content_kind(response, url)
            data = _read_capped(response, settings.max_bytes, url)
            charset = response.charset_encoding
            final_url = str(response.url)
    except httpx.TimeoutException as exc:
        raise FetchError("timed out waiting for the server", source=url) from exc
    except httpx.ConnectError as exc:
        raise FetchError(f"cannot connect to the server ({exc})", source=url) from exc
    except (httpx.HTTPError, httpx.InvalidURL) as exc:  # InvalidURL: e.g. a redirect to a malformed URL
        raise FetchError(f"cannot fetch ({type(exc).__name__}: {exc})", source=url) from exc
    finally:
        if owned:
            client.close()
    return document_from_text(_decode_page(data, charset, url), origin=url, kind=kind, url=final_url)


def ingest(spec: str, *, max_bytes: int = MAX_BYTES) -> Document:
    """One input as the user names it: a path, '-' for standard input, or a URL."""
    if spec == "-":
        return read_stdin(max_bytes=max_bytes)
    if is_url(spec):
        return fetch_url(spec, settings=FetchSettings(max_bytes=max_bytes))
    return read_path(Path(spec), max_bytes=max_bytes)
