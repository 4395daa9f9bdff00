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

from citebrief.engines.mmr import mmr
from citebrief.engines.weights import TermSpace, normalize_rows
from citebrief.errors import UsageError
from citebrief.model import Brief, Document, Group, Lang, Point
from citebrief.options import MAX_GROUPS, MIN_GROUPS
from citebrief.text.tokenize import analyze

ENGINE_NAME = "extractive"
MIN_GROUPS_LONG = 3
LONG_ARTICLE_PARAGRAPHS = 8
# the lead prior: x(1 + 2(1-r)^16) at relative position r — x3 on the first sentence, x1.37 at
# 10% of the article, x1.06 at 20%, nothing after: news puts its point first, and past the lead
# content alone decides. Chosen on zh-clts/en-cnndm top-3 ROUGE-L (see bench/README.md).
POSITION_WEIGHT = 2.0
POSITION_EXPONENT = 16
DUPLICATE_SIMILARITY = 0.8
MAX_CHARS_ZH = 90
MAX_WORDS_EN = 40
MIN_CLAIM_CHARS_ZH = 15
MIN_CLAIM_WORDS_EN = 6
OVERVIEW_TITLE = {"zh": "核心要点", "en": "Key points"}

# roles that mark "全国政协委员、某某院长王某某：" as a speaker label, not part of the claim
_SPEAKER_ROLES = re.compile(
    r"委员|代表|院长|主任|董事长|总经理|书记|部长|局长|专家|教授|研究员|所长|主席|负责人|首席|院士|发言人|厅长|市长|省长|总裁|校长|理事长|会长"
)
_DATELINE = re.compile(
    r"^(?:(?:本报|新华社|中新社|中新网|人民网|央视网|新华网|光明网|中国日报网?)?[\u4e00-\u9fff]{0,8}"
    r"\d{1,2}月\d{1,2}日(?:电|讯)\s*(?:[（(][^）)]{0,40}[）)])?\s*"
    r"|[A-Z][A-Z .,'’-]{2,40}(?:\s*\([A-Za-z .]+\))?\s+[—–-]{1,2}\s+)"
)
_HEADING_ZH = re.compile(
    r"^(?:[一二三四五六七八九十百]+、|[（(][一二三四五六七八九十\d]+[）)]|第[一二三四五六七八九十百\d]+[条章节部分])"
    r"[^。；]{0,20}$"
)
_ZH_CLAUSE = re.compile(r"[^，；：,;:]+[，；：,;:]?")
# a comma between digits (6,000) is a thousands separator, not a clause boundary
_EN_CLAUSE = re.compile(r"(?:[^,;:—–]|(?<=\d),(?=\d))+(?:[,;:—–]\s*|$)")


@dataclass(frozen=True)
class _Sentence:
    index: int
    paragraph: int  # 1-based paragraph number
    text: str
    terms: list[str]
    rank_in_doc: float  # 0 for the first sentence, 1 for the last


@dataclass(frozen=True)
class _Paragraph:
    """One paragraph's analysis: the words that weigh its theme and title it."""

    terms: list[str]  # content words, the speaker label left out
    phrases: list[str]  # key-phrase candidates, the speaker label left out


def _analyze(document: Document) -> tuple[list[_Sentence], list[_Paragraph]]:
    """Tag each paragraph once and read sentence terms, paragraph terms and phrases off it."""
    units: list[_Sentence] = []
    paragraphs: list[_Paragraph] = []
    total = sum(len(s.sentences) for s in document.segments)
    for segment in document.segments:
        tokens = analyze(segment.text, document.lang)
        # speaker labels ("全国政协委员、某某院长王某某：") say who, not what: keep them out of themes
        said_from = len(segment.text) - len(_strip_speaker(segment.text))
        paragraphs.append(
            _Paragraph(
                terms=[t.word for t in tokens if t.is_term and t.start >= said_from],
                phrases=[
                    t.surface if document.lang == "zh" else t.word
                    for t in tokens
                    if t.is_phrase and t.start >= said_from
                ],
            )
        )
        for sentence in segment.sentences:
            low, high = sentence.start - segment.start, sentence.end - segment.start
            index = len(units)
            units.append(
                _Sentence(
                    index=index,
                    paragraph=segment.n,
                    text=sentence.text,
                    terms=[t.word for t in tokens if t.is_term and low <= t.start < high],
                    rank_in_doc=index / max(total - 1, 1),
                )
            )
    return units, paragraphs


def _is_claim(text: str, lang: Lang) -> bool:
    """Long enough to state something: headings ("一、总体要求"), document numbers and
    addressee lines are paragraphs a reader may cite, but never a bullet."""
    if text.rstrip().endswith(("：", ":")):
        return False  # "现就有关事项通知如下：" only announces what follows
    if lang == "zh":
        return len(text) >= MIN_CLAIM_CHARS_ZH and not _HEADING_ZH.match(text)
    return len(text.split()) >= MIN_CLAIM_WORDS_EN


def _length_factor(text: str, lang: Lang) -> float:
    """Very short sentences make poor bullets; scale their score down."""
    size = len(text) if lang == "zh" else len(text.split())
    low = 12 if lang == "zh" else 6
    return min(1.0, size / low) ** 2


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


def _theme_count(paragraphs: int, sentence_count: int, requested: int | None) -> int:
    """Themes besides the overview: scaled with the article, or as --groups asks.

    `paragraphs` counts the paragraphs that hold a claim: a notice's title lines, document
    number, addressees, signature and date do not make it a long article.
    """
    if requested is not None:
        return max(requested - 1, 0)
    if paragraphs >= LONG_ARTICLE_PARAGRAPHS:
        total = min(MAX_GROUPS, max(MIN_GROUPS_LONG, round(paragraphs / 3) + 1))
    elif sentence_count <= 6:
        total = 1  # a news flash is one group
    else:
        total = 2 if sentence_count <= 12 else 3
    return total - 1


def _cluster_paragraphs(paragraph_vectors: np.ndarray, themes: int, substantive: np.ndarray) -> np.ndarray:
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


def _rebalance(
    labels: np.ndarray, paragraph_vectors: np.ndarray, available: dict[int, int], minimum: int
) -> np.ndarray:
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


def _strip_dateline(text: str) -> str:
    """'本报北京5月14日电（记者 某某）' and 'PORT ALDER —' open a story; they are not a claim."""
    stripped = _DATELINE.sub("", text, count=1)
    return stripped if len(stripped) >= 10 else text


def _strip_speaker(text: str) -> str:
    head, colon, rest = text.partition("：")
    if colon and len(head) <= 40 and len(rest) >= 10 and _SPEAKER_ROLES.search(head) and "“" not in head:
        return rest
    return text


def trim_sentence(text: str, lang: Lang) -> str:
    """One claim: the speaker label dropped, a long sentence cut to its leading clauses."""
    text = _strip_dateline(text.strip())
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


def _phrase_counts(paragraphs: list[_Paragraph], lang: Lang) -> list[Counter[str]]:
    """Key-phrase candidates per paragraph (English adds adjacent word pairs)."""
    counts = []
    for paragraph in paragraphs:
        found = Counter(paragraph.phrases)
        if lang == "en":
            found.update(f"{a} {b}" for a, b in pairwise(paragraph.phrases))
        counts.append(found)
    return counts


def _phrase_idf(phrase: str, idf_of: dict[str, float]) -> float:
    words = phrase.split()
    return sum(idf_of.get(w, 1.0) for w in words) / len(words)


def _key_phrases(
    per_paragraph: list[Counter[str]], labels: np.ndarray, idf_of: dict[str, float]
) -> dict[int, list[str]]:
    """The phrases most distinctive of each theme: frequent in it, rare in the others.

    A phrase met only once is a poor title (a name, a stray word); it ranks below every
    phrase the theme repeats.
    """
    per_theme: dict[int, Counter[str]] = {}
    overall: Counter[str] = Counter()
    phrase_idf: dict[str, float] = {}
    for found, label in zip(per_paragraph, labels.tolist(), strict=True):
        per_theme.setdefault(label, Counter()).update(found)
        overall.update(found)
    result: dict[int, list[str]] = {}
    for label, counts in per_theme.items():
        scored = []
        for phrase, tf in counts.items():
            share = tf / overall[phrase]
            bonus = 1.3 if " " in phrase else 1.0
            if phrase not in phrase_idf:
                phrase_idf[phrase] = _phrase_idf(phrase, idf_of)
            scored.append((tf >= 2, (1 + math.log(tf)) * phrase_idf[phrase] * share * bonus, phrase))
        scored.sort(key=lambda item: (not item[0], -item[1], item[2]))
        result[label] = [phrase for _, _, phrase in scored]
    return result


def _overview_phrases(per_paragraph: list[Counter[str]], idf_of: dict[str, float]) -> list[str]:
    """The article's own subject: phrases spread over many paragraphs, weighed by IDF."""
    spread: Counter[str] = Counter()
    for found in per_paragraph:
        spread.update(set(found))
    scored = [(count * _phrase_idf(phrase, idf_of) ** 2, phrase) for phrase, count in spread.items() if count >= 2]
    scored.sort(key=lambda item: (-item[0], item[1]))
    return [phrase for _, phrase in scored]


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


def _same_wording(a: str, b: str) -> bool:
    from difflib import SequenceMatcher

    return SequenceMatcher(None, a, b, autojunk=False).ratio() >= DUPLICATE_SIMILARITY


def _figures(text: str) -> set[str]:
    from citebrief.text.numbers import find_quantities

    return {q.key for q in find_quantities(text)}


def _points(units: list[_Sentence], picked: list[int], sentence_vectors: np.ndarray, lang: Lang) -> list[Point]:
    points = []
    for i in picked:
        unit = units[i]
        similar = sentence_vectors @ sentence_vectors[i]
        citations = {unit.paragraph}
        for j in np.flatnonzero(similar >= DUPLICATE_SIMILARITY).tolist():
            # the same content words are not enough ("12月29日上班" vs "2月2日上班"): the
            # other paragraph must repeat the sentence nearly character for character, and
            # with the same figures (a forecast of 29℃至37℃ is not one of 28℃至38℃)
            if (
                units[j].paragraph != unit.paragraph
                and _same_wording(unit.text, units[j].text)
                and _figures(unit.text) == _figures(units[j].text)
            ):
                citations.add(units[j].paragraph)
        points.append(Point(text=trim_sentence(unit.text, lang), citations=sorted(citations)))
    return points


@dataclass(frozen=True)
class _Scored:
    """An article's sentences with the vectors and priors every selection step uses."""

    units: list[_Sentence]
    usable: list[int]  # indices of sentences that may become bullets
    sentence_vectors: np.ndarray
    paragraph_vectors: np.ndarray
    lengths: np.ndarray
    position: np.ndarray
    lang: Lang


def _score(document: Document) -> tuple[_Scored, TermSpace, list[_Paragraph]]:
    units, paragraphs = _analyze(document)
    space = TermSpace([u.terms for u in units], document.lang)
    paragraph_terms = [p.terms for p in paragraphs]
    usable = [u.index for u in units if u.terms and _is_claim(u.text, document.lang)]
    if len(usable) < 2:
        usable = [u.index for u in units if u.terms] or [u.index for u in units]
    scored = _Scored(
        units=units,
        usable=usable,
        sentence_vectors=space.matrix([u.terms for u in units]),
        paragraph_vectors=space.matrix(paragraph_terms),
        lengths=np.array([_length_factor(u.text, document.lang) for u in units]),
        position=np.array([1.0 + POSITION_WEIGHT * (1.0 - u.rank_in_doc) ** POSITION_EXPONENT for u in units]),
        lang=document.lang,
    )
    return scored, space, paragraphs


def _themes(scored: _Scored, themes: int, overview: list[int], paragraphs: int) -> np.ndarray:
    """Theme label per paragraph, each theme with at least two sentences left for bullets."""
    substantive = np.zeros(paragraphs, dtype=bool)
    substantive[[scored.units[i].paragraph - 1 for i in scored.usable]] = True
    labels = _cluster_paragraphs(scored.paragraph_vectors, themes, substantive)
    available: dict[int, int] = Counter(scored.units[i].paragraph - 1 for i in scored.usable if i not in overview)
    merged = _merge_small(labels, scored.paragraph_vectors, available, minimum=2)
    if len(set(merged.tolist())) < themes:
        rebalanced = _rebalance(labels, scored.paragraph_vectors, available, 2)
        merged = _merge_small(rebalanced, scored.paragraph_vectors, available, 2)
    return merged


def _theme_groups(scored: _Scored, labels: np.ndarray, chosen: list[int], phrases: dict[int, list[str]]) -> list[Group]:
    """One group per theme, in the order the themes first appear in the article."""
    groups: list[Group] = []
    used_phrases: set[str] = set()
    for theme in sorted(set(labels.tolist()), key=lambda t: int(np.flatnonzero(labels == t)[0])):
        members = set((np.flatnonzero(labels == theme) + 1).tolist())
        centroid = normalize_rows(scored.paragraph_vectors[labels == theme].sum(axis=0, keepdims=True))[0]
        # inside a theme the lead matters little: a x1.18 at most, so content decides
        relevance = (scored.sentence_vectors @ centroid) * scored.lengths * scored.position**0.15
        candidates = sorted(
            (i for i in scored.usable if scored.units[i].paragraph in members and i not in chosen),
            key=lambda i: -relevance[i],
        )
        want = 3 if len(members) >= 3 or len(candidates) >= 6 else 2
        picked = sorted(mmr(candidates, relevance, scored.sentence_vectors, chosen, want))
        if len(picked) < 2:
            # one fresh sentence is no group: it joins the previous theme when that has room
            if picked and groups and len(groups[-1].points) < 3:
                groups[-1].points.extend(_points(scored.units, picked, scored.sentence_vectors, scored.lang))
            continue
        groups.append(
            Group(
                title=_title(phrases.get(theme, []), used_phrases, scored.lang),
                points=_points(scored.units, picked, scored.sentence_vectors, scored.lang),
            )
        )
    return groups


def draft_extractive(document: Document, *, groups: int | None = None, lang: Lang | None = None) -> Brief:
    """A grouped, cited brief of `document`, in the document's language."""
    if lang is not None and lang != document.lang:
        raise UsageError(
            f"the extractive engine writes in the article's language ({document.lang}); "
            f"for a brief in '{lang}' use --engine llm",
            source=document.origin,
        )
    if groups is not None and not MIN_GROUPS <= groups <= MAX_GROUPS:
        raise UsageError(f"--groups must be between 1 and {MAX_GROUPS}, not {groups}")
    scored, space, paragraphs = _score(document)
    usable = scored.usable
    centroid = normalize_rows(scored.paragraph_vectors.sum(axis=0, keepdims=True))[0]
    overview_relevance = (scored.sentence_vectors @ centroid) * scored.lengths * scored.position
    claim_paragraphs = len({scored.units[i].paragraph for i in usable})
    wanted_themes = _theme_count(claim_paragraphs, len(usable), groups)
    overview_size = 3 if len(usable) >= 3 + 2 * wanted_themes or wanted_themes == 0 else 2
    themes = min(wanted_themes, max((len(usable) - overview_size) // 2, 0))
    chosen: list[int] = []
    ranked = sorted(usable, key=lambda i: -overview_relevance[i])
    overview = mmr(ranked, overview_relevance, scored.sentence_vectors, chosen, overview_size)
    labels = _themes(scored, themes, overview, len(document.segments))
    per_paragraph = _phrase_counts(paragraphs, document.lang)
    idf_of = dict(zip(space.vocabulary, space.idf.tolist(), strict=True))
    background_idf_of = dict(zip(space.vocabulary, space.background.tolist(), strict=True))
    overview_title = _title(
        _overview_phrases(per_paragraph, background_idf_of), set(), document.lang, prefix=OVERVIEW_TITLE[document.lang]
    )
    result_groups = [
        Group(title=overview_title, points=_points(scored.units, overview, scored.sentence_vectors, document.lang))
    ]
    if themes:
        result_groups += _theme_groups(scored, labels, chosen, _key_phrases(per_paragraph, labels, idf_of))
    warnings = []
    if groups is not None and len(result_groups) != groups:
        warnings.append(
            f"asked for {groups} groups; this article has material for {len(result_groups)} "
            "(each group needs two sentences of its own)"
        )
    return Brief(
        document_id=document.id,
        lang=document.lang,
        engine=ENGINE_NAME,
        groups=result_groups,
        warnings=warnings,
    )
