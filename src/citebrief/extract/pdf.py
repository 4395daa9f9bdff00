"""PDF files (State Council and ministry attachments) → paragraphs, with pypdfium2.

A PDF holds lines, not paragraphs: a paragraph is rebuilt from lines that run to the right
margin, and ends at a line that stops short, at a line ending a sentence short of the margin,
or before an indented line. Lines that repeat at the top or bottom of most pages (running
headers and footers) and page numbers ("- 3 -", "第3页", "3/12") are dropped. A PDF without a
text layer (a scan) is refused with a clear error: it needs OCR first.
"""

from __future__ import annotations

import re
from collections import Counter

from citebrief.errors import InputError, NoMainText
from citebrief.extract.lines import ExtractedPage

_PAGE_NUMBER = re.compile(
    r"^(?:[-—–\s]*\d{1,4}[-—–\s]*|第\s*\d{1,4}\s*页(?:\s*[/，,]?\s*共\s*\d{1,4}\s*页)?|\d{1,4}\s*/\s*\d{1,4}|"
    r"page\s*\d{1,4}(?:\s*of\s*\d{1,4})?)$",
    re.IGNORECASE,
)
_DIGITS = re.compile(r"\d+")
_SENTENCE_END = re.compile(r"[。！？；：.!?;:」』”）)]$")
_INDENT = re.compile(r"^(?:\u3000|\s{2,})")
_LIST_START = re.compile(
    r"^(?:[一二三四五六七八九十]+[、.．]|（[一二三四五六七八九十\d]+）|\(\d+\)|\d+[.、．]\s*|第[一二三四五六七八九十\d]+[章条节])"
)
_PLACEHOLDER_TITLE = re.compile(
    r"^\(?(?:anonymous|untitled|无标题)\)?$|^Microsoft Word -|\.(?:docx?|pdf|wps|txt)$", re.IGNORECASE
)
_EDGE_LINES = 2  # lines at the top and bottom of a page where headers and footers live
_REPEAT_SHARE = 0.5
_FULL_LINE = 0.85  # a line this close to the page's longest runs on into the next one
_MIN_TEXT_PER_PAGE = 10


def _page_lines(data: bytes, source: str) -> tuple[list[list[str]], str | None]:
    import pypdfium2 as pdfium

    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        reason = "it is password-protected" if "password" in str(exc).lower() else "it is damaged or not a PDF"
        raise InputError(f"cannot read the PDF ({reason})", source=source) from exc
    try:
        title = _real_title(pdf.get_metadata_dict().get("Title") or "")
        pages: list[list[str]] = []
        for index in range(len(pdf)):
            page = pdf[index]
            textpage = page.get_textpage()
            text = textpage.get_text_range()
            textpage.close()
            page.close()
            lines = [line.rstrip() for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
            pages.append([line for line in lines if line.strip()])
    finally:
        pdf.close()
    return pages, title


def _real_title(value: str) -> str | None:
    """The metadata title, unless it is a tool's placeholder or a file name."""
    value = value.strip()
    if not value or _PLACEHOLDER_TITLE.search(value):
        return None
    return value


def _running_lines(pages: list[list[str]]) -> set[str]:
    """Lines (digits masked) at the top or bottom of at least half the pages: headers and footers."""
    if len(pages) < 2:
        return set()
    seen: Counter[str] = Counter()
    for lines in pages:
        edges = {_DIGITS.sub("#", line.strip()) for line in lines[:_EDGE_LINES] + lines[-_EDGE_LINES:]}
        seen.update(edges)
    return {line for line, count in seen.items() if count >= max(2, _REPEAT_SHARE * len(pages))}


def _join(left: str, right: str) -> str:
    wide = "\u2e80" <= left[-1:] <= "\u9fff" or "\u2e80" <= right[:1] <= "\u9fff" or "\uff00" <= right[:1] <= "\uffef"
    if left.endswith("-") and right[:1].islower():
        return left[:-1] + right
    return left + ("" if wide else " ") + right


def paragraphs_of(pages: list[list[str]]) -> list[str]:
    """Paragraphs rebuilt from the pages' lines, running headers, footers and page numbers dropped."""
    running = _running_lines(pages)
    lines = [
        line
        for page in pages
        for line in page
        if not _PAGE_NUMBER.match(line.strip()) and _DIGITS.sub("#", line.strip()) not in running
    ]
    if not lines:
        return []
    width = max(len(line.strip()) for line in lines)
    paragraphs: list[str] = []
    current = ""
    for line in lines:
        text = line.strip()
        starts_new = bool(_INDENT.match(line)) or bool(_LIST_START.match(text))
        if current and starts_new:
            paragraphs.append(current)
            current = ""
        current = _join(current, text) if current else text
        short = len(text) < _FULL_LINE * width
        if short or (_SENTENCE_END.search(text) and len(text) < width):
            paragraphs.append(current)
            current = ""
    if current:
        paragraphs.append(current)
    return paragraphs


def extract_pdf(data: bytes, source: str) -> ExtractedPage:
    """The paragraphs and title of a PDF with a text layer."""
    pages, title = _page_lines(data, source)
    chars = sum(len(line) for page in pages for line in page)
    if chars < _MIN_TEXT_PER_PAGE * max(1, len(pages)):
        raise NoMainText("this PDF has no text layer (a scanned document?); run OCR on it first", source=source)
    paragraphs = paragraphs_of(pages)
    if title is None and len(paragraphs) > 1 and len(paragraphs[0]) <= 60 and not _SENTENCE_END.search(paragraphs[0]):
        title, paragraphs = paragraphs[0], paragraphs[1:]
    return ExtractedPage(title=title, site_name=None, published_at=None, paragraphs=paragraphs, method="pdf")
