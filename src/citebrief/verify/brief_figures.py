"""The brief-level figures: citation precision, coverage, and the important paragraphs the
brief leaves uncited — read over the whole source, not claim by claim as `checks.py` does."""

from __future__ import annotations

import math
from collections import Counter

import numpy as np

from citebrief.model import Brief, Checks, Lang, VerdictLabel
from citebrief.text.patterns import is_structure
from citebrief.text.structure import says_something
from citebrief.verify.index import Paragraph, SourceIndex

UNCOVERED_MAX = 5
_CLAIM_SIZE = {"zh": 15, "en": 6}  # characters / words: shorter paragraphs are headings, not claims


def is_claim(text: str, lang: Lang) -> bool:
    return (len(text) if lang == "zh" else len(text.split())) >= _CLAIM_SIZE[lang]


def _centrality(rows: np.ndarray, keys: np.ndarray, count: int) -> list[float]:
    """Cosine of each row's TF-IDF vector with the sum of all rows' unit vectors, for sparse
    (row, key) occurrences: a paragraph central to the article shares its distinctive terms."""
    if not len(keys):
        return [0.0] * count
    # one int64 per (row, key) occurrence — keys below 2**40 — so np.unique sorts plain integers
    pairs, tf = np.unique(rows << 40 | keys, return_counts=True)
    row, key = pairs >> 40, pairs & (1 << 40) - 1
    _, column = np.unique(key, return_inverse=True)
    df = np.bincount(column)
    weight = (1.0 + np.log(tf)) * (np.log((1 + count) / (1 + df[column])) + 1.0)
    norms = np.sqrt(np.bincount(row, weights=weight * weight, minlength=count))
    weight = weight / np.where(norms == 0, 1.0, norms)[row]
    total = np.bincount(column, weights=weight).astype(np.float64)
    centroid = total / (float(np.linalg.norm(total)) or 1.0)
    result: list[float] = np.bincount(row, weights=weight * centroid[column], minlength=count).tolist()
    return result


def _paragraph_weights(index: SourceIndex) -> list[float]:
    """How central each paragraph is. Chinese: by pairs of adjacent Han characters (no word
    segmentation, all in numpy); English: by its content words."""
    count = len(index.paragraphs)
    if index.lang == "zh":
        joined = "\x00".join(p.text for p in index.paragraphs)
        codes = np.frombuffer(joined.encode("utf-32-le"), dtype=np.uint32).astype(np.int64)
        paragraph = np.cumsum(codes == 0)
        han = (codes >= 0x4E00) & (codes <= 0x9FFF)
        pair = han[:-1] & han[1:]
        bigrams = (codes[:-1] << 16 | (codes[1:] & 0xFFFF))[pair]
        return _centrality(paragraph[:-1][pair], bigrams, count)
    vocabulary: dict[str, int] = {}
    rows = [r for r, p in enumerate(index.paragraphs) for t in p.terms.elements()]
    words = [vocabulary.setdefault(t, len(vocabulary)) for p in index.paragraphs for t in p.terms.elements()]
    return _centrality(np.array(rows, dtype=np.int64), np.array(words, dtype=np.int64), count)


def _says_what_to_cite(paragraph: Paragraph, lang: Lang) -> bool:
    """A claim-sized paragraph once its formula sentences are set aside: a reply's opening
    ("…的请示收悉。经国务院批准，现函复如下：") is long but holds nothing to cite."""
    if not is_claim(paragraph.text, lang):
        return False
    # the kept sentences' size, summed (characters, or words: a space between two adds none) until
    # it is a claim's: the first sentence most often is, and the rest need no `is_structure` (issue #14)
    size = 0
    for sentence in paragraph.sentence_texts:
        if not is_structure(sentence):
            size += len(sentence) if lang == "zh" else len(sentence.split())
            if size >= _CLAIM_SIZE[lang]:
                return True
    return False


def brief_checks(brief: Brief, index: SourceIndex, *, repaired: list[str], dropped: list[str]) -> Checks:
    """Citation precision, coverage, the important paragraphs nobody cites, and the failures."""
    points = brief.points()
    labels = Counter(p.support.label.value if p.support else "unchecked" for p in points)
    cited = {n for p in points for n in p.citations if index.in_range(n)}
    weights = _paragraph_weights(index)
    # headings, the letter header, a table of contents and the closing lines say nothing to cite
    substance = says_something([p.text for p in index.paragraphs], index.lang)
    claims = [index.paragraphs[i].n for i in substance if _says_what_to_cite(index.paragraphs[i], index.lang)]
    ranked = sorted(claims, key=lambda n: (-weights[n - 1], n))
    top = ranked[: max(3, math.ceil(len(ranked) / 3))]
    failures = []
    for g, group in enumerate(brief.groups, start=1):
        for k, point in enumerate(group.points, start=1):
            if point.support is not None and point.support.label is not VerdictLabel.supported:
                failures.append(f"[{g}.{k}] {point.support.label.value}: {point.support.reason}")
    return Checks(
        citation_precision=round(labels["supported"] / len(points), 4) if points else None,
        coverage=round(len(cited.intersection(claims)) / len(claims), 4) if claims else None,
        uncovered=[n for n in top if n not in cited][:UNCOVERED_MAX],
        failures=failures,
        counts={label.value: labels[label.value] for label in VerdictLabel if labels[label.value]},
        repaired=repaired,
        dropped=dropped,
    )
