"""The cross-article digest in the four formats of a single brief: text, markdown, json and
one self-contained html page; each bullet cites [article.paragraph] and the articles are
listed at the end."""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from citebrief.errors import UsageError
from citebrief.render.markdown import escape_markdown

if TYPE_CHECKING:
    from citebrief.digest_model import Digest, DigestArticle, DigestPoint


def _marks(point: DigestPoint) -> str:
    return "".join(c.mark() for c in point.citations)


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _article_line(article: DigestArticle) -> str:
    parts = [_one_line(article.title or article.origin)]
    meta = [m for m in (article.site, article.published_at and article.published_at.strftime("%Y-%m-%d %H:%M")) if m]
    if meta:
        parts.append(" · ".join(meta))
    link = article.url or (article.origin if "://" in article.origin else None)
    if link:
        parts.append(link)
    return " — ".join(parts)


def render_digest_text(digest: Digest) -> str:
    lines = [_one_line(digest.title), digest.scope, ""]
    for k, group in enumerate(digest.groups, start=1):
        lines.append(f"Group {k}: {_one_line(group.title)}" if group.title else f"Group {k}")
        lines.extend(f"- {_one_line(p.text)} {_marks(p)}" for p in group.points)
    lines += ["", "Articles" if digest.lang == "en" else "文章"]
    lines.extend(f"[{a.n}] {_article_line(a)}" for a in digest.articles)
    return "\n".join(lines) + "\n"


def _markdown_marks(point: DigestPoint) -> str:
    """Each [a.n] links to article a in the list at the end."""
    return "".join(f"[\\[{c.article}.{c.paragraph}\\]](#article-{c.article})" for c in point.citations)


def render_digest_markdown(digest: Digest) -> str:
    lines = [f"# {escape_markdown(digest.title)}", "", f"*{escape_markdown(digest.scope)}*", ""]
    for k, group in enumerate(digest.groups, start=1):
        title = f": {escape_markdown(group.title)}" if group.title else ""
        lines += [f"## Group {k}{title}", ""]
        lines += [f"- {escape_markdown(p.text)} {_markdown_marks(p)}" for p in group.points]
        lines.append("")
    lines += ["## " + ("Articles" if digest.lang == "en" else "文章"), ""]
    for article in digest.articles:
        title = escape_markdown(article.title or article.origin)
        link = article.url or (article.origin if "://" in article.origin else None)
        shown = f"[{title}](<{link}>)" if link else title
        meta = [
            m for m in (article.site, article.published_at and article.published_at.strftime("%Y-%m-%d %H:%M")) if m
        ]
        suffix = f" — {escape_markdown(' · '.join(meta))}" if meta else ""
        lines.append(f'{article.n}. <a id="article-{article.n}"></a>{shown}{suffix}')
    return "\n".join(lines).rstrip("\n") + "\n"


_PAGE_STYLE = """
body { margin: 0 auto; max-width: 52rem; padding: 1rem 1.25rem 3rem;
  font: 16px/1.6 system-ui, -apple-system, "PingFang SC", "Noto Sans CJK SC", "Microsoft YaHei", sans-serif;
  color: #1d2327; }
h1 { font-size: 1.35rem; margin-bottom: .2rem; } .scope { color: #5f6b73; margin-top: 0; }
h2 { font-size: 1.05rem; margin: 1.3rem 0 .4rem; } ul { padding-left: 1.2rem; } li { margin: .35rem 0; }
a.cite { color: #0b5cad; text-decoration: none; font-size: .85em; white-space: nowrap; }
a.cite:hover, a.cite:focus { text-decoration: underline; }
ol.articles > li { margin: .6rem 0; } ol.articles > li:target { background: #fff3b0; }
.meta { color: #5f6b73; font-size: .9em; } details { font-size: .92em; color: #3b454c; }
.warnings { color: #8a4b00; }
"""


def render_digest_html(digest: Digest) -> str:
    """One self-contained page; a citation's tooltip shows the cited paragraph, and a click
    goes to the article in the list below."""
    articles = {a.n: a for a in digest.articles}
    lang = "zh-CN" if digest.lang == "zh" else "en"
    parts = [
        "<!doctype html>",
        f'<html lang="{lang}"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{escape(digest.title)}</title><style>{_PAGE_STYLE}</style></head><body>",
        f"<h1>{escape(digest.title)}</h1>",
        f'<p class="scope">{escape(digest.scope)}</p>',
    ]
    if digest.warnings:
        parts.append('<ul class="warnings">' + "".join(f"<li>{escape(w)}</li>" for w in digest.warnings) + "</ul>")
    for k, group in enumerate(digest.groups, start=1):
        heading = f"Group {k}: {escape(group.title)}" if group.title else f"Group {k}"
        parts.append(f"<h2>{heading}</h2><ul>")
        for point in group.points:
            marks = "".join(
                f'<a class="cite" href="#article-{c.article}" '
                f'title="{escape(articles[c.article].paragraphs.get(c.paragraph, ""))}">'
                f"[{c.article}.{c.paragraph}]</a>"
                for c in point.citations
            )
            parts.append(f"<li>{escape(point.text)} {marks}</li>")
        parts.append("</ul>")
    parts.append(f'<h2>{"Articles" if digest.lang == "en" else "文章"}</h2><ol class="articles">')
    for article in digest.articles:
        link = article.url or (article.origin if "://" in article.origin else None)
        title = escape(article.title or article.origin)
        shown = f'<a href="{escape(link)}">{title}</a>' if link else title
        meta = [
            m for m in (article.site, article.published_at and article.published_at.strftime("%Y-%m-%d %H:%M")) if m
        ]
        cited = "".join(f"<p>[{n}] {escape(text)}</p>" for n, text in sorted(article.paragraphs.items()))
        parts.append(
            f'<li id="article-{article.n}">{shown} <span class="meta">{escape(" · ".join(meta))}</span>'
            + (f"<details><summary>cited paragraphs</summary>{cited}</details>" if cited else "")
            + "</li>"
        )
    parts.append("</ol></body></html>")
    return "\n".join(parts) + "\n"


def render_digest(digest: Digest, fmt: str) -> str:
    if fmt == "text":
        return render_digest_text(digest)
    if fmt == "markdown":
        return render_digest_markdown(digest)
    if fmt == "json":
        return digest.model_dump_json(indent=2) + "\n"
    if fmt == "html":
        return render_digest_html(digest)
    raise UsageError(f"unknown format {fmt!r}; choose one of: text, markdown, json, html")
