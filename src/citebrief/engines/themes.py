"""Themes of one article from its own sections, and the phrases that title a theme.

A document with sections (一、/（一）/第X章/1.1, or short heading paragraphs) is read the way its
author divided it: each section, or a run of neighbouring sections when there are more than
the brief has room for, is a theme titled by its heading cut to a noun phrase. A numbered list
whose short items pass for headings divides nothing, and an annex of formulas and data sources
(an indicator table) is set aside. A document without an outline is read in runs (`runs.py`),
its themes titled by the phrase of their own paragraphs most distinctive of them.
"""

from __future__ import annotations

import itertools
import math
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cached_property
from typing import cast

import numpy as np

from citebrief.engines.bullets import strip_speaker
from citebrief.engines.outline_halves import join_halves
from citebrief.engines.outline_sections import Section, merge_neighbours, sections_at, split_largest
from citebrief.engines.outline_twins import fold_twins
from citebrief.engines.sparse import SparseRows
from citebrief.engines.ward import ward_clusters
from citebrief.engines.weights import unit_vector
from citebrief.model import Lang
from citebrief.options import MAX_GROUPS
from citebrief.text.brief_memo import per_brief
from citebrief.text.chunks import word_list
from citebrief.text.en_chunks import EN_SELDOM_NOUNS
from citebrief.text.headings import heading_phrase
from citebrief.text.noun_phrases import lead_phrase
from citebrief.text.outline import ITEM_LEVEL, Heading
from citebrief.text.patterns import is_structure
from citebrief.text.titles import cleanly_cut, display_title, is_name
from citebrief.text.tokenize import EnReading, Reading, Token, tag_zh
from citebrief.text.zh_poor_titles import poor_zh_title

# English words a title phrase ("Father Left", "Bicycle Lay Nearby") does not run through, no
# tagger needing a download: the verbs and adjectives text/en_chunks.py knows, a few function
# words and "really"
_EN_NOT_NOUN = EN_SELDOM_NOUNS | frozenset(
    word_list(
        "said says told asked added just also still even never very really whose many much several among "
        "around according including despite amid across behind inside outside say tell"
    )
)


def noun_runs(tokens: list[Token], text: str, lang: Lang, parts: dict[str, tuple[str, ...]] | None = None) -> list[str]:
    """Phrase candidates: runs of adjacent title-worthy words and their parts of 1-3 words
    (`parts`, when given, learns the words of each phrase, for its IDF)."""
    if lang == "zh":
        return _zh_noun_runs(tokens, parts)
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
        adjacent = token.start == end or (end >= 0 and not text[end : token.start].strip())
        if run and not adjacent:
            runs.append(run)
            run = []
        if (
            (token.start and (text[token.start - 1] in "-'’" or text[token.start - 1].isalnum()))
            or token.word in _EN_NOT_NOUN
            or token.word.endswith("ly")
        ):
            if run:
                runs.append(run)
            run, end = [], -1  # the tail of "23-year-old", a verb or an adverb ends a noun phrase
            continue
        run.append(token.word)
        end = token.start + len(token.surface)
        if token.surface.endswith(("'s", "’s")):
            runs.append(run)  # "Blair's Labour government": the possessive ends the phrase
            run, end = [], -1
    if run:
        runs.append(run)
    for words in runs:
        for start in range(len(words)):
            for stop in range(start + 1, min(len(words), start + 3) + 1):
                if words[stop - 1].endswith(("ed", "ly")) or (stop - start > 1 and words[stop - 1].endswith("ing")):
                    continue  # "Staircase Leading": a participle ends no noun phrase
                phrase = " ".join(words[start:stop])
                found.append(phrase)
                if parts is not None and stop - start > 1:
                    parts[phrase] = tuple(words[start:stop])
    return found


def _zh_noun_runs(tokens: list[Token], parts: dict[str, tuple[str, ...]] | None) -> list[str]:
    """`noun_runs` for Chinese, where a run is words that touch: the hot loop of every brief,
    so without the English tests, and a one-word run (most of them) without the inner loops."""
    runs: list[list[str]] = []
    run: list[str] = []
    end = -1
    for token in tokens:
        if not token.is_phrase:
            end = -1
            continue
        if token.start != end:
            run = []
            runs.append(run)
        run.append(token.surface)
        end = token.start + len(token.surface)
    return zh_phrases(runs, parts)


def zh_phrases(runs: list[list[str]], parts: dict[str, tuple[str, ...]] | None) -> list[str]:
    """The phrase candidates of runs of Chinese words that touch (`noun_runs`' second half; the
    engine reads the runs off `tokenize.zh_reading`)."""
    found: list[str] = []
    for words in runs:
        size = len(words)
        if size == 1:
            if 2 <= len(words[0]) <= 12:
                found.append(words[0])
            continue
        for start in range(size):  # the phrases of 1-3 adjacent words, 2-12 characters long
            phrase = ""
            for stop in range(start + 1, (start + 3 if start + 3 < size else size) + 1):
                phrase += words[stop - 1]
                if 2 <= len(phrase) <= 12:
                    found.append(phrase)
                    if parts is not None and stop - start > 1:
                        parts[phrase] = tuple(words[start:stop])
    return found


@dataclass(frozen=True)
class Themes:
    """A theme label per paragraph, and the headings of each theme's sections (paragraph index,
    title cut to a noun phrase): a theme gathering several sections is titled by the one its
    bullets come from."""

    labels: np.ndarray
    titles: dict[int, list[tuple[int, str]]]
    sentences: np.ndarray | None = None  # a theme per sentence, where runs of sentences are the themes
    # the headings one level inside each theme's sections (paragraph, phrase): what a section
    # titled "保障措施" holds ("组织领导、资金支持")
    parts: dict[int, list[tuple[int, str]]] = field(default_factory=dict)
    # the themes of a reply's questions answered in one sentence: a group of one bullet each
    alone: frozenset[int] = frozenset()
    # each section title's heading as the document words it, its number left out: what the cut
    # to a noun phrase left off ("低于支出增速" of "基本养老保险基金收入增速": `zh_subject_pairs`)
    heading_words: dict[str, str] = field(default_factory=dict)

    def of_sentences(self, paragraph_of: np.ndarray) -> np.ndarray:
        """The theme of each sentence (`paragraph_of`: each sentence's 0-based paragraph)."""
        return self.sentences if self.sentences is not None else self.labels[paragraph_of]


def cluster_paragraphs(paragraph_vectors: SparseRows, themes: int, substantive: np.ndarray) -> np.ndarray:
    """Theme label per paragraph, by content alone (position plays no part).

    Only paragraphs that hold a claim are clustered; a heading or a document number joins
    the theme of the next such paragraph (the section it opens), or the previous one at the end.
    Past MAX_CLUSTERED such paragraphs, runs of consecutive ones are clustered as one section.
    """
    count = len(paragraph_vectors)
    rows = np.flatnonzero(substantive)
    if themes <= 1 or len(rows) <= 1:
        return np.zeros(count, dtype=int)
    if len(rows) <= MAX_CLUSTERED:
        clustered = ward_clusters(paragraph_vectors.take(rows), min(themes, len(rows)))
    else:
        section = np.arange(len(rows)) * MAX_CLUSTERED // len(rows)
        sections = paragraph_vectors.take(rows).group_sums(section, MAX_CLUSTERED).normalized()
        clustered = ward_clusters(sections, themes)[section]
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


TURNS_SHARE = 0.5  # of the paragraphs holding claims, opened by a speaker's label
MIN_TURNS = 8


def speaker_turns(claims: list[str]) -> bool:
    """Paragraphs that are speakers' turns (a 发言摘编, a hearing): each a contribution of its own,
    the order of the speakers says nothing of the theme, so like turns are gathered by content.
    The overview's pool and the themes ask it of the same paragraphs: answered once a brief."""
    return _speaker_turns(tuple(claims))


@per_brief(maxsize=8)
def _speaker_turns(claims: tuple[str, ...]) -> bool:
    if len(claims) < MIN_TURNS:  # a short piece: no paragraph's speaker is looked for
        return False
    labelled = sum(strip_speaker(text) != text for text in claims)
    return labelled >= TURNS_SHARE * len(claims)


def clustered_themes(vectors: SparseRows, themes: int, claims: list[int], available: dict[int, int]) -> Themes:
    """Themes by content alone (Ward's method on the paragraph vectors), each with room for two bullets."""
    substantive = np.zeros(len(vectors), dtype=bool)
    substantive[np.array(claims, dtype=int)] = True
    labels = cluster_paragraphs(vectors, themes, substantive)
    merged = merge_small(labels, vectors, available, minimum=2)
    if len(set(merged.tolist())) < themes:
        merged = merge_small(rebalance(labels, vectors, available, 2), vectors, available, 2)
    return Themes(merged, {})


SHORT_THEMES = 3  # themes of a short notice at most (`policy_parts.short_text`)
PREAMBLE_SECTION = 4  # sentences the overview left of a preamble, for it to count as a section of its own


def preamble_end(outline: list[Heading]) -> int:
    """The first paragraph (0-based) of the document's first section: what stands before it (a
    notice's background and purpose, "现提出以下意见") says what the document is."""
    return min((h.paragraph for h in outline if h.level < ITEM_LEVEL), default=0)


OVERVIEW_THEME = -1  # the label of paragraphs left to the overview: no group of their own
OVERVIEW_LEFTOVER = 2  # sentences a section the overview drew from may have left and still be its


def outline_themes(
    outline: list[Heading],
    paragraphs: int,
    available: list[int],
    wanted: int,
    lang: Lang,
    overview: frozenset[int] = frozenset(),
    vectors: SparseRows | None = None,
    *,
    titled: bool = True,
) -> Themes | None:
    """Themes from the document's own sections, or None when it has no outline to speak of
    (`overview`: the 0-based paragraphs the overview's points come from; `vectors`: the
    paragraphs', to merge sections alike in content; not `titled`: without the headings' noun
    phrases, for a caller that asks only whether there are sections)."""
    levels = sorted({h.level for h in outline if h.level < ITEM_LEVEL})
    if not levels or wanted < 2:
        return None
    sections = sections_at(outline, levels[0], 0, paragraphs, available)
    if sum(s.heading is not None for s in sections) < 2:
        return None
    tops = list(sections)  # before any opens: a section cut in two light halves is one theme (`outline_halves`)
    split_largest(sections, outline, wanted, available)
    # a first section whose points the overview took (总则) and that has more chapters than the
    # brief has room for after it is the overview's: merged into the next chapter, its leftovers
    # would stand under that chapter's title (a 总则 bullet under "继续教育")
    first = sections[0]
    lead = (
        len(sections) > wanted
        and first.weight <= OVERVIEW_LEFTOVER
        and any(first.start <= p < first.end for p in overview)
    )
    if lead:
        sections.pop(0)
    phrases: dict[str, str] = {}  # a heading's phrase, read once for its section and its parts
    # a later part's section named as an earlier part's ("财政税收" of two regulations) joins its theme
    named = _top_phrases(sections, phrases, lang) if titled else {}
    twins = fold_twins(sections, named) if titled else []
    # the words of the headings a twin did not fold away: a twin's repeats are one section's
    left = {s.heading.paragraph: named[s.heading.paragraph] for s in sections if s.heading is not None and titled}
    merge_neighbours(sections, wanted, minimum=2, vectors=vectors, words=_heading_words(left, lang))
    join_halves(sections, tops)
    if len(sections) < 2:
        return None
    labels = np.zeros(paragraphs, dtype=int)
    if lead:
        labels[first.start : first.end] = OVERVIEW_THEME
    titles: dict[int, list[tuple[int, str]]] = {}
    parts: dict[int, list[tuple[int, str]]] = {}
    words: dict[str, str] = {}
    inner = [h for h in outline if h.level < ITEM_LEVEL]
    for label, section in enumerate(sections):
        labels[section.start : section.end] = label
        if not titled:
            continue
        heads = [h for h in inner if section.start <= h.paragraph < section.end]
        top = min((h.level for h in heads), default=0)
        below = min((h.level for h in heads if h.level > top), default=ITEM_LEVEL)
        for heading in heads:
            phrase = phrases[heading.label] = heading_phrase(heading.label, lang)
            if heading.level == below and phrase:
                parts.setdefault(label, []).append((heading.paragraph, display_title(phrase, lang)))
        heads = [h for h in heads if h.level == top]  # the sections a merge put together
        if section.heading is not None and section.heading not in heads:
            heads.insert(0, section.heading)
        for heading in heads:
            phrase = phrases.get(heading.label) or heading_phrase(heading.label, lang)
            if phrase:
                titles.setdefault(label, []).append((heading.paragraph, display_title(phrase, lang)))
                words.setdefault(display_title(phrase, lang), heading.label)
    for twin in twins:
        label = int(labels[twin.joins])
        labels[twin.section.start : twin.section.end] = label
        if twin.section.heading is not None and label in titles:
            phrase = phrases[twin.section.heading.label]
            titles[label] = sorted([*titles[label], (twin.section.heading.paragraph, display_title(phrase, lang))])
            words.setdefault(display_title(phrase, lang), twin.section.heading.label)
    alone = frozenset(label for label, section in enumerate(sections) if section.weight < 2)
    return Themes(labels, titles, parts=parts, alone=alone, heading_words=words)


KIN_HEADINGS = 2  # headings that say a word, at most, for it to name what two of them share


def _heading_words(top: dict[int, str], lang: Lang) -> dict[int, frozenset[str]]:
    """The words (two characters or more) of each Chinese heading's phrase that no more than one
    other heading says, by its paragraph: neighbours whose headings share one join first
    (`merge_neighbours`); a word more headings say (职业教育 of a vocational plan's, 绿色 of a
    plan's three green tasks) is the document's subject, not a theme of two."""
    if lang != "zh":
        return {}
    words = {p: frozenset(w for w, _ in tag_zh(phrase) if len(w) > 1) for p, phrase in top.items()}
    said = Counter(itertools.chain.from_iterable(words.values()))
    return {p: frozenset(w for w in found if said[w] <= KIN_HEADINGS) for p, found in words.items()}


def _top_phrases(sections: list[Section], phrases: dict[str, str], lang: Lang) -> dict[int, str]:
    """The phrase of each section's heading, by its paragraph (`phrases` keeps them by label)."""
    found = {}
    for section in sections:
        if section.heading is not None:
            label = section.heading.label
            if label not in phrases:
                phrases[label] = heading_phrase(label, lang)
            found[section.heading.paragraph] = phrases[label]
    return found


def section_themes(
    outline: list[Heading],
    available: list[int],
    themes: int,
    lang: Lang,
    exact: bool = False,
    overview: frozenset[int] = frozenset(),
    vectors: SparseRows | None = None,
    *,
    titled: bool = True,
    short: bool = False,
    most: int = MAX_GROUPS - 1,
) -> Themes | None:
    """`outline_themes` for a brief of `themes` groups besides the overview: a document's own
    sections may ask for more (up to the most a brief holds, or `most`; a `short` one, three),
    unless --groups (`exact`) fixed it."""
    top_level = min((h.level for h in outline), default=0)  # once, not once per heading
    top_sections = sum(1 for h in outline if h.level == top_level)
    # text before the first heading with points of its own left (an 通报's account of the
    # accidents before its requirements) is a section too: without room it merges a later two
    top_sections += sum(available[: preamble_end(outline)]) >= PREAMBLE_SECTION
    wanted = themes if exact else min(most, max(themes, top_sections))
    if short and not exact:  # a short notice's sections: four groups in all at most
        wanted = min(wanted, SHORT_THEMES)
    return outline_themes(outline, len(available), available, wanted, lang, overview, vectors, titled=titled)


def merge_small(
    labels: np.ndarray, paragraph_vectors: SparseRows, available: dict[int, int], minimum: int
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
        centroid = {t: unit_vector(paragraph_vectors.sum_rows(labels == t)) for t in themes}
        others = [t for t in themes if t != victim]
        target = max(others, key=lambda t: (float(centroid[victim] @ centroid[t]), -t))
        labels[labels == victim] = target


def rebalance(labels: np.ndarray, paragraph_vectors: SparseRows, available: dict[int, int], minimum: int) -> np.ndarray:
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
        closeness = paragraph_vectors.dot(unit_vector(paragraph_vectors.sum_rows(labels == victim)))
        donors = [
            int(p)
            for p in np.flatnonzero(labels != victim)
            if available.get(int(p), 0) and sizes[int(labels[p])] - available[int(p)] >= minimum
        ]
        if not donors:
            break
        best = max(donors, key=lambda p: (float(closeness[p]), -p))
        labels[best] = victim
    return labels


TITLE_CANDIDATES = 40
# cost bounds for long documents (laws, five-year plans): Ward runs on at most this many rows
# (beyond it, runs of consecutive paragraphs are clustered as one section)
MAX_CLUSTERED = 1500


PhraseSource = Reading | list[Token] | EnReading  # a Chinese paragraph's reading, or an English one's tokens
SHORT_LINE = 80  # member lists, signatures and dates are short lines


class PhraseStats:
    """Phrase counts per paragraph and over the article, and the words of each phrase.

    Counted on first use from each paragraph's reading (Chinese: its runs of phrase words are
    read off it then) or tokens (English): most briefs never ask (their titles come from
    headings and bullets; on the shared sets one brief in 450 does), and the phrases of every
    paragraph cost ~5% of a brief."""

    def __init__(self, texts: list[str], readings: list[PhraseSource], lang: Lang) -> None:
        self._texts, self._readings, self._lang = texts, readings, lang
        self.memo: dict[tuple[str, int], float] = {}

    @cached_property
    def _counted(self) -> tuple[list[Counter[str]], Counter[str], dict[str, tuple[str, ...]]]:
        parts: dict[str, tuple[str, ...]] = {}
        phrases: list[list[str]] = []
        for text, reading in zip(self._texts, self._readings, strict=True):
            if len(text) <= SHORT_LINE and is_structure(text):
                phrases.append([])  # a member list or a signature names people and offices, not the subject
            elif self._lang == "zh":
                phrases.append(zh_phrases(cast("Reading", reading).phrase_runs, parts))
            else:
                phrases.append(noun_runs(cast("list[Token]", reading), text, self._lang, parts))
        overall = Counter(itertools.chain.from_iterable(phrases))  # first-seen order, as updates give
        return [Counter(p) for p in phrases], overall, parts

    @property
    def per_paragraph(self) -> list[Counter[str]]:
        return self._counted[0]

    @property
    def overall(self) -> Counter[str]:
        return self._counted[1]

    @property
    def parts(self) -> dict[str, tuple[str, ...]]:
        return self._counted[2]

    def idf(self, phrase: str, idf_of: Mapping[str, float]) -> float:
        key = (phrase, id(idf_of))
        if key not in self.memo:
            words = self.parts.get(phrase) or (phrase.split() if " " in phrase else (phrase,))
            self.memo[key] = sum(idf_of.get(w.lower(), 1.0) for w in words) / len(words)
        return self.memo[key]


# a name alone ("峨边县", "Los Angeles Times") titles a group only when nothing else fits
NAME_FACTOR = {"zh": 0.3, "en": 0.7}
OFF_BULLET_FACTOR = 0.8  # a phrase of the group's paragraphs that none of its bullets says
EACH_BULLET_BONUS = 0.1  # x1.1 for each further bullet that says it


def phrase_title(
    stats: PhraseStats,
    members: list[int],
    idf_of: Mapping[str, float],
    used: set[str],
    lang: Lang,
    bullets: list[str] | None = None,
    texts: list[str] | None = None,
) -> str:
    """The phrase most a theme's own: frequent in its paragraphs, rare in the others, said by
    its bullets, cut cleanly from its paragraphs (`texts`), not a bare name, not yet another
    group's title; failing all, the longest such phrase of its lead bullet."""
    inside: Counter[str] = Counter()
    for index in members:
        inside.update(stats.per_paragraph[index])
    said = [b if lang == "zh" else b.lower() for b in bullets or []]
    # a cheap first ranking by count, share and size; the IDF of the best few decides
    first = sorted(
        inside.items(),
        key=lambda item: -((item[1] / stats.overall[item[0]]) ** 2) * (1 + math.log(item[1])) * len(item[0]),
    )[:TITLE_CANDIDATES]
    scored = []
    for phrase, tf in first:
        share = tf / stats.overall[phrase]
        idf = stats.idf(phrase, idf_of)
        size = len(phrase.split()) if lang == "en" else len(phrase) / 2
        score = (1 + math.log(tf)) * idf * share**2 * min(size, 3.0) * (1.0 if tf >= 2 else 0.5)
        if said:  # the title names what the bullets say, not what their paragraphs say besides
            count = sum(phrase in b for b in said)
            score *= OFF_BULLET_FACTOR if not count else 1.0 + EACH_BULLET_BONUS * (count - 1)
        scored.append((score, phrase))
    scored.sort(key=lambda item: (-item[0], item[1]))
    pool = texts or []
    ranked = [
        (score * (NAME_FACTOR[lang] if is_name(phrase, pool, lang) else 1.0), phrase)
        for score, phrase in scored
        if phrase.casefold() not in used and not any(phrase in u or u in phrase for u in used)
    ]
    ranked.sort(key=lambda item: (-item[0], item[1]))
    for _, phrase in ranked:
        # every candidate is a run of whole words of a member paragraph as its tokenizer cut it;
        # the first that no other reading of the text crosses ("并处罚金" is not "并/处罚金")
        if lang == "zh" and poor_zh_title(phrase, pool):
            continue
        if lang == "en" and pool and _misread(phrase, pool):
            continue  # "Love Scoring Goals" of "I just love scoring goals": a verb's, as every title step refuses
        if not pool or any(cleanly_cut(phrase, t, lang) for t in pool):
            used.add(phrase.casefold())
            return display_title(phrase, lang)
    lead = said[0] if said else ""
    fallback = lead_phrase(bullets[0], lang) if lang == "zh" and bullets else ""
    if not fallback and lead:
        candidates = [p for _, p in scored if p in lead and not is_name(p, pool, lang)]
        fallback = max(candidates, key=lambda p: (len(p.split()), len(p)), default="")
    if fallback and fallback.casefold() not in used:
        used.add(fallback.casefold())
        return display_title(fallback, lang)
    return ""


def _misread(phrase: str, texts: list[str]) -> bool:
    from citebrief.text.en_titles import misread  # not on a Chinese start

    return misread(phrase, texts)
