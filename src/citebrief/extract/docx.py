"""Word .docx files → paragraphs, with python-docx.

Word already stores paragraphs, so each non-empty one is a paragraph, in body order with the
rows of tables between them (a row's cells joined by " | "). The title is the document's
Title property, else a first paragraph styled Title or Heading 1. Headers and footers live
apart from the body and are not read. An old binary .doc is refused: save it as .docx.
"""

from __future__ import annotations

import io
import zipfile
from typing import Any

from citebrief.errors import InputError, UnsupportedFormat
from citebrief.extract.lines import ExtractedPage

_TITLE_STYLES = {"title", "heading 1", "标题", "标题 1"}


def _blocks(document: Any) -> list[tuple[str, str]]:
    """(style name, text) of the body's paragraphs and table rows, in order."""
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    found: list[tuple[str, str]] = []
    for item in document.iter_inner_content():
        if isinstance(item, Paragraph):
            text = " ".join(item.text.split())
            if text:
                found.append(((item.style.name if item.style is not None else "") or "", text))
        elif isinstance(item, Table):
            for row in item.rows:
                cells: list[str] = []
                for cell in row.cells:
                    text = " ".join(cell.text.split())
                    if text and (not cells or cells[-1] != text):  # merged cells repeat their text
                        cells.append(text)
                if cells:
                    found.append(("table", " | ".join(cells)))
    return found


def extract_docx(data: bytes, source: str) -> ExtractedPage:
    """The paragraphs and title of a .docx file."""
    import docx

    if data[:4] == b"\xd0\xcf\x11\xe0":
        raise UnsupportedFormat("an old binary Word .doc file; save it as .docx", source=source)
    try:
        document = docx.Document(io.BytesIO(data))
    except (zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise InputError(f"cannot read the Word file ({exc})", source=source) from exc
    blocks = _blocks(document)
    title = (document.core_properties.title or "").strip() or None
    if blocks and blocks[0][0].lower() in _TITLE_STYLES:
        title = title or blocks[0][1]
        if blocks[0][1] == title:
            blocks = blocks[1:]
    return ExtractedPage(
        title=title, site_name=None, published_at=None, paragraphs=[text for _, text in blocks], method="docx"
    )
