"""Title and publisher of a page, from what the page's parts agree on.

Title: the headline a page prints is usually an <h1> (or an element whose class says title);
a logo <h1> ("网易商业") is not, and a <title> carries the site after it ("…-新华网"). So each
heading scores by how far <title> and og:title agree with it, logos lose, and without a heading
that scores we fall back to <title> with the site part cut off.

Publisher: the credited source (来源：X, 出处：X) near the headline, a meta source, the
self-media account printed in the byline, og:site_name, and last a table of Chinese outlets by
domain. Copyright lines ("网易版权所有") are never a publisher.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any
from urllib.parse import urlsplit

from citebrief.extract.blocks import Block, is_hidden, tag_of
from citebrief.text.data_files import package_text, table_rows

_SPACE = re.compile(r"\s+")
_TITLE_SEPARATOR = re.compile(r"\s*(?:[_|｜]+|--+|——|\s[-–—]\s|(?<=[^\s\d])-(?=[^\s\d]))\s*")
_TITLE_TOKEN = re.compile(r"title|headline|tit|biaoti", re.IGNORECASE)
_BADGE = re.compile(r"^(?:原创|独家|置顶|热|荐|转载|视频|图集)\s+")
_CREDIT = re.compile(
    r"(?:本文来源|文章来源|信息来源|新闻来源|稿件来源|稿源|来源|出处)\s*(?:[:：]\s*|(?=[A-Za-z]))"
    r"([^\s:：|丨│/\\,，。;；()（）\[\]【】<>]{2,30}?)"
    r"(?=$|[\s:：|丨│/\\,，。;；()（）\[\]【】<>]|作者|编辑|责任编辑|责编|记者|时间|发布|日期|浏览|点击|字号|\d{4})"
)
# "本文为百略网授权网易财经发布", "本文系新华社独家稿件": the outlet that gave the text
_GRANTED = re.compile(r"本文(?:为|系|由|来自)([\u4e00-\u9fffA-Za-z]{2,12}?)(?:授权|原创|独家|供稿|提供|稿件)")
_COPYRIGHT_HOLDER = re.compile(
    r"版权所有\s*[:：©]?\s*(?:©\s*)?(?:\d{4}(?:-\d{4})?\s*)?([\u4e00-\u9fff]{2,16})|([\u4e00-\u9fff]{2,16})\s*版权所有"
)
_SELF_MEDIA = re.compile(r"(?:企鹅号|头条号|百家号|网易号|大风号|一点号|搜狐号|澎湃号|作者|原创)$")
_NOT_A_PUBLISHER = re.compile(
    r"^(?:网络|网友|未知|互联网|本站|本网|admin|null|none|原创|转载|分享|企鹅号|头条号|百家号|网易号)$|版权|ICP|^\d|编辑|作者",
    re.I,
)
_NAME = re.compile(r"^[\u4e00-\u9fffA-Za-z0-9·&\-]{2,20}$")
_DATE_IN_LINE = re.compile(
    r"\d{4}\s*[年/\-.]\s*\d{1,2}\s*[月/\-.]\s*\d{1,2}\s*日?(?:\s*\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)?"
)
_BYLINE_NOISE = re.compile(
    r"(?:发布时间|发表时间|发布日期|时间|日期|阅读|浏览次数|浏览|评论|分享|字号|举报|关注|打印|原创|"
    r"企鹅号|头条号|百家号|网易号|大风号|一点号|搜狐号|\d+)[:：]?|(?<!\S)[大中小](?!\S)"
)
_ACCOUNT_NAMES = frozenset(
    [
        "source",
        "author",
        "author-name",
        "authorname",
        "media",
        "media-name",
        "medianame",
        "account",
        "account-name",
        "nickname",
        "pgc",
        "user-name",
        "username",
        "writer",
    ]
)
_HEADING_TAGS = {"h1": 3, "h2": 1, "h3": 0}
_BYLINE_LINES = 6


def norm(text: str | None) -> str:
    return " ".join((text or "").split())


def _meta(root: Any, *keys: str) -> str | None:
    wanted = {k.lower() for k in keys}
    for meta in root.iter("meta"):
        key = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").lower()
        if key in wanted and norm(meta.get("content")):
            return norm(meta.get("content"))
    return None


def page_title(root: Any) -> str | None:
    for element in root.iter("title"):
        text = norm(element.text_content())
        if text:
            return text
    return None


def strip_site(title: str) -> str:
    """The headline part of a <title>: the longest part before the site names ('…_财经_腾讯网')."""
    parts = [p for p in _TITLE_SEPARATOR.split(title) if p.strip()]
    if len(parts) <= 1:
        return title.strip()
    first = parts[0].strip()
    return first if len(first) >= 4 else max(parts, key=len).strip()


def _squash(text: str) -> str:
    return _SPACE.sub("", text).rstrip("…. ")


def _is_logo(element: Any, text: str, site_parts: set[str]) -> bool:
    if any(tag_of(e) == "img" for e in element.iter()) and len(text) <= 12:
        return True
    names = f"{element.get('class') or ''} {element.get('id') or ''}".lower()
    if "logo" in names or "channel" in names:
        return True
    for ancestor in element.iterancestors():
        if tag_of(ancestor) == "a" and len(text) <= 12:
            return True
        if "logo" in f"{ancestor.get('class') or ''} {ancestor.get('id') or ''}".lower():
            return True
    return text in site_parts


def _heading_text(element: Any) -> str:
    return _BADGE.sub("", norm(element.text_content()))


def find_title(root: Any) -> tuple[str | None, Any]:
    """The printed headline and its element (None when it comes from <title> alone)."""
    full = page_title(root) or ""
    og = _meta(root, "og:title", "twitter:title", "headline", "title") or ""
    parts = [p.strip() for p in _TITLE_SEPARATOR.split(full) if p.strip()]
    site_parts = set(parts[1:]) if len(parts) > 1 else set()
    squashed_full, squashed_og = _squash(full), _squash(og)
    best: tuple[float, str, Any] | None = None
    for element in root.iter():
        tag = tag_of(element)
        if not tag or is_hidden(element):
            continue
        names = f"{element.get('class') or ''} {element.get('id') or ''}"
        weight = _HEADING_TAGS.get(tag)
        if weight is None:
            if tag not in ("div", "p", "span", "td", "strong", "b") or not _TITLE_TOKEN.search(names):
                continue
            weight = 0
        text = _heading_text(element)
        if not 4 <= len(text) <= 120:
            continue
        squashed = _squash(text)
        score = float(weight) + (1 if _TITLE_TOKEN.search(names) else 0)
        if squashed and squashed in squashed_full:
            score += 3 + (1 if squashed_full.startswith(squashed) else 0)
        if squashed_og and (
            squashed == squashed_og or squashed.startswith(squashed_og) or squashed_og.startswith(squashed)
        ):
            score += 3
        if _is_logo(element, text, site_parts):
            score -= 6
        if score >= 4 and (best is None or score > best[0]):
            best = (score, text, element)
    if best is not None:
        return best[1], best[2]
    if full:
        return strip_site(full), None
    if og:
        return strip_site(og), None
    return None, None


@cache
def outlets() -> tuple[tuple[str, str], ...]:
    """(domain, outlet name) pairs of outlets.tsv, longest domain first."""
    text = package_text("citebrief.extract", "outlets.tsv")
    pairs = [tuple(line.split("\t")[:2]) for line in table_rows(text)]
    return tuple(sorted(((d, n) for d, n in pairs), key=lambda p: -len(p[0])))


def outlet_of(url: str | None) -> str | None:
    """The outlet a domain belongs to (news.xinhuanet.com → 新华网), from the table."""
    if not url:
        return None
    host = (urlsplit(url if "://" in url else f"http://{url}").hostname or "").lower()
    for domain, name in outlets():
        if host == domain or host.endswith("." + domain):
            return name
    return None


def page_url(root: Any, url: str | None) -> str | None:
    """The page's address: the one it was fetched from, else its canonical link or og:url."""
    if url:
        return url
    for link in root.iter("link"):
        if (link.get("rel") or "").lower() == "canonical" and link.get("href", "").startswith("http"):
            return str(link.get("href"))
    found = _meta(root, "og:url")
    return found if found and found.startswith("http") else None


def _clean_name(value: str | None) -> str | None:
    if not value:
        return None
    value = value.strip(" ·-_|:：")
    value = re.split(r"\s*[-—_|｜]\s*", value)[0]  # 人民网-文化频道 → 人民网
    value = _SELF_MEDIA.sub("", value).strip()
    if not value or _NOT_A_PUBLISHER.search(value) or len(value) > 30:
        return None
    return value


def credited_source(lines: list[Block]) -> str | None:
    """The name after 来源：/出处： in the first lines that credit one."""
    for block in lines:
        for match in _CREDIT.finditer(block.text):
            name = _clean_name(match.group(1))
            if name:
                return name
    return None


def account_name(root: Any, near: Any) -> str | None:
    """A self-media account printed by the headline (class author, source, media...)."""
    if near is None:
        scope, steps = root, 1
    else:
        scope, steps = near.getparent(), 3
    for _ in range(steps):
        if scope is None:
            break
        for element in scope.iter():
            if not tag_of(element) or element is near:
                continue
            names = {n.lower() for n in re.split(r"\s+", element.get("class") or "") if n}
            names |= {(element.get("id") or "").lower()}
            if names & _ACCOUNT_NAMES:
                text = _DATE_IN_LINE.sub(" ", norm(element.text_content()))
                text = _BYLINE_NOISE.sub(" ", text)
                tokens = [t for t in text.split() if _NAME.match(t)]
                if len(tokens) == 1 and (name := _clean_name(tokens[0])):
                    return name
        scope = scope.getparent()
    return None


def _names_in(text: str) -> list[str]:
    rest = _BYLINE_NOISE.sub(" ", _DATE_IN_LINE.sub(" ", text))
    return [t for t in rest.split() if _NAME.match(t) and not _SELF_MEDIA.fullmatch(t)]


def byline_name(lines: list[Block]) -> str | None:
    """The one name in the byline under the headline ("华夏人文 2020-03-09 18:14", "新华社 / 2020-01-03").

    The byline is the first line after the headline that shows a date, or the short line just
    before it; a line with two names or more (authors, channels) names no publisher.
    """
    for index, block in enumerate(lines[:_BYLINE_LINES]):
        if not _DATE_IN_LINE.search(block.text):
            continue
        if len(block.text) > 60:
            return None
        for text in (block.text, lines[index - 1].text if index else ""):
            tokens = _names_in(text) if len(text) <= 30 or text is block.text else []
            if len(tokens) == 1 and (name := _clean_name(tokens[0])):
                return name
        return None
    return None


def title_site(root: Any) -> str | None:
    """The site part of <title> ("…_2007年第23号国务院公报_中国政府网" → 中国政府网)."""
    parts = [p.strip() for p in _TITLE_SEPARATOR.split(page_title(root) or "") if p.strip()]
    return _clean_name(parts[-1]) if len(parts) > 1 and len(parts[-1]) <= 12 else None


def copyright_holder(lines: list[Block]) -> str | None:
    """Who the copyright line names ("版权所有：中国载人航天工程官方网站"), the site's own name."""
    for block in reversed(lines):
        match = _COPYRIGHT_HOLDER.search(block.text)
        if match and (name := _clean_name(match.group(1) or match.group(2))):
            return name
    return None


def granted_by(lines: list[Block]) -> str | None:
    for block in lines:
        match = _GRANTED.search(block.text)
        if match and (name := _clean_name(match.group(1))):
            return name
    return None


def find_publisher(
    root: Any, headline: Any, lines: list[Block], after_title: list[Block], url: str | None
) -> str | None:
    """The credited publisher: 来源 in the byline, the byline's account, a granted reprint, 来源
    anywhere, meta source, og:site_name, the site in <title>, the copyright holder, the domain."""
    return (
        credited_source(after_title[:_BYLINE_LINES])
        or byline_name(after_title)
        or account_name(root, headline)
        or granted_by(after_title)
        or credited_source(lines)
        or _clean_name(_meta(root, "source", "og:source", "article:source"))
        or _clean_name(_meta(root, "og:site_name"))
        or title_site(root)
        or copyright_holder(lines)
        or outlet_of(page_url(root, url))
    )
