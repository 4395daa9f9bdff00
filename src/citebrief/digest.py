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

import numpy as np
from pydantic import BaseModel, Field

from citebrief.engines.extractive import ward_clusters
from citebrief.engines.mmr import mmr
from citebrief.engines.weights import TermSpace, normalize_rows
from citebrief.errors import NotFound, UsageError
from citebrief.model import Brief, Document, Lang
from citebrief.store import BriefRow
from citebrief.text.tokenize import analyze

MIN_GROUPS = 4
MAX_GROUPS = 10
ARTICLE_CLUSTERING_FROM = 8  # articles; below this the bullets are clustered
MAX_PER_ARTICLE = 2  # bullets one article may give a group
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


def _phrases(bullet: _Bullet) -> list[str]:
    return [t.surface if bullet.lang == "zh" else t.word for t in analyze(bullet.text, bullet.lang) if t.is_phrase]


def _titles(bullets_by_group: list[list[_Bullet]], idf_of: Callable[[str], float]) -> list[str]:
    """Two key phrases per group: frequent in it, rare in the others; none used twice."""
    counts = [Counter(phrase for bullet in bullets for phrase in _phrases(bullet)) for bullets in bullets_by_group]
    overall: Counter[str] = Counter()
    for found in counts:
        overall.update(found)
    used: set[str] = set()
    titles = []
    for found in counts:
        scored = sorted(
            (
                (tf >= 2, (1 + math.log(tf)) * idf_of(phrase) * tf / overall[phrase], phrase)
                for phrase, tf in found.items()
            ),
            key=lambda item: (not item[0], -item[1], item[2]),
        )
        chosen: list[str] = []
        for _, _, phrase in scored:
            if phrase in used or any(phrase in c or c in phrase for c in chosen):
                continue
            chosen.append(phrase)
            if len(chosen) == 2:
                break
        used.update(chosen)
        chosen = [p.capitalize() if p.isascii() and p.islower() else p for p in chosen]
        titles.append(" · ".join(chosen))
    return titles


def _labels(bullets: list[_Bullet], vectors: np.ndarray, articles: int, groups: int | None) -> np.ndarray:
    """A theme label per bullet: by article (all of an article's bullets together) from
    ARTICLE_CLUSTERING_FROM articles on, else bullet by bullet."""
    if articles >= ARTICLE_CLUSTERING_FROM:
        article_vectors = np.zeros((articles, vectors.shape[1]))
        for i, bullet in enumerate(bullets):
            article_vectors[bullet.article - 1] += vectors[i] * bullet.prior
        k = _group_count(articles, groups)
        article_labels = ward_clusters(normalize_rows(article_vectors), k) if k > 1 else np.zeros(articles, dtype=int)
        return np.array([article_labels[b.article - 1] for b in bullets])
    k = _group_count(round(len(bullets) / 1.25), groups)  # fewer, fuller groups: 20 bullets make 4
    return ward_clusters(vectors, k) if k > 1 else np.zeros(len(bullets), dtype=int)


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
        relevant = [i for i in ranked if relevance[i] > 0] or ranked
        cap = MAX_PER_ARTICLE if by_article else want
        picked = mmr(relevant, relevance, vectors, [], want, source_of=article_of, cap=cap)
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
