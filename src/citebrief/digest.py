"""The digest: many briefs of one day (or one batch) regrouped by theme across articles.

Each article keeps its number in the digest, and each bullet cites `[article.paragraph]`, so a
reader can go from a line of the digest to the paragraph of the article that says it (the
article list at the end names each article, its site, time and link; the JSON and HTML forms
carry the cited paragraphs' text too).

How it groups, with the extractive engine's tools: every bullet of every brief is a TF-IDF
vector (background IDF for Chinese). With eight articles or more, articles are clustered
(Ward's method on the sum of their bullets' vectors), because an article's brief is mostly
about one story; with fewer, the bullets themselves are clustered. Each group then takes the
bullets closest to its centroid by MMR, each article once before any twice, and is titled by a
noun phrase its articles share. An article that shares nothing with the others of its theme is
set apart in a last group of other stories. Groups are ordered by how many articles they gather.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime

import numpy as np
from pydantic import BaseModel, Field

from citebrief.engines.mmr import mmr
from citebrief.engines.sparse import SparseRows
from citebrief.engines.themes import noun_runs
from citebrief.engines.ward import ward_clusters
from citebrief.engines.weights import TermSpace, unit_vector
from citebrief.errors import NotFound, UsageError
from citebrief.model import Brief, Document, Lang
from citebrief.store import BriefRow
from citebrief.text.titles import display
from citebrief.text.tokenize import analyze

MIN_GROUPS = 4
MAX_GROUPS = 10
ARTICLE_CLUSTERING_FROM = 8  # articles; below this the bullets are clustered
MAX_PER_ARTICLE = 2  # bullets one article may give a group
OVERVIEW_BOOST = 1.2  # a brief's Group 1 holds its most central sentences
OTHER = -1  # the label of the stories that share a theme with no other article
RELATED_ARTICLES = 0.1  # cosine of two articles' bullets below which they share no theme
MAX_OTHER = 8
OTHER_TITLE: dict[Lang, str] = {"zh": "其他报道", "en": "Other stories"}


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


def _labels(bullets: list[_Bullet], vectors: SparseRows, articles: int, groups: int | None) -> np.ndarray:
    """A theme label per bullet: by article (all of an article's bullets together) from
    ARTICLE_CLUSTERING_FROM articles on, else bullet by bullet."""
    if articles >= ARTICLE_CLUSTERING_FROM:
        prior = np.array([b.prior for b in bullets])
        weighted = SparseRows(vectors.indptr, vectors.indices, vectors.data * prior[vectors.row_of], vectors.columns)
        k = _group_count(articles, groups)
        unit = weighted.group_sums(np.array([b.article - 1 for b in bullets], dtype=np.int64), articles).normalized()
        article_labels = ward_clusters(unit, k) if k > 1 else np.zeros(articles, dtype=int)
        article_labels = _join_singletons(article_labels, unit)
        if groups is None:  # asked for N groups, the reader gets N themes
            article_labels = _set_apart(article_labels, unit)
        return np.array([article_labels[b.article - 1] for b in bullets])
    k = _group_count(round(len(bullets) / 1.25), groups)  # fewer, fuller groups: 20 bullets make 4
    return ward_clusters(vectors, k) if k > 1 else np.zeros(len(bullets), dtype=int)


def _join_singletons(labels: np.ndarray, vectors: SparseRows) -> np.ndarray:
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
        centroids = {t: unit_vector(vectors.sum_rows(labels == t)) for t in others}
        own = vectors.row(row)
        labels[row] = max(others, key=lambda t: (float(own @ centroids[t]), -t))
    return labels


def _set_apart(labels: np.ndarray, vectors: SparseRows) -> np.ndarray:
    """An article that shares nothing with the others of its theme is no part of it: it goes to
    the group of other stories (OTHER), rather than lend a false theme a title."""
    labels = labels.copy()
    similar = vectors.gram()
    np.fill_diagonal(similar, -1.0)
    for _ in range(2):  # a theme left with one article after the first pass goes too
        for row in range(len(labels)):
            mates = np.flatnonzero((labels == labels[row]) & (np.arange(len(labels)) != row))
            if labels[row] != OTHER and (not len(mates) or similar[row, mates].max() < RELATED_ARTICLES):
                labels[row] = OTHER
    return labels


def _select(
    bullets: list[_Bullet], vectors: SparseRows, labels: np.ndarray, by_article: bool
) -> tuple[list[tuple[list[int], list[int]]], bool]:
    """(chosen bullets, member articles) per theme, the themes gathering most articles first,
    and whether the last is the group of other stories."""
    article_of = [b.article for b in bullets]
    prior = np.array([b.prior for b in bullets])
    made: list[tuple[list[int], list[int]]] = []
    other: tuple[list[int], list[int]] | None = None
    for label in sorted(set(labels.tolist())):
        members = [i for i in range(len(bullets)) if labels[i] == label]
        if label == OTHER:  # each story its lead bullet
            leads: dict[int, int] = {}
            for i in members:
                leads.setdefault(article_of[i], i)
            chosen = sorted(leads.values(), key=lambda i: (article_of[i], bullets[i].citations))[:MAX_OTHER]
            other = (chosen, sorted(leads))
            continue
        in_theme = np.zeros(len(bullets), dtype=bool)
        in_theme[members] = True
        relevance = vectors.dot(unit_vector(vectors.sum_rows(in_theme))) * prior
        articles = sorted({article_of[i] for i in members})
        want = min(5, max(2, len(articles))) if by_article else min(4, len(members))
        ranked = sorted(members, key=lambda i: (-relevance[i], i))
        relevant = [i for i in ranked if relevance[i] > 0] or ranked
        # a theme across articles shows each of them before a second bullet of any one
        cap = (1 if len(articles) >= want else MAX_PER_ARTICLE) if by_article else want
        picked = mmr(relevant, relevance, vectors, [], want, source_of=article_of, cap=cap)
        if by_article and len(articles) > 1 and len({article_of[i] for i in picked}) == 1:
            others = [i for i in ranked if article_of[i] != article_of[picked[0]]]
            picked = picked[: want - 1] + others[:1]
        if picked:
            made.append((sorted(picked, key=lambda i: (article_of[i], bullets[i].citations)), articles))
    made.sort(key=lambda entry: (-len(entry[1]), entry[1][0]))
    return ([*made, other], True) if other is not None else (made, False)


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
    vectors = space.sparse(terms)
    by_article = len(briefs) >= ARTICLE_CLUSTERING_FROM
    made, has_other = _select(bullets, vectors, _labels(bullets, vectors, len(briefs), groups), by_article)
    idf: dict[str, float] = dict(zip(space.vocabulary, space.idf.tolist(), strict=True))
    themed = made[:-1] if has_other else made
    titles = _titles([[bullets[i] for i in picked] for picked, _ in themed], lambda p: idf.get(p.lower(), 1.0))
    titles += [OTHER_TITLE[lang]] * (len(made) - len(themed))
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
