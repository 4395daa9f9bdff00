"""WeChat public-account articles (mp.weixin.qq.com): the body is `#js_content`, the publisher the
account, and the publish time sits in the page's script (`var ct = "1581418070"`), since the page
itself prints only a relative day ("前天") filled in by JavaScript.

Everything around js_content (the account card, "微信扫一扫关注该公众号", the reward button) is
page furniture, so the density method is not needed here.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta, timezone
from typing import TYPE_CHECKING, Any

from citebrief.extract.blocks import blocks_of
from citebrief.extract.meta import norm

if TYPE_CHECKING:
    from citebrief.extract.lines import ExtractedPage

_CHINA = timezone(timedelta(hours=8))
_NICKNAME = re.compile(r"""var\s+nickname\s*=\s*["']([^"']{1,40})["']""")
_CT = re.compile(r"""var\s+ct\s*=\s*["']?(\d{9,11})["']?""")
_PUBLISH_TIME = re.compile(r"""var\s+publish_time\s*=\s*["'](\d{4}-\d{2}-\d{2}(?: \d{2}:\d{2})?)["']""")
_TITLE = re.compile(r"""var\s+msg_title\s*=\s*["']([^"']{1,200})["']""")


def _by_id(root: Any, element_id: str) -> Any | None:
    found = root.xpath(f'//*[@id="{element_id}"]')
    return found[0] if found else None


def is_wechat(root: Any) -> bool:
    """A WeChat article page: it has the js_content body and the rich_media layout."""
    return _by_id(root, "js_content") is not None


def _script_text(root: Any) -> str:
    return "\n".join(script.text or "" for script in root.iter("script"))


def account(root: Any, scripts: str) -> str | None:
    """The public account's name: the profile card, else the script's nickname."""
    for element_id in ("js_name", "profileBt"):
        element = _by_id(root, element_id)
        if element is not None and (name := norm(element.text_content())):
            return name
    for element in root.iter():
        if "profile_nickname" in (element.get("class") or "") and (name := norm(element.text_content())):
            return name
    match = _NICKNAME.search(scripts)
    return match.group(1).strip() if match else None


def publish_time(scripts: str) -> datetime | None:
    """The publish time the page's script holds: `ct` (Unix seconds), shown in China time."""
    match = _CT.search(scripts)
    if match:
        return datetime.fromtimestamp(int(match.group(1)), tz=UTC).astimezone(_CHINA)
    match = _PUBLISH_TIME.search(scripts)
    if match:
        return datetime.fromisoformat(match.group(1))
    return None


def title_of(root: Any, scripts: str) -> str | None:
    element = _by_id(root, "activity-name")
    if element is not None and (text := norm(element.text_content())):
        return text
    for meta in root.iter("meta"):
        if meta.get("property") == "og:title" and norm(meta.get("content")):
            return norm(meta.get("content"))
    match = _TITLE.search(scripts)
    return match.group(1).strip() if match else None


def extract_wechat(root: Any, html: str, source: str) -> ExtractedPage:
    """The ExtractedPage of a WeChat article."""
    from citebrief.extract.lines import MIN_PROSE_CHARS, ExtractedPage, clean, prose_chars

    del html, source
    scripts = _script_text(root)
    title = title_of(root, scripts)
    body = _by_id(root, "js_content")
    paragraphs = clean([block.text for block in blocks_of(body)], title)
    return ExtractedPage(
        title=title,
        site_name=account(root, scripts),
        published_at=publish_time(scripts),
        paragraphs=paragraphs,
        is_article=prose_chars(paragraphs) >= MIN_PROSE_CHARS // 2,
        method="wechat",
    )
