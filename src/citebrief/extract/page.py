"""An HTML page → its article: paragraphs, title, publisher, time, and whether it is an article.

The body comes from several candidates, each scored, the best kept: our text-density reading
(density.py) and trafilatura with precision, default and recall settings. A candidate scores by
its prose (lines with clause marks), loses for boilerplate, link lines and comment prompts, and
gains when its words agree with the headline: navigation or a comment box (short link lines,
"网友评论仅供其表达个人看法") never outscores the article. A page whose best body is still a few
lines, or one entry of a repeated list, is not an article (an index, a list, a login wall).
"""

from __future__ import annotations

import re
from datetime import datetime
from typing import Any

from citebrief.errors import NoMainText
from citebrief.extract.blocks import Block, blocks_of
from citebrief.extract.boilerplate import is_boilerplate
from citebrief.extract.dates import byline_month_day, byline_time, page_date, published_time
from citebrief.extract.density import clause_marks, find_body, line_score, prune
from citebrief.extract.lines import MIN_PROSE_CHARS, ExtractedPage, clean, prose_chars, squash
from citebrief.extract.meta import find_publisher, find_title

_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>", re.IGNORECASE)
# a stray </html> or </body> mid-page (an included header fragment) makes lxml drop the rest;
# browsers ignore it, and so do we
_EARLY_END = re.compile(r"</(?:html|body)\s*>", re.IGNORECASE)
_COMMENT_PROMPT = re.compile(r"网友评论|跟贴|发表评论|条评论|人参与|登录|注册|举报|回复|点赞")
# the best body's element (or its nearest classed ancestor) repeated this often: a list page
LIST_ITEMS = 4
# a body whose prose entries mostly carry a headline link of their own is a list of teasers
TEASER_LINK_CHARS = 6
TEASER_SHARE = 0.6
# re-cutting a candidate into reader lines: a short line must follow the last one closely
_MAX_GAP = 40
_ANCHOR_CHARS = 20
_COVERAGE = 0.9
NOT_AN_ARTICLE = "no article found in this page (it looks like a list page)"


def _parse(html: str, source: str) -> Any:
    import lxml.etree
    import lxml.html

    try:
        return lxml.html.fromstring(html)
    except (ValueError, lxml.etree.ParserError) as exc:
        raise NoMainText(f"cannot parse the HTML ({exc})", source=source) from exc


def _body_of(root: Any) -> Any:
    found = root.find(".//body")
    return found if found is not None else root


def _density_candidate(html: str, source: str) -> tuple[list[str], bool]:
    """The density method's paragraphs, and whether its body is one item of a repeated list."""
    root = _parse(html, source)
    prune(root)
    body = find_body(_body_of(root))
    if body is None:
        return [], False
    paragraphs = [b.text for b in body.blocks if b.link_density <= 0.5 or len(b.text) > 60]
    return paragraphs, _is_list_item(root, body.node) or _is_teaser_list(body.node, body.blocks)


def _is_teaser_list(node: Any, blocks: list[Block]) -> bool:
    """A body made of entries that each pair a headline link with a blurb: a list of teasers.

    An article's inline link sits inside its paragraph; a teaser's link is a line of its own
    beside the blurb, in an entry (an <li>, a <div>) repeated down the page.
    """
    entries: dict[Any, Block] = {}
    for block in blocks:
        if block.owner is None or block.owner is node or not line_score(block):
            continue
        entry = block.owner
        while entry.getparent() is not None and entry.getparent() is not node:
            entry = entry.getparent()
        entries.setdefault(entry, block)
    if len(entries) < LIST_ITEMS:
        return False
    teasers = 0
    for entry, block in entries.items():
        inside = set(block.owner.iter())
        links = [a for a in entry.iter("a") if a not in inside and len(squash(a.text_content())) >= TEASER_LINK_CHARS]
        teasers += bool(links)
    return teasers >= TEASER_SHARE * len(entries)


def _is_list_item(root: Any, node: Any) -> bool:
    """A body element whose class repeats on the page (a thread, a teaser) is one entry of a list."""
    for _ in range(3):
        if node is None or node.get("class"):
            break
        node = node.getparent()
    if node is None or not node.get("class"):
        return False
    wanted = node.get("class")
    return sum(1 for e in root.iter(node.tag) if e.get("class") == wanted) >= LIST_ITEMS


def _trafilatura_candidate(root: Any, url: str | None, setting: str) -> list[str]:
    import trafilatura
    from trafilatura.settings import Document

    # its fallbacks (readability, jusText) run with the precision setting; the recall pass is
    # the fast one, since the fallbacks cost most of the time on a large page
    extracted = trafilatura.bare_extraction(
        root,
        url=url,
        with_metadata=False,
        include_comments=False,
        include_tables=False,
        favor_precision=setting == "precision",
        favor_recall=setting == "recall",
        fast=setting == "recall",
    )
    if not isinstance(extracted, Document) or extracted.body is None:
        return []
    paragraphs: list[str] = []
    for block in extracted.body:
        # a list is a run of paragraphs to the reader; any other block is one paragraph
        for element in block.iterchildren("item") if block.tag == "list" else (block,):
            text = " ".join("".join(element.itertext()).split())
            if text:
                paragraphs.append(text)
    return paragraphs


def as_reader_lines(paragraphs: list[str], lines: list[Block]) -> list[str]:
    """A candidate's text re-cut into the lines the reader sees.

    trafilatura joins a page's <br>-separated or <div>-wrapped paragraphs into one; the page's
    own lines that the candidate's text holds, in order, are the paragraphs. When they do not
    cover the candidate (it rewrote the text), the candidate stays as it is.
    """
    text = squash("".join(paragraphs))
    if not text:
        return paragraphs
    found: list[str] = []
    cursor = covered = 0
    for block in lines:
        piece = squash(block.text)
        if not piece:
            continue
        at = text.find(piece, cursor)
        if at < 0 or (at - cursor > _MAX_GAP and len(piece) < _ANCHOR_CHARS):
            continue
        found.append(block.text)
        cursor = at + len(piece)
        covered += len(piece)
    return found if covered >= _COVERAGE * len(text) else paragraphs


def _bigrams(text: str) -> set[str]:
    text = squash(text)
    return {text[i : i + 2] for i in range(len(text) - 1)}


def score(paragraphs: list[str], title: str | None, link_lines: set[str]) -> float:
    """Prose, less boilerplate, link lines and comment prompts, scaled by agreement with the headline."""
    good = bad = 0.0
    for paragraph in paragraphs:
        size = len(squash(paragraph))
        if is_boilerplate(paragraph) or squash(paragraph) in link_lines:
            bad += size
        elif _COMMENT_PROMPT.search(paragraph) and size < 60:
            bad += 2 * size
        elif clause_marks(paragraph) and size >= 10:
            good += size
    if title and paragraphs:
        wanted = _bigrams(title)
        words = _bigrams(" ".join(paragraphs[:10]))
        agreement = len(wanted & words) / max(1, len(wanted))
        good *= 0.6 + 0.4 * agreement
    return good - 2 * bad


def _lines_after(lines: list[Block], headline: Any, title: str | None) -> list[Block]:
    for index, block in enumerate(lines):
        if headline is not None and block.owner is headline:
            return lines[index + 1 :]
        if title and squash(block.text) == squash(title):
            return lines[index + 1 :]
    return []


def _time_of(root: Any, html: str, after: list[Block]) -> datetime | None:
    """The byline time; the same time from a meta tag when it agrees, for its time zone."""
    shown = byline_time(after)
    if shown is None:
        found = published_time(root, page_date(html))
        if found is not None and found.hour == found.minute == 0:
            return byline_month_day(after, found.year) or found
        return found
    meta = published_time(root, shown.date().isoformat())
    if meta is not None and shown.tzinfo is None and meta.replace(tzinfo=None) == shown:
        return meta
    if meta is not None and shown.tzinfo is None and shown.hour == shown.minute == 0 and meta.date() == shown.date():
        return meta  # the byline shows the day, the page's meta the time of that day
    return shown


def extract_page(html: str, source: str, url: str | None = None) -> ExtractedPage:
    """Title, publisher, publish time and paragraphs of a page, and whether it is an article."""
    from citebrief.extract import wechat

    html = _XML_DECLARATION.sub("", html, count=1)  # lxml refuses a str that declares its encoding
    html = _EARLY_END.sub("", html)
    root = _parse(html, source)
    if wechat.is_wechat(root):
        return wechat.extract_wechat(root, html, source)
    title, headline = find_title(root)
    lines = blocks_of(_body_of(root))
    after = _lines_after(lines, headline, title)
    link_lines = {squash(b.text) for b in lines if b.link_density > 0.5}
    density, list_item = _density_candidate(html, source)
    candidates: dict[str, list[str]] = {"density": density}
    for setting in () if list_item else ("precision", "recall"):  # a list page stays one: no need to ask
        found = _trafilatura_candidate(_parse(html, source), url, setting)
        candidates[f"trafilatura-{setting}"] = as_reader_lines(found, lines)
    ranked = sorted(candidates.items(), key=lambda item: score(item[1], title, link_lines), reverse=True)
    method, chosen = ranked[0]
    paragraphs = clean(chosen, title)
    prose = prose_chars(paragraphs)
    if not paragraphs and sum(b.link_density > 0.5 for b in lines) < LIST_ITEMS:
        raise NoMainText("no article text found in this HTML page", source=source)
    is_article = prose >= MIN_PROSE_CHARS and not list_item
    published = _time_of(root, html, after)
    return ExtractedPage(
        title=title,
        site_name=find_publisher(root, headline, lines, after, url),
        published_at=published,
        paragraphs=paragraphs,
        is_article=is_article,
        method=method,
    )
