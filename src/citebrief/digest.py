"""The digest: many briefs of one day (or one batch) regrouped by theme across articles.

Each article keeps its number in the digest, and each bullet cites `[article.paragraph]`, so a
reader can go from a line of the digest to the paragraph of the article that says it (the
article list at the end names each article, its site, time and link; the JSON and HTML forms
carry the cited paragraphs' text too).

How it groups, with the extractive engine's tools: every bullet of every brief is a TF-IDF
vector (background IDF for Chinese). With eight articles or more, articles are clustered
(Ward's method on the sum of their bullets' vectors), because an article's brief is mostly
about one story; with fewer, the bullets themselves are clustered. Each group then takes the
bullets closest to its centroid by MMR, at most two from one article, and is titled by the key
phrases most distinctive of it. Groups are ordered by how many articles they gather.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from html import escape

import numpy as np
from pydantic import BaseModel, Field

from citebrief.engines.themes import noun_runs, ward_clusters
from citebrief.engines.weights import TermSpace, normalize_rows
from citebrief.errors import NotFound, UsageError
from citebrief.model import Brief, Document, Lang
from citebrief.store import BriefRow
from citebrief.text.titles import display
from citebrief.text.tokenize import analyze

MIN_GROUPS = 4
MAX_GROUPS = 10
ARTICLE_CLUSTERING_FROM = 8  # articles; below this the bullets are clustered
MAX_PER_ARTICLE = 2  # bullets one article may give a group
MMR_LAMBDA = 0.7
OVERVIEW_BOOST = 1.2  # a brief's Group 1 holds its most central sentences


class DigestCitation(BaseModel):
    article: int = Field(ge=1, description="Article number in the digest's article list.")
    paragraph: int = Field(ge=1, description="Paragraph number inside that article, as its brief cites it.")

    def mark(self) -> str:
        return f"[{self.article}.{self.paragraph}]"


class DigestPoint(BaseModel):
    text: str
    citations: list[DigestCitation] = Field(min_length=1)


class DigestGroup(BaseModel):
    title: str
    points: list[DigestPoint] = Field(min_length=1)
    articles: list[int] = Field(description="The articles this group gathers, by number.")


class DigestArticle(BaseModel):
    n: int = Field(ge=1)
    document_id: str
    brief_id: int
    title: str | None = None
    site: str | None = None
    published_at: datetime | None = None
    url: str | None = None
    origin: str
    paragraphs: dict[int, str] = Field(default_factory=dict, description="The text of every paragraph cited.")


class Digest(BaseModel):
    """Many briefs grouped by theme across articles; bullets cite [article.paragraph]."""

    title: str
    lang: Lang
    scope: str = Field(description="What the digest covers, e.g. 'since 2025-05-14 08:00' or 'batch 3'.")
    groups: list[DigestGroup]
    articles: list[DigestArticle]
    warnings: list[str] = Field(default_factory=list)


@dataclass(frozen=True)
class _Bullet:
    article: int  # 1-based
    lang: Lang
    text: str
    citations: list[int]
    prior: float


def _bullets(briefs: Sequence[Brief]) -> list[_Bullet]:
    bullets: list[_Bullet] = []
    for number, brief in enumerate(briefs, start=1):
        for k, group in enumerate(brief.groups):
            boost = OVERVIEW_BOOST if k == 0 and len(brief.groups) > 1 else 1.0
            bullets.extend(_Bullet(number, brief.lang, p.text, list(p.citations), boost) for p in group.points)
    return bullets


def _group_count(units: int, requested: int | None) -> int:
    if requested is not None:
        if not MIN_GROUPS <= requested <= MAX_GROUPS:
            raise UsageError(f"--groups must be between {MIN_GROUPS} and {MAX_GROUPS} for a digest, not {requested}")
        return min(requested, units)
    return min(units, MAX_GROUPS, max(MIN_GROUPS, round(units / 4)))


def _mmr(
    candidates: list[int], relevance: np.ndarray, vectors: np.ndarray, count: int, article_of: list[int], cap: int
) -> list[int]:
    """Up to `count` bullets by maximal marginal relevance, at most `cap` from one article."""
    picked: list[int] = []
    per_article: Counter[int] = Counter()
    open_ = [i for i in candidates if relevance[i] > 0] or list(candidates)
    while open_ and len(picked) < count:

        def gain(i: int) -> float:
            redundancy = max((float(vectors[i] @ vectors[j]) for j in picked), default=0.0)
            return MMR_LAMBDA * float(relevance[i]) - (1 - MMR_LAMBDA) * redundancy

        best = max(open_, key=lambda i: (gain(i), -i))
        open_.remove(best)
        if picked and max(float(vectors[best] @ vectors[j]) for j in picked) > 0.9:
            continue  # the same sentence from another copy of the story
        if per_article[article_of[best]] >= cap:
            continue
        picked.append(best)
        per_article[article_of[best]] += 1
    return picked


def _phrases(bullet: _Bullet) -> list[str]:
    """Noun-phrase candidates of a bullet (runs of adjacent nouns, as the brief's titles use)."""
    return noun_runs(analyze(bullet.text, bullet.lang), bullet.text, bullet.lang)


def _titles(bullets_by_group: list[list[_Bullet]], idf_of: Callable[[str], float]) -> list[str]:
    """A phrase per group that several of its articles say, rare in the other groups; where no
    phrase is shared, the two most telling phrases of different articles ("台风、博物馆")."""
    per_article = [[(bullet.article, set(_phrases(bullet))) for bullet in bullets] for bullets in bullets_by_group]
    overall: Counter[str] = Counter()
    for group in per_article:
        for _, found in group:
            overall.update(found)
    used: set[str] = set()
    titles = []
    for group, bullets in zip(per_article, bullets_by_group, strict=True):
        articles: dict[str, set[int]] = {}
        for article, found in group:
            for phrase in found:
                articles.setdefault(phrase, set()).add(article)
        scored = sorted(
            (
                (
                    len(spread)
                    * math.log1p(sum(1 for _, f in group if phrase in f))
                    * idf_of(phrase)
                    * (sum(1 for _, f in group if phrase in f) / overall[phrase])
                    * min(len(phrase) / 2 if bullets[0].lang == "zh" else len(phrase.split()), 3.0),
                    phrase,
                    min(spread),
                )
                for phrase, spread in articles.items()
                if phrase.casefold() not in used
            ),
            key=lambda item: (-item[0], item[1]),
        )
        chosen: list[tuple[str, int]] = []
        for _, phrase, article in scored:
            if any(phrase in c or c in phrase or article == a for c, a in chosen):
                continue
            chosen.append((phrase, article))
            if len(articles[chosen[0][0]]) >= 2 or len(chosen) == 2:
                break
        used.update(p.casefold() for p, _ in chosen)
        lang = bullets[0].lang
        titles.append(("、" if lang == "zh" else ", ").join(display(p, lang) for p, _ in chosen))
    return titles


def _labels(bullets: list[_Bullet], vectors: np.ndarray, articles: int, groups: int | None) -> np.ndarray:
    """A theme label per bullet: by article (all of an article's bullets together) from
    ARTICLE_CLUSTERING_FROM articles on, else bullet by bullet."""
    if articles >= ARTICLE_CLUSTERING_FROM:
        article_vectors = np.zeros((articles, vectors.shape[1]))
        for i, bullet in enumerate(bullets):
            article_vectors[bullet.article - 1] += vectors[i] * bullet.prior
        k = _group_count(articles, groups)
        unit = normalize_rows(article_vectors)
        article_labels = ward_clusters(unit, k) if k > 1 else np.zeros(articles, dtype=int)
        article_labels = _join_singletons(article_labels, unit)
        return np.array([article_labels[b.article - 1] for b in bullets])
    k = _group_count(round(len(bullets) / 1.25), groups)  # fewer, fuller groups: 20 bullets make 4
    return ward_clusters(vectors, k) if k > 1 else np.zeros(len(bullets), dtype=int)


def _join_singletons(labels: np.ndarray, vectors: np.ndarray) -> np.ndarray:
    """A theme of one article is that article's story, not a theme across the day: it joins
    the theme whose articles are closest to it."""
    labels = labels.copy()
    while len(set(labels.tolist())) > 1:
        sizes = Counter(labels.tolist())
        lonely = [label for label, size in sorted(sizes.items()) if size == 1]
        if not lonely:
            break
        row = int(np.flatnonzero(labels == lonely[0])[0])
        others = sorted(label for label in sizes if label != lonely[0])
        centroids = {t: normalize_rows(vectors[labels == t].sum(axis=0, keepdims=True))[0] for t in others}
        labels[row] = max(others, key=lambda t: (float(vectors[row] @ centroids[t]), -t))
    return labels


def _select(
    bullets: list[_Bullet], vectors: np.ndarray, labels: np.ndarray, by_article: bool
) -> list[tuple[list[int], list[int]]]:
    """(chosen bullets, member articles) per theme, the themes gathering most articles first."""
    article_of = [b.article for b in bullets]
    prior = np.array([b.prior for b in bullets])
    made: list[tuple[list[int], list[int]]] = []
    for label in sorted(set(labels.tolist())):
        members = [i for i in range(len(bullets)) if labels[i] == label]
        centroid = normalize_rows(vectors[members].sum(axis=0, keepdims=True))[0]
        relevance = (vectors @ centroid) * prior
        articles = sorted({article_of[i] for i in members})
        want = min(5, max(2, len(articles))) if by_article else min(4, len(members))
        ranked = sorted(members, key=lambda i: (-relevance[i], i))
        # a theme across articles shows each of them before a second bullet of any one
        cap = (1 if len(articles) >= want else MAX_PER_ARTICLE) if by_article else want
        picked = _mmr(ranked, relevance, vectors, want, article_of, cap)
        if by_article and len(articles) > 1 and len({article_of[i] for i in picked}) == 1:
            others = [i for i in ranked if article_of[i] != article_of[picked[0]]]
            picked = picked[: want - 1] + others[:1]
        if picked:
            made.append((sorted(picked, key=lambda i: (article_of[i], bullets[i].citations)), articles))
    made.sort(key=lambda entry: (-len(entry[1]), entry[1][0]))
    return made


def _article_entries(
    sources: Sequence[tuple[BriefRow, Brief]], cited: dict[int, set[int]], paragraphs: Callable[[str], Document]
) -> list[DigestArticle]:
    entries = []
    for number, (row, _) in enumerate(sources, start=1):
        texts: dict[int, str] = {}
        if number in cited:
            document = paragraphs(row.document_id)
            texts = {n: document.segment(n).text for n in sorted(cited[number]) if 1 <= n <= len(document.segments)}
        entries.append(
            DigestArticle(
                n=number,
                document_id=row.document_id,
                brief_id=row.id,
                title=row.title,
                site=row.site,
                published_at=datetime.fromisoformat(row.published_at) if row.published_at else None,
                url=row.url,
                origin=row.origin,
                paragraphs=texts,
            )
        )
    return entries


def build_digest(
    sources: Sequence[tuple[BriefRow, Brief]],
    paragraphs: Callable[[str], Document],
    *,
    scope: str,
    groups: int | None = None,
) -> Digest:
    """The digest of `sources` (rows and briefs from the store, oldest article first);
    `paragraphs(document_id)` gives an article's Document for the cited paragraphs' text."""
    if not sources:
        raise NotFound(f"no briefs {scope}")
    briefs = [brief for _, brief in sources]
    lang: Lang = Counter(b.lang for b in briefs).most_common(1)[0][0]
    bullets = _bullets(briefs)
    terms = [[t.word for t in analyze(b.text, b.lang) if t.is_term] for b in bullets]
    space = TermSpace(terms, lang)
    vectors = space.matrix(terms)
    by_article = len(briefs) >= ARTICLE_CLUSTERING_FROM
    made = _select(bullets, vectors, _labels(bullets, vectors, len(briefs), groups), by_article)
    idf: dict[str, float] = dict(zip(space.vocabulary, space.idf.tolist(), strict=True))
    titles = _titles([[bullets[i] for i in picked] for picked, _ in made], lambda p: idf.get(p.lower(), 1.0))
    digest_groups = []
    cited: dict[int, set[int]] = {}
    for (picked, articles), title in zip(made, titles, strict=True):
        points = []
        for bullet in (bullets[i] for i in picked):
            cited.setdefault(bullet.article, set()).update(bullet.citations)
            marks = [DigestCitation(article=bullet.article, paragraph=n) for n in bullet.citations]
            points.append(DigestPoint(text=bullet.text, citations=marks))
        digest_groups.append(DigestGroup(title=title, points=points, articles=articles))
    warnings = []
    if len(digest_groups) < MIN_GROUPS:
        warnings.append(
            f"{len(digest_groups)} groups: {len(briefs)} article(s) with {len(bullets)} bullets hold no more themes"
        )
    return Digest(
        title=_digest_title(lang, len(briefs)),
        lang=lang,
        scope=scope,
        groups=digest_groups,
        articles=_article_entries(sources, cited, paragraphs),
        warnings=warnings,
    )


def _digest_title(lang: Lang, articles: int) -> str:
    return f"简报汇编 · {articles} 篇文章" if lang == "zh" else f"Digest of {articles} article{'s' * (articles != 1)}"


# --- rendering ------------------------------------------------------------------------------


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
    from citebrief.render.markdown import escape_markdown

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
