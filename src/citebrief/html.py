"""Main text and metadata of an HTML page.

trafilatura finds the article body and the title and site name; two things it does not give
us we read from the page ourselves: the time of day of publication (its date keeps only the
day) and the paragraph structure (its text output joins paragraphs with single newlines, so we
walk the body element it returns instead).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import datetime
from email.utils import parsedate_to_datetime

from citebrief.errors import NoMainText

_TIME_META_NAMES = (
    "article:published_time",
    "og:article:published_time",
    "datepublished",
    "pubdate",
    "publishdate",
    "publish-date",
    "publish_date",
    "publishtime",
    "dc.date",
    "dc.date.issued",
    "dcterms.created",
    "date",
    "sailthru.date",
    "parsely-pub-date",
    "article.published",
)
_ZH_DATETIME = re.compile(
    r"(\d{4})\s*[年/\-.]\s*(\d{1,2})\s*[月/\-.]\s*(\d{1,2})\s*日?\s*(\d{1,2})[:：](\d{2})(?:[:：](\d{2}))?"
)


_HAS_CLOCK = re.compile(r"\d{1,2}[:：]\d{2}")
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>", re.IGNORECASE)
# htmldate's extensive search guesses a date from any year in the text ("截至2024年底" gave
# 2024-01-01); a brief must show no date rather than an invented one
_DATE_PARAMS = {"extensive_search": False, "original_date": True}


@dataclass(frozen=True)
class ExtractedPage:
    title: str | None
    site_name: str | None
    published_at: datetime | None
    paragraphs: list[str]


def _parse_datetime(value: str) -> datetime | None:
    value = value.strip()
    if not value:
        return None
    iso = value.replace("Z", "+00:00")
    if re.fullmatch(r"\d{4}-\d{2}-\d{2} \d{2}:\d{2}(:\d{2})?", iso):
        iso = iso.replace(" ", "T")
    try:
        return datetime.fromisoformat(iso)
    except ValueError:
        pass
    match = _ZH_DATETIME.search(value)
    if match:
        year, month, day, hour, minute = (int(g) for g in match.groups()[:5])
        try:
            return datetime(year, month, day, hour, minute)
        except ValueError:
            return None
    try:
        return parsedate_to_datetime(value)  # RFC 2822, as in "Wed, 14 May 2025 22:17:00 +0800"
    except (TypeError, ValueError, IndexError):
        return None


def _jsonld_dates(tree: object) -> list[str]:
    found: list[str] = []

    def walk(node: object) -> None:
        if isinstance(node, dict):
            for key in ("datePublished", "dateCreated", "uploadDate"):
                value = node.get(key)
                if isinstance(value, str):
                    found.append(value)
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(tree)
    return found


def published_time(root: object, page_date: str | None) -> datetime | None:
    """The publish time with its time of day where the page states one.

    Order: <meta> tags, JSON-LD, <time datetime>, a 2025年5月14日 22:17 string in the page
    text on the page's date; a date alone (from trafilatura) when nothing gives the time.
    """
    candidates: list[str] = []
    for meta in root.iter("meta"):  # type: ignore[attr-defined]
        key = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").lower()
        if key in _TIME_META_NAMES and meta.get("content"):
            candidates.append(meta.get("content"))
    for script in root.iter("script"):  # type: ignore[attr-defined]
        if (script.get("type") or "").lower() == "application/ld+json" and script.text:
            try:
                candidates.extend(_jsonld_dates(json.loads(script.text)))
            except ValueError:
                continue
    for time_el in root.iter("time"):  # type: ignore[attr-defined]
        if time_el.get("datetime"):
            candidates.append(time_el.get("datetime"))
    parsed = [(dt, _HAS_CLOCK.search(c) is not None) for c in candidates if (dt := _parse_datetime(c))]
    for dt, has_clock in parsed:
        if not has_clock:
            continue
        if page_date is None or dt.date().isoformat() == page_date:
            return dt
    body_text = " ".join(root.itertext())[:200_000]  # type: ignore[attr-defined]
    for match in _ZH_DATETIME.finditer(body_text):
        dt = _parse_datetime(match.group())
        if dt and (page_date is None or dt.date().isoformat() == page_date):
            return dt
    if parsed:
        return parsed[0][0]
    if page_date:
        try:
            return datetime.fromisoformat(page_date)
        except ValueError:
            return None
    return None


def extract_page(html: str, source: str, url: str | None = None) -> ExtractedPage:
    """Title, site name, publish time and paragraphs of an article page."""
    import lxml.html
    import trafilatura
    from trafilatura.settings import Document

    html = _XML_DECLARATION.sub("", html, count=1)  # lxml refuses a str that declares its encoding
    try:
        root = lxml.html.fromstring(html)
    except (ValueError, lxml.etree.ParserError) as exc:
        raise NoMainText(f"cannot parse the HTML ({exc})", source=source) from exc
    extracted = trafilatura.bare_extraction(
        root,
        url=url,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        favor_precision=True,
        date_extraction_params=_DATE_PARAMS,
    )
    if not isinstance(extracted, Document) or extracted.body is None:
        extracted = trafilatura.bare_extraction(
            html, url=url, with_metadata=True, include_comments=False, date_extraction_params=_DATE_PARAMS
        )
    if not isinstance(extracted, Document) or extracted.body is None:
        raise NoMainText("no article text found in this HTML page", source=source)
    paragraphs: list[str] = []
    for block in extracted.body:
        # a list is a run of paragraphs to the reader; any other block is one paragraph
        for element in block.iterchildren("item") if block.tag == "list" else (block,):
            text = " ".join("".join(element.itertext()).split())
            if text:
                paragraphs.append(text)
    if not paragraphs:
        raise NoMainText("no article text found in this HTML page", source=source)
    title = (extracted.title or "").strip() or None
    site = (extracted.sitename or "").strip() or None
    # a fresh tree: trafilatura prunes the one it is given
    meta_root = lxml.html.fromstring(html)
    return ExtractedPage(
        title=title,
        site_name=site,
        published_at=published_time(meta_root, extracted.date),
        paragraphs=paragraphs,
    )
