"""Themes of one article: its own sections where it has an outline, clusters of content where not.

A document with sections (一、/（一）/第X章/1.1, or short heading paragraphs) is read the way its
author divided it: each section, or a run of neighbouring sections when there are more than
the brief has room for, is a theme titled by its heading cut to a noun phrase. Only a document
without an outline is clustered by content (Ward's method on TF-IDF paragraph vectors), and
its themes are titled by the phrase of their own paragraphs most distinctive of them.
"""

from __future__ import annotations

import itertools
import math
from collections import Counter
from dataclasses import dataclass

import numpy as np

from citebrief.engines.weights import normalize_rows
from citebrief.model import Lang
from citebrief.text.outline import ITEM_LEVEL, Heading
from citebrief.text.titles import display, noun_phrase
from citebrief.text.tokenize import Token


def noun_runs(tokens: list[Token], text: str, lang: Lang) -> list[str]:
    """Phrase candidates: runs of adjacent title-worthy words and their parts of 1-3 words."""
    found: list[str] = []
    runs: list[list[str]] = []
    run: list[str] = []
    end = -1
    for token in tokens:
        if not token.is_phrase:
            if run:
                runs.append(run)
            run, end = [], -1
            continue
        adjacent = token.start == end or (lang == "en" and end >= 0 and not text[end : token.start].strip())
        if run and not adjacent:
            runs.append(run)
            run = []
        if lang == "en" and token.start and text[token.start - 1] in "-'’":
            run, end = [], -1  # the tail of "23-year-old" is no word of its own
            continue
        run.append(token.surface if lang == "zh" else token.word)
        end = token.start + len(token.surface)
        if lang == "en" and token.surface.endswith(("'s", "’s")):
            runs.append(run)  # "Blair's Labour government": the possessive ends the phrase
            run, end = [], -1
    if run:
        runs.append(run)
    joiner = "" if lang == "zh" else " "
    for words in runs:
        for start in range(len(words)):
            for stop in range(start + 1, min(len(words), start + 3) + 1):
                if lang == "zh":
                    phrase = "".join(words[start:stop])
                    if 2 <= len(phrase) <= 12:
                        found.append(phrase)
                elif not words[stop - 1].endswith(("ed", "ly")):
                    found.append(joiner.join(words[start:stop]))
    return found


@dataclass(frozen=True)
class Themes:
    """A theme label per paragraph, and the headings of each theme's sections (paragraph index,
    title cut to a noun phrase): a theme gathering several sections is titled by the one its
    bullets come from."""

    labels: np.ndarray
    titles: dict[int, list[tuple[int, str]]]


def ward_clusters(points: np.ndarray, k: int) -> np.ndarray:
    """Agglomerative clustering with Ward's criterion on unit vectors, down to k clusters.

    Ward keeps themes of comparable size where average linkage lets one cluster swallow a
    policy text and leaves six one-heading "themes". Written here rather than imported:
    scipy.cluster / scikit-learn add 0.6-1.5 s of import time to every cold start, for a
    clustering of a few dozen rows. Distances are updated by the Lance-Williams formula, so
    each merge is one numpy pass; ties go to the lowest indices, so the result is deterministic.
    """
    count = len(points)
    if k >= count:
        return np.arange(count)
    distance = np.clip(2.0 - 2.0 * (points @ points.T), 0.0, None)  # squared Euclidean
    np.fill_diagonal(distance, np.inf)
    sizes = np.ones(count)
    labels = np.arange(count)
    for _ in range(count - k):
        a, b = divmod(int(np.argmin(distance)), count)  # merged-away rows and columns hold inf
        a, b = min(a, b), max(a, b)
        size_a, size_b = sizes[a], sizes[b]
        merged = ((size_a + sizes) * distance[a] + (size_b + sizes) * distance[b] - sizes * distance[a, b]) / (
            size_a + size_b + sizes
        )
        distance[a, :] = merged
        distance[:, a] = merged
        distance[a, a] = np.inf
        sizes[a] += size_b
        distance[b, :] = np.inf
        distance[:, b] = np.inf
        labels[labels == b] = a
    _, dense = np.unique(labels, return_inverse=True)
    result: np.ndarray = dense
    return result


def cluster_paragraphs(paragraph_vectors: np.ndarray, themes: int, substantive: np.ndarray) -> np.ndarray:
    """Theme label per paragraph, by content alone (position plays no part).

    Only paragraphs that hold a claim are clustered; a heading or a document number joins
    the theme of the next such paragraph (the section it opens), or the previous one at the end.
    """
    count = len(paragraph_vectors)
    rows = np.flatnonzero(substantive)
    if themes <= 1 or len(rows) <= 1:
        return np.zeros(count, dtype=int)
    clustered = ward_clusters(paragraph_vectors[rows], min(themes, len(rows)))
    labels = np.full(count, -1)
    labels[rows] = clustered
    following = -1
    for i in range(count - 1, -1, -1):
        if labels[i] >= 0:
            following = int(labels[i])
        else:
            labels[i] = following
    last = int(labels[rows[-1]])
    labels[labels < 0] = last
    return labels


@dataclass
class _Section:
    start: int  # first paragraph (0-based)
    end: int  # one past the last paragraph
    heading: Heading | None
    weight: int  # usable sentences inside


def _sections(outline: list[Heading], level: int, start: int, end: int, available: list[int]) -> list[_Section]:
    """The sections of [start, end) at `level`; text before the first heading is a section too."""
    heads = [h for h in outline if h.level == level and start <= h.paragraph < end]
    bounds = [start] + [h.paragraph for h in heads] + [end]
    result = []
    for index, (low, high) in enumerate(itertools.pairwise(bounds)):
        heading = heads[index - 1] if index else None
        if high > low and (heading is not None or sum(available[low:high]) > 0):
            result.append(_Section(low, high, heading, sum(available[low:high])))
    return result


def _split_largest(sections: list[_Section], outline: list[Heading], wanted: int, available: list[int]) -> None:
    """While there is room, open the largest section into its own subsections."""
    while len(sections) < wanted:
        order = sorted(range(len(sections)), key=lambda i: -sections[i].weight)
        for index in order:
            section = sections[index]
            inner = [h for h in outline if section.start < h.paragraph < section.end and h.level < ITEM_LEVEL]
            if not inner:
                continue
            level = min(h.level for h in inner)
            parts = _sections(outline, level, section.start, section.end, available)
            if len(parts) < 2 or len(sections) - 1 + len(parts) > wanted + 1:
                continue
            if parts[0].heading is None and section.heading is not None:
                parts[0].heading = section.heading  # the section's own lead keeps its heading
            sections[index : index + 1] = parts
            break
        else:
            return


def _merge_neighbours(sections: list[_Section], wanted: int, minimum: int) -> None:
    """Too many sections, or one too thin for two bullets: join it with its lighter neighbour."""
    while len(sections) > 1:
        thin = [i for i, s in enumerate(sections) if s.weight < minimum]
        if len(sections) <= wanted and not thin:
            return
        index = min(thin, key=lambda i: (sections[i].weight, i)) if thin else _lightest_pair(sections)
        if index == len(sections) - 1 or (index > 0 and sections[index - 1].weight <= sections[index + 1].weight):
            index -= 1
        first, second = sections[index], sections[index + 1]
        keep = first.heading if first.weight >= second.weight or second.heading is None else second.heading
        if first.heading is None or second.heading is None:
            keep = first.heading or second.heading
        sections[index : index + 2] = [_Section(first.start, second.end, keep, first.weight + second.weight)]


def _lightest_pair(sections: list[_Section]) -> int:
    return min(range(len(sections) - 1), key=lambda i: (sections[i].weight + sections[i + 1].weight, i))


def outline_themes(
    outline: list[Heading], paragraphs: int, available: list[int], wanted: int, lang: Lang
) -> Themes | None:
    """Themes from the document's own sections, or None when it has no outline to speak of."""
    levels = sorted({h.level for h in outline if h.level < ITEM_LEVEL})
    if not levels or wanted < 2:
        return None
    sections = _sections(outline, levels[0], 0, paragraphs, available)
    if sum(s.heading is not None for s in sections) < 2:
        return None
    _split_largest(sections, outline, wanted, available)
    _merge_neighbours(sections, wanted, minimum=2)
    if len(sections) < 2:
        return None
    labels = np.zeros(paragraphs, dtype=int)
    titles: dict[int, list[tuple[int, str]]] = {}
    inner = [h for h in outline if h.level < ITEM_LEVEL]
    for label, section in enumerate(sections):
        labels[section.start : section.end] = label
        heads = [h for h in inner if section.start <= h.paragraph < section.end]
        top = min((h.level for h in heads), default=0)
        heads = [h for h in heads if h.level == top]  # the sections a merge put together
        if section.heading is not None and section.heading not in heads:
            heads.insert(0, section.heading)
        for heading in heads:
            phrase = noun_phrase(heading.label, lang)
            if phrase:
                titles.setdefault(label, []).append((heading.paragraph, display(phrase, lang)))
    return Themes(labels, titles)


def merge_small(
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


def rebalance(labels: np.ndarray, paragraph_vectors: np.ndarray, available: dict[int, int], minimum: int) -> np.ndarray:
    """Give each theme short of `minimum` usable sentences the paragraph closest to it from a
    theme that can spare one: a short article keeps the groups it needs, with the best fit."""
    labels = labels.copy()
    for _ in range(len(labels)):
        themes = sorted(set(labels.tolist()))
        sizes = {t: sum(available.get(int(p), 0) for p in np.flatnonzero(labels == t)) for t in themes}
        small = [t for t in themes if sizes[t] < minimum]
        if not small:
            break
        victim = min(small, key=lambda t: (sizes[t], t))
        centroid = normalize_rows(paragraph_vectors[labels == victim].sum(axis=0, keepdims=True))[0]
        donors = [
            int(p)
            for p in np.flatnonzero(labels != victim)
            if available.get(int(p), 0) and sizes[int(labels[p])] - available[int(p)] >= minimum
        ]
        if not donors:
            break
        best = max(donors, key=lambda p: (float(paragraph_vectors[p] @ centroid), -p))
        labels[best] = victim
    return labels


def phrase_title(
    per_paragraph: list[Counter[str]],
    members: list[int],
    idf_of: dict[str, float],
    used: set[str],
    lang: Lang,
) -> str:
    """The phrase most a theme's own: frequent in its paragraphs, rare in the others, written
    in them on word boundaries, not yet another group's title."""
    inside: Counter[str] = Counter()
    overall: Counter[str] = Counter()
    member_set = set(members)
    for index, found in enumerate(per_paragraph):
        overall.update(found)
        if index in member_set:
            inside.update(found)
    scored = []
    for phrase, tf in inside.items():
        share = tf / overall[phrase]
        words = phrase.split() if lang == "en" else [phrase]
        idf = sum(idf_of.get(w.lower(), 1.0) for w in words) / len(words)
        size = len(phrase.split()) if lang == "en" else len(phrase) / 2
        scored.append(((1 + math.log(tf)) * idf * share**2 * min(size, 3.0) * (1.0 if tf >= 2 else 0.5), phrase))
    scored.sort(key=lambda item: (-item[0], item[1]))
    for _, phrase in scored:
        if phrase.casefold() in used or any(phrase in u or u in phrase for u in used):
            continue
        # every candidate is a run of whole words of a member paragraph, as its tokenizer cut
        # it: on word boundaries there by construction
        used.add(phrase.casefold())
        return display(phrase, lang)
    return ""
