"""The offline extractive engine: themes by content, bullets by centrality, every one cited.

1. Tokenize each sentence into content words (rjieba for Chinese, a word pattern and stop words
   for English) and weigh them by TF-IDF (background IDF for Chinese).
2. Cluster paragraphs into themes by content in a small LSA space (spherical k-means), so a
   theme can gather paragraphs 3, 4 and 15; merge themes too small to carry two bullets.
3. Group 1, the overview: the sentences most central to the whole article, with a mild
   position prior, chosen by MMR so they do not repeat each other.
4. One group per theme, ordered by where the theme first appears: the sentences closest to the
   theme's centroid, again by MMR against everything already chosen.
5. Each bullet is one sentence, trimmed to its main clause when long, citing its paragraph
   (and any paragraph that repeats it nearly word for word); each group is titled by the key
   phrases most distinctive of it.

Everything is deterministic: the same document gives the same brief.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass
from itertools import pairwise

import numpy as np

from citebrief.engines.weights import TermSpace, normalize_rows
from citebrief.errors import UsageError
from citebrief.model import Brief, Document, Group, Lang, Point
from citebrief.render.source_line import source_line
from citebrief.text.tokenize import phrase_candidates, terms

ENGINE_NAME = "extractive"
MAX_GROUPS = 8
MIN_GROUPS_LONG = 3
LONG_ARTICLE_PARAGRAPHS = 8
MMR_LAMBDA = 0.7
POSITION_WEIGHT = 0.35
DUPLICATE_SIMILARITY = 0.8
MAX_CHARS_ZH = 90
MAX_WORDS_EN = 40
OVERVIEW_TITLE = {"zh": "核心要点", "en": "Key points"}

# roles that mark "全国政协委员、某某院长王某某：" as a speaker label, not part of the claim
_SPEAKER_ROLES = re.compile(
    r"委员|代表|院长|主任|董事长|总经理|书记|部长|局长|专家|教授|研究员|所长|主席|负责人|首席|院士|发言人|厅长|市长|省长|总裁|校长|理事长|会长"
)
_ZH_CLAUSE = re.compile(r"[^，；：,;:]+[，；：,;:]?")
_EN_CLAUSE = re.compile(r"[^,;:—–]+(?:[,;:—–]\s*|$)")


@dataclass(frozen=True)
class _Sentence:
    index: int
    paragraph: int  # 1-based paragraph number
    text: str
    terms: list[str]
    rank_in_doc: float  # 0 for the first sentence, 1 for the last


def _units(document: Document) -> list[_Sentence]:
    units: list[_Sentence] = []
    total = sum(len(s.sentences) for s in document.segments)
    for segment in document.segments:
        for sentence in segment.sentences:
            index = len(units)
            units.append(
                _Sentence(
                    index=index,
                    paragraph=segment.n,
                    text=sentence.text,
                    terms=terms(sentence.text, document.lang),
                    rank_in_doc=index / max(total - 1, 1),
                )
            )
    return units


def _length_factor(text: str, lang: Lang) -> float:
    """Very short sentences make poor bullets; scale their score down."""
    size = len(text) if lang == "zh" else len(text.split())
    low = 12 if lang == "zh" else 6
    return min(1.0, size / low) ** 2


def _spherical_kmeans(points: np.ndarray, k: int, *, restarts: int = 8, iterations: int = 40) -> np.ndarray:
    """Cluster unit vectors by cosine similarity.

    Written here rather than imported: scipy/scikit-learn would add 0.6-1.5 s of import time
    to every cold start for a clustering of a few dozen rows. Seeds come from a fixed-seed
    k-means++ so the result is deterministic.
    """
    count = len(points)
    if k >= count:
        return np.arange(count)
    rng = np.random.default_rng(20250514)
    best_labels = np.zeros(count, dtype=int)
    best_score = -math.inf
    similarity = points @ points.T
    for _ in range(restarts):
        seeds = [int(np.argmax(similarity.sum(axis=1)))] if not best_score > -math.inf else [int(rng.integers(count))]
        while len(seeds) < k:
            distance = 1.0 - similarity[:, seeds].max(axis=1)
            distance = np.clip(distance, 0, None) ** 2
            distance[seeds] = 0
            total = distance.sum()
            if total <= 0:
                break
            seeds.append(int(rng.choice(count, p=distance / total)))
        if len(seeds) < k:
            break
        centroids = points[seeds]
        labels = np.full(count, -1)
        for _ in range(iterations):
            new_labels = np.argmax(points @ centroids.T, axis=1)
            if np.array_equal(new_labels, labels):
                break
            labels = new_labels
            for c in range(k):
                members = points[labels == c]
                if len(members):
                    centroids[c] = members.sum(axis=0)
            centroids = normalize_rows(centroids)
        score = float(np.sum(np.max(points @ centroids.T, axis=1)))
        if len(set(labels.tolist())) == k and score > best_score + 1e-9:
            best_score, best_labels = score, labels.copy()
    return best_labels


def _theme_count(document: Document, sentence_count: int, requested: int | None) -> int:
    """Themes besides the overview: scaled with the article, or as --groups asks."""
    paragraphs = len(document.segments)
    if requested is not None:
        return max(requested - 1, 0)
    if paragraphs >= LONG_ARTICLE_PARAGRAPHS:
        total = min(MAX_GROUPS, max(MIN_GROUPS_LONG, round(paragraphs / 3) + 1))
    elif sentence_count <= 6:
        total = 1  # a news flash is one group
    else:
        total = 2 if sentence_count <= 12 else 3
    return total - 1


def _cluster_paragraphs(paragraph_vectors: np.ndarray, themes: int) -> np.ndarray:
    """Theme label per paragraph, from spherical k-means in a small LSA space."""
    count = len(paragraph_vectors)
    if themes <= 1 or count <= 1:
        return np.zeros(count, dtype=int)
    u, s, _ = np.linalg.svd(paragraph_vectors, full_matrices=False)
    rank = int(min(len(s), max(2 * themes, 10)))
    reduced = normalize_rows(u[:, :rank] * s[:rank])
    return _spherical_kmeans(reduced, min(themes, count))


def _merge_small(
    labels: np.ndarray, paragraph_vectors: np.ndarray, available: dict[int, int], minimum: int
) -> np.ndarray:
    """Fold themes with fewer than `minimum` usable sentences into their nearest theme."""
    labels = labels.copy()
    while True:
        themes = sorted(set(labels.tolist()))
        if len(themes) <= 1:
            return labels
        sizes = {t: sum(available.get(int(p), 0) for p in np.flatnonzero(labels == t)) for t in themes}
        small = [t for t in themes if sizes[t] < minimum]
        if not small:
            return labels
        victim = min(small, key=lambda t: (sizes[t], t))
        centroid = {t: normalize_rows(paragraph_vectors[labels == t].sum(axis=0, keepdims=True))[0] for t in themes}
        others = [t for t in themes if t != victim]
        target = max(others, key=lambda t: (float(centroid[victim] @ centroid[t]), -t))
        labels[labels == victim] = target


def _mmr(
    candidates: list[int],
    relevance: np.ndarray,
    sentence_vectors: np.ndarray,
    chosen: list[int],
    count: int,
) -> list[int]:
    """Pick `count` candidates by maximal marginal relevance against `chosen` (updated in place)."""
    picked: list[int] = []
    pool = list(candidates)
    while pool and len(picked) < count:

        def gain(i: int) -> tuple[float, int]:
            redundancy = float(np.max(sentence_vectors[chosen] @ sentence_vectors[i])) if chosen else 0.0
            return (MMR_LAMBDA * float(relevance[i]) - (1 - MMR_LAMBDA) * redundancy, -i)

        best = max(pool, key=gain)
        pool.remove(best)
        if chosen and float(np.max(sentence_vectors[chosen] @ sentence_vectors[best])) > 0.9:
            continue  # the same sentence said again elsewhere
        picked.append(best)
        chosen.append(best)
    return picked


def _strip_speaker(text: str) -> str:
    head, colon, rest = text.partition("：")
    if colon and len(head) <= 40 and len(rest) >= 10 and _SPEAKER_ROLES.search(head) and "“" not in head:
        return rest
    return text


def trim_sentence(text: str, lang: Lang) -> str:
    """One claim: the speaker label dropped, a long sentence cut to its leading clauses."""
    text = text.strip()
    if lang == "zh":
        text = _strip_speaker(text)
        if len(text) <= MAX_CHARS_ZH:
            return text
        kept = ""
        for clause in _ZH_CLAUSE.findall(text):
            if kept and len(kept) + len(clause) > MAX_CHARS_ZH:
                break
            kept += clause
        kept = kept[:MAX_CHARS_ZH] if len(kept) > MAX_CHARS_ZH else kept
        return re.sub(r"[，；：,;:]$", "", kept) + "……"
    words = text.split()
    if len(words) <= MAX_WORDS_EN:
        return text
    kept = ""
    for clause in _EN_CLAUSE.findall(text):
        if kept and len((kept + clause).split()) > MAX_WORDS_EN:
            break
        kept += clause
    if len(kept.split()) > MAX_WORDS_EN:
        kept = " ".join(kept.split()[:MAX_WORDS_EN])
    return re.sub(r"[\s,;:—–]+$", "", kept) + " …"


def _key_phrases(document: Document, labels: np.ndarray, idf_of: dict[str, float]) -> dict[int, list[str]]:
    """The phrases most distinctive of each theme: frequent in it, rare elsewhere."""
    lang = document.lang
    per_theme: dict[int, Counter[str]] = {}
    overall: Counter[str] = Counter()
    for segment, label in zip(document.segments, labels.tolist(), strict=True):
        words = phrase_candidates(segment.text, lang)
        found = Counter(words)
        if lang == "en":
            found.update(f"{a} {b}" for a, b in pairwise(words))
        per_theme.setdefault(label, Counter()).update(found)
        overall.update(found)
    result: dict[int, list[str]] = {}
    for label, counts in per_theme.items():
        scored = []
        for phrase, tf in counts.items():
            if " " in phrase and tf < 2:
                continue
            idf = np.mean([idf_of.get(w, 1.0) for w in phrase.split()]) if lang == "en" else idf_of.get(phrase, 1.0)
            share = tf / overall[phrase]
            scored.append(((1 + math.log(tf)) * float(idf) * share * (1.3 if " " in phrase else 1.0), phrase))
        scored.sort(key=lambda item: (-item[0], item[1]))
        result[label] = [phrase for _, phrase in scored]
    return result


def _title(phrases: list[str], used: set[str], lang: Lang, prefix: str | None = None, count: int = 2) -> str:
    chosen: list[str] = []
    for phrase in phrases:
        if phrase in used or any(phrase in c or c in phrase for c in chosen):
            continue
        chosen.append(phrase)
        if len(chosen) == count:
            break
    used.update(chosen)
    if lang == "en":
        chosen = [" ".join(w.capitalize() if w.islower() else w for w in p.split()) for p in chosen]
    parts = ([prefix] if prefix else []) + chosen
    return " · ".join(parts) if parts else (prefix or "")


def _points(units: list[_Sentence], picked: list[int], sentence_vectors: np.ndarray, lang: Lang) -> list[Point]:
    points = []
    for i in picked:
        unit = units[i]
        similar = sentence_vectors @ sentence_vectors[i]
        citations = {unit.paragraph}
        citations.update(units[j].paragraph for j in np.flatnonzero(similar >= DUPLICATE_SIMILARITY).tolist())
        points.append(Point(text=trim_sentence(unit.text, lang), citations=sorted(citations)))
    return points


def draft_extractive(document: Document, *, groups: int | None = None, lang: Lang | None = None) -> Brief:
    """A grouped, cited brief of `document`, in the document's language."""
    if lang is not None and lang != document.lang:
        raise UsageError(
            f"the extractive engine writes in the article's language ({document.lang}); "
            f"for a brief in '{lang}' use --engine llm",
            source=document.origin,
        )
    if groups is not None and not 1 <= groups <= MAX_GROUPS:
        raise UsageError(f"--groups must be between 1 and {MAX_GROUPS}, not {groups}")
    units = _units(document)
    space = TermSpace([u.terms for u in units], document.lang)
    sentence_vectors = space.matrix([u.terms for u in units])
    paragraph_terms = [[t for u in units if u.paragraph == s.n for t in u.terms] for s in document.segments]
    paragraph_vectors = space.matrix(paragraph_terms)
    idf_of = dict(zip(space.vocabulary, space.idf.tolist(), strict=True))

    usable = [u.index for u in units if u.terms]
    if not usable:
        usable = [u.index for u in units]
    lengths = np.array([_length_factor(u.text, document.lang) for u in units])
    position = np.array([1.0 + POSITION_WEIGHT * (1.0 - u.rank_in_doc) ** 4 for u in units])

    centroid = normalize_rows(paragraph_vectors.sum(axis=0, keepdims=True))[0]
    overview_relevance = (sentence_vectors @ centroid) * lengths * position
    themes = _theme_count(document, len(usable), groups)
    overview_size = 3 if len(usable) >= 5 or themes == 0 else 2
    chosen: list[int] = []
    overview = _mmr(
        sorted(usable, key=lambda i: -overview_relevance[i]),
        overview_relevance,
        sentence_vectors,
        chosen,
        overview_size,
    )
    labels = _cluster_paragraphs(paragraph_vectors, themes)
    available: dict[int, int] = Counter(units[i].paragraph - 1 for i in usable if i not in overview)
    labels = _merge_small(labels, paragraph_vectors, available, minimum=2)
    phrases = _key_phrases(document, labels, idf_of)
    used_phrases: set[str] = set()
    doc_phrases = _key_phrases(document, np.zeros(len(document.segments), dtype=int), idf_of)[0]
    result_groups = [
        Group(
            title=_title(doc_phrases, set(), document.lang, prefix=OVERVIEW_TITLE[document.lang]),
            points=_points(units, overview, sentence_vectors, document.lang),
        )
    ]
    if themes:
        order = sorted(set(labels.tolist()), key=lambda t: int(np.flatnonzero(labels == t)[0]))
        for theme in order:
            members = set((np.flatnonzero(labels == theme) + 1).tolist())
            theme_centroid = normalize_rows(paragraph_vectors[labels == theme].sum(axis=0, keepdims=True))[0]
            relevance = (sentence_vectors @ theme_centroid) * lengths * (0.5 + 0.5 * position)
            candidates = sorted(
                (i for i in usable if units[i].paragraph in members and i not in chosen), key=lambda i: -relevance[i]
            )
            want = 3 if len(members) >= 3 or len(candidates) >= 6 else 2
            picked = sorted(_mmr(candidates, relevance, sentence_vectors, chosen, want))
            if not picked:
                continue
            result_groups.append(
                Group(
                    title=_title(phrases.get(theme, []), used_phrases, document.lang),
                    points=_points(units, picked, sentence_vectors, document.lang),
                )
            )
    return Brief(
        document_id=document.id,
        title=document.title,
        source=document.source,
        source_line=source_line(document.source, document.published_at, document.lang),
        published_at=document.published_at,
        lang=document.lang,
        engine=ENGINE_NAME,
        groups=result_groups,
    )
