"""Sources → Document: files (HTML, text, Markdown), standard input, and http(s) URLs."""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from citebrief.decode import decode_bytes
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
from citebrief.segment import build_document

if TYPE_CHECKING:
    import httpx

MAX_BYTES = 10 * 1024 * 1024
Kind = Literal["html", "text", "markdown"]

_HTML_SUFFIXES = {".html", ".htm", ".xhtml", ".shtml"}
_TEXT_SUFFIXES = {".txt", ".text", ""}
_MARKDOWN_SUFFIXES = {".md", ".markdown"}
_HTML_CONTENT_TYPES = {"text/html", "application/xhtml+xml"}
_TEXT_CONTENT_TYPES = {"text/plain": "text", "text/markdown": "markdown", "text/x-markdown": "markdown"}
_LOOKS_HTML = re.compile(r"^\s*(?:<!doctype html|<html|<head|<body|<article|<p[\s>]|<div)", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[。！？!?.;；:：]$")


@dataclass(frozen=True)
class FetchSettings:
    """Limits on URL fetches."""

    connect_timeout: float = 10.0
    read_timeout: float = 30.0
    max_bytes: int = MAX_BYTES


def is_url(spec: str) -> bool:
    return bool(re.match(r"^[a-zA-Z][a-zA-Z0-9+.-]*://", spec))


def _sniff_kind(text: str, declared: Kind | None) -> Kind:
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
        joined = ""
        for line in (raw.strip() for raw in lines):
            needs_space = joined and joined[-1].isascii() and line[:1].isascii()
            joined += (" " if needs_space else "") + line
        paragraphs.append(joined)
    return paragraphs


def _split_title(paragraphs: list[str]) -> tuple[str | None, list[str]]:
    """A short first line without closing punctuation is the title."""
    if len(paragraphs) < 2:
        return None, paragraphs
    first = paragraphs[0].lstrip("#").strip()
    short = len(first) <= 60 if re.search(r"[\u4e00-\u9fff]", first) else len(first.split()) <= 20
    if short and not _SENTENCE_END.search(first):
        return first, paragraphs[1:]
    return None, paragraphs


def _markdown_paragraphs(text: str) -> tuple[str | None, list[str]]:
    from markdown_it import MarkdownIt

    title: str | None = None
    paragraphs: list[str] = []
    tokens = MarkdownIt("commonmark").parse(text)
    for index, token in enumerate(tokens):
        if token.type != "inline":
            continue
        plain = (
            "".join(
                child.content
                for child in token.children or []
                if child.type in ("text", "code_inline", "softbreak") or child.type == "softbreak"
            )
            or token.content
        )
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
    elif kind == "markdown":
        title, paragraphs = _markdown_paragraphs(text)
        if title is None:
            title, paragraphs = _split_title(paragraphs)
        document = build_document(paragraphs, origin=origin, url=url, title=title)
    else:
        title, paragraphs = _split_title(_text_paragraphs(text))
        document = build_document(paragraphs, origin=origin, url=url, title=title)
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
    if not path.exists():
        raise InputNotFound("no such file", source=origin)
    if path.is_dir():
        raise InputError("is a directory, not a file (give the files inside it)", source=origin)
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise InputTooLarge(
                f"the file is {size / 1e6:.1f} MB, over the {max_bytes / 1e6:.0f} MB cap", source=origin
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
        raise InputTooLarge(f"standard input is over the {max_bytes / 1e6:.0f} MB cap", source="-")
    return document_from_text(decode_bytes(data, "<stdin>"), origin="-")


def fetch_url(url: str, *, settings: FetchSettings | None = None, client: httpx.Client | None = None) -> Document:
    """Fetch an http(s) page and read it; `client` is the seam tests and the web app use."""
    import httpx

    settings = settings or FetchSettings()
    scheme = url.split("://", 1)[0].lower()
    if scheme not in ("http", "https"):
        raise UnsupportedFormat(f"only http and https URLs are fetched, not {scheme}://", source=url)
    timeout = httpx.Timeout(settings.read_timeout, connect=settings.connect_timeout)
    owned = client is None
    client = client or httpx.Client(timeout=timeout, follow_redirects=True, headers={"User-Agent": "citebrief/0.1"})
    try:
        with client.stream("GET", url, timeout=timeout) as response:
            if response.status_code >= 400:
                raise FetchError(f"the server answered HTTP {response.status_code}", source=url)
            content_type = response.headers.get("content-type", "").split(";")[0].strip().lower()
            if content_type in _HTML_CONTENT_TYPES:
                kind: Kind = "html"
            elif content_type in _TEXT_CONTENT_TYPES:
                kind = "markdown" if _TEXT_CONTENT_TYPES[content_type] == "markdown" else "text"
            else:
                raise FetchError(
                    f"the content type is {content_type or 'missing'}, not an HTML page or text", source=url
                )
            declared_length = int(response.headers.get("content-length") or 0)
            if declared_length > settings.max_bytes:
                raise InputTooLarge(f"the page is {declared_length / 1e6:.1f} MB, over the cap", source=url)
            body = bytearray()
            for chunk in response.iter_bytes():
                body.extend(chunk)
                if len(body) > settings.max_bytes:
                    raise InputTooLarge(f"the page is over the {settings.max_bytes / 1e6:.0f} MB cap", source=url)
            charset = response.charset_encoding
            final_url = str(response.url)
    except httpx.TimeoutException as exc:
        raise FetchError("timed out", source=url) from exc
    except httpx.HTTPError as exc:
        raise FetchError(f"cannot fetch ({type(exc).__name__}: {exc})", source=url) from exc
    finally:
        if owned:
            client.close()
    data = bytes(body)
    text = None
    if charset:
        try:
            text = data.decode(charset)
        except (UnicodeDecodeError, LookupError):
            text = None
    if text is None:
        text = decode_bytes(data, url)
    return document_from_text(text, origin=url, kind=kind, url=final_url)


def ingest(spec: str, *, max_bytes: int = MAX_BYTES) -> Document:
    """One input as the user names it: a path, '-' for standard input, or a URL."""
    if spec == "-":
        return read_stdin(max_bytes=max_bytes)
    if is_url(spec):
        return fetch_url(spec, settings=FetchSettings(max_bytes=max_bytes))
    return read_path(Path(spec), max_bytes=max_bytes)
