"""The publish time of a page: the byline a reader sees, then meta tags, JSON-LD and <time>.

The byline under the headline is what the reader takes as the time, and meta tags sometimes
hold a later one (a modified or re-published time: sina's article:published_time is hours
after its printed 04:04), so the first date in the lines after the headline wins; meta tags,
JSON-LD, <time> and htmldate's reading of the page (original date, no guessing from any year
in the text) come after. Expiry and modified times are never read.
"""

from __future__ import annotations

import json
import re
from datetime import datetime
from email.utils import parsedate_to_datetime

from citebrief.extract.blocks import Block

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


_ZH_DATE = re.compile(r"(?<!\d)(\d{4})\s*[年/\-.]\s*(\d{1,2})\s*[月/\-.]\s*(\d{1,2})(?!\d)")
_BYLINE_LINES = 8
_HAS_CLOCK = re.compile(r"\d{1,2}[:：]\d{2}")
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>", re.IGNORECASE)
# htmldate's extensive search guesses a date from any year in the text ("截至2024年底" gave
# 2024-01-01); a brief must show no date rather than an invented one
_DATE_PARAMS = {"extensive_search": False, "original_date": True}


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


def byline_time(lines: list[Block]) -> datetime | None:
    """The first date (with its time of day where shown) in the lines after the headline."""
    for block in lines[:_BYLINE_LINES]:
        if len(block.text) > 200:
            continue  # a paragraph of the article, not a byline: its dates are events
        match = _ZH_DATETIME.search(block.text)
        if match and (found := _parse_datetime(match.group())):
            return found
        day = _ZH_DATE.search(block.text)
        if day:
            try:
                return datetime(int(day.group(1)), int(day.group(2)), int(day.group(3)))
            except ValueError:
                continue
    return None


_MONTH_DAY_TIME = re.compile(r"(?<!\d)(\d{1,2})\s*[-月/]\s*(\d{1,2})\s*日?\s*(\d{1,2})[:：](\d{2})(?!\d)")


def byline_month_day(lines: list[Block], year: int) -> datetime | None:
    """A byline that leaves out the year ("发布时间：09-30 22:46"), in the year the page gives."""
    for block in lines[:_BYLINE_LINES]:
        if len(block.text) > 200:
            continue
        match = _MONTH_DAY_TIME.search(block.text)
        if match:
            month, day, hour, minute = (int(g) for g in match.groups())
            try:
                return datetime(year, month, day, hour, minute)
            except ValueError:
                return None
    return None


def page_date(html: str) -> str | None:
    """htmldate's original publication date of the page, as YYYY-MM-DD (no guessing from text)."""
    from htmldate import find_date

    try:
        found = find_date(html, original_date=True, extensive_search=False, outputformat="%Y-%m-%d")
    except (ValueError, TypeError):
        return None
    return found if isinstance(found, str) else None
