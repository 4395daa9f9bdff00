"""Which of a day's articles tell one story, and what to call it.

A digest's theme is a real topic: the same event followed by several outlets, one policy area,
one place and subject. Two articles that share a place name or one common word are not. So
each article is its whole text as a TF-IDF vector (IDF over the day's articles, times the
background IDF for Chinese), with place and person names weighing less (a shared city is a
story only together with a shared subject). Articles are joined by average linkage, stopping
at THEME_SIMILARITY: a group joins another only if its articles are close on average, so one
shared word cannot chain unrelated stories as single linkage (or Ward's method forced to a
number of groups) would. The thresholds were set by reading the pairs of days of 20 shared
zh-news and en-cnndm items around them (bench/digest_blind.py --themes); keeping only each
article's 30 heaviest words was tried and split the day's flood stories apart.

A theme is titled by the noun phrase most of its articles say and the rest of the day does
not, on word boundaries of the articles' text.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence
from itertools import accumulate
from typing import NamedTuple

import numpy as np

from citebrief.engines.sparse import SparseRows
from citebrief.engines.themes import noun_runs
from citebrief.engines.weights import TermSpace
from citebrief.model import Lang
from citebrief.text.titles import display
from citebrief.text.tokenize import analyze, content_words, tag_zh

# average cosine of two groups' articles below which they are not one topic; English has no
# background IDF, so its common words ("police", "said") weigh more and it needs a higher bar
THEME_SIMILARITY: dict[Lang, float] = {"zh": 0.08, "en": 0.1}
LEAD_CHARS: dict[Lang, int] = {"zh": 120, "en": 400}  # an article's lead, after its dateline
PLACE_WEIGHT = 0.3  # jieba's ns: 咸宁 alone ties no stories together
PERSON_WEIGHT = 0.5  # nr: a reporter's or an official's name
ALONE = -1  # the label of an article that shares its topic with no other


def _zh_terms(text: str) -> tuple[list[str], dict[str, float]]:
    """Content words of a Chinese text, and the lesser weight of those tagged place or person."""
    pairs = tag_zh(text)
    flags = dict(
        zip(accumulate((len(word) for word, _ in pairs), initial=0), (flag for _, flag in pairs), strict=False)
    )
    words: list[str] = []
    lesser: dict[str, float] = {}
    for token in analyze(text, "zh"):
        if not token.is_term:
            continue
        words.append(token.word)
        flag = flags.get(token.start, "")
        if flag == "ns":
            lesser[token.word] = PLACE_WEIGHT
        elif flag in ("nr", "nrt"):
            lesser[token.word] = PERSON_WEIGHT
    return words, lesser


def article_vectors(texts: Sequence[str], lang: Lang) -> SparseRows:
    """Unit rows, one per article: its whole text's words by TF-IDF over the day."""
    units: list[list[str]] = []
    lesser: dict[str, float] = {}
    for text in texts:
        if lang == "zh":
            words, names = _zh_terms(text)
            lesser.update(names)
        else:
            words = [word for _, word in content_words(text, lang, names=False)[0]]  # stemmed
        units.append(words)
    space = TermSpace(units, lang)
    rows = space.sparse(units)
    weight = np.ones(len(space.vocabulary))
    for word, value in lesser.items():
        weight[space.vocabulary[word]] = value
    return SparseRows(rows.indptr, rows.indices, rows.data * weight[rows.indices], rows.columns).normalized()


def average_linkage(similar: np.ndarray, *, threshold: float | None = None, groups: int | None = None) -> np.ndarray:
    """Labels by average-linkage merging of the most similar pair of groups, while their mean
    similarity is at least `threshold` (or until `groups` are left). With a threshold, an
    article left alone is labelled ALONE; the others 0, 1, … in order of first article."""
    count = len(similar)
    members: list[list[int]] = [[i] for i in range(count)]
    if threshold is not None:  # groups form only inside the parts linked by a pair above it
        for part in _linked_parts(similar, threshold):
            if len(part) > 1:
                for found in _merge(similar[np.ix_(part, part)], threshold, 1):
                    for k in found:
                        members[part[k]] = []
                    members[part[found[0]]] = [part[k] for k in found]
    else:
        members = _merge(similar, None, max(groups or 1, 1))
    labels = np.full(count, ALONE, dtype=int)
    number = 0
    for group in sorted((sorted(g) for g in members if g), key=lambda g: g[0]):
        if threshold is not None and len(group) == 1:
            continue
        labels[group] = number
        number += 1
    return labels


def _merge(similar: np.ndarray, threshold: float | None, groups: int) -> list[list[int]]:
    """Average linkage over one similarity matrix: the groups left, as lists of rows."""
    count = len(similar)
    members: list[list[int]] = [[i] for i in range(count)]
    link = similar.astype(np.float64, copy=True)
    np.fill_diagonal(link, -np.inf)
    left = count
    while left > groups:
        a, b = divmod(int(np.argmax(link)), count)
        if threshold is not None and link[a, b] < threshold:
            break
        a, b = min(a, b), max(a, b)
        size_a, size_b = len(members[a]), len(members[b])
        merged = (link[a] * size_a + link[b] * size_b) / (size_a + size_b)
        link[a], link[:, a] = merged, merged
        link[b], link[:, b] = -np.inf, -np.inf
        link[a, a] = -np.inf
        members[a] += members[b]
        members[b] = []
        left -= 1
    return [m for m in members if m]


def _linked_parts(similar: np.ndarray, threshold: float) -> list[list[int]]:
    """The connected parts of the graph of pairs at least `threshold` alike."""
    parent = list(range(len(similar)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    rows, columns = np.nonzero(np.triu(similar >= threshold, 1))
    for i, j in zip(rows.tolist(), columns.tolist(), strict=True):
        parent[root(i)] = root(j)
    parts: dict[int, list[int]] = {}
    for i in range(len(similar)):
        parts.setdefault(root(i), []).append(i)
    return list(parts.values())


def theme_title(
    members: Sequence[int], articles: Sequence[Phrases], texts: Sequence[str], lang: Lang, used: set[str]
) -> str:
    """The phrase that most of the theme's articles say and few others of the day do, worth more
    the rarer it is in the language at large ("部分地区" names no topic); a second one only where
    the first leaves most of the articles out; a phrase of the articles' leads counts double."""
    phrases = [article.said for article in articles]
    inside = len(members)
    member_set = set(members)
    counts: dict[str, list[int]] = {}
    said: Counter[str] = Counter()  # how often the theme's articles say it: a topic is repeated
    for k, found in enumerate(phrases):
        for phrase in found:
            counts.setdefault(phrase, [0, 0])[0 if k in member_set else 1] += 1
        if k in member_set:
            said.update(found)
    day = len(phrases)
    candidates = [p for p, (own, _) in counts.items() if own >= min(2, inside) and p.casefold() not in used]
    rarity = _rarity(candidates, lang)
    places = {p for p in candidates if lang == "zh" and [f for _, f in tag_zh(p)] == ["ns"]}

    def score(phrase: str) -> float:
        own, other = counts[phrase]
        length = math.sqrt(min(len(phrase), 4)) if lang == "zh" else 1 + math.log(len(phrase.split()))
        spread = (own / inside) ** 2 * (own / (own + other)) * math.log1p(day / (own + other))
        named = PLACE_WEIGHT if phrase in places else 1.0  # a place is where, not what
        leads = sum(1 for k in members if phrase in articles[k].lead) / inside
        return spread * length * rarity[phrase] ** 2 * math.log1p(said[phrase] / inside) * named * (1 + leads)

    candidates.sort(key=lambda p: (-score(p), p))
    if not candidates:
        return ""
    if lang == "en":  # a name of several words ("Premier League") names a topic better than a noun
        bonus = {
            p: 1.5 if " " in p and _as_written(p, [texts[k] for k in members])[:1].isupper() else 1.0
            for p in candidates[:20]
        }
        candidates[:20] = sorted(candidates[:20], key=lambda p: (-score(p) * bonus[p], p))
    best = candidates[0]
    chosen = [best]
    left = {k for k in members if best not in phrases[k]}
    if len(left) * 2 > inside:
        for phrase in candidates[1:6]:
            if any(phrase in phrases[k] for k in left) and phrase not in best and best not in phrase:
                chosen.append(phrase)
                break
    # one place and one subject ("舒兰洪灾"), where an article says them so: a place every article
    # of the theme dwells on (says twice or more) and no other article of the day names
    where = [p for p in candidates if p in places and counts[p][1] == 0 and all(phrases[k][p] >= 2 for k in members)]
    said_so = [p + best for p in where if any(p + best in texts[k] for k in members)]
    if len(chosen) == 1 and best not in places and said_so and inside >= 2:
        used.add(best.casefold())
        chosen = [said_so[0]]
    used.update(p.casefold() for p in chosen)
    if lang == "zh":
        return "、".join(chosen)
    return ", ".join(_as_written(p, [texts[k] for k in members]) for p in chosen)


def _as_written(phrase: str, texts: Sequence[str]) -> str:
    """An English phrase as the articles write it most often ("HMP", "White House"), in title
    case where they write it in lower case."""
    pattern = re.compile(r"\b" + r"\s+".join(map(re.escape, phrase.split())) + r"\b", re.IGNORECASE)
    forms = Counter(" ".join(m.group().split()) for text in texts for m in pattern.finditer(text))
    written = forms.most_common(1)[0][0] if forms else phrase
    return display(phrase, "en") if written.islower() else written


def _rarity(phrases: list[str], lang: Lang) -> dict[str, float]:
    """Background IDF of a Chinese phrase's rarest word against the table's median, within
    [0.3, 1.5]; 1 for English, which has no table."""
    if lang != "zh" or not phrases:
        return dict.fromkeys(phrases, 1.0)
    from citebrief.text.idf import background_idf

    table = background_idf()
    rarity = {}
    for phrase in phrases:
        words = [t.word for t in analyze(phrase, "zh") if t.is_term] or [phrase]
        rarity[phrase] = min(max(float(table.lookup(words).max()) / table.median, 0.3), 1.5)
    return rarity


_DATELINE = re.compile(
    r"^\s*(?:[^，。：:\n]{0,30}?\d{1,2}月\d{1,2}日(?:电|讯)|[^，。：:\n]{0,12}消息(?:[（(][^）)\n]{0,10}[）)])?[：:]|本报讯|\(CNN\))"
    r"(?:\s*[（(][^）)\n]{0,40}[）)])?"
)


_QUOTED = re.compile(r"“([\u4e00-\u9fff]{2,6})”")


class Phrases(NamedTuple):
    """The noun phrases an article says (with how often), and those of its lead."""

    said: Counter[str]
    lead: set[str]


def article_phrases(text: str, lang: Lang) -> Phrases:
    """The noun phrases an article says, as a title would quote them (its dateline, which
    names the outlet and the reporter, left out); its lead is where a story says what it is about."""
    text = _DATELINE.sub("", text, count=1)
    lead = text[: LEAD_CHARS[lang]]
    said = Counter(_phrases(text, lang))
    return Phrases(said, set(_phrases(lead, lang)) & set(said))


def _phrases(text: str, lang: Lang) -> list[str]:
    """Noun phrases; in Chinese also a short name in quotation marks (台风“杜苏芮”, “蓉宝”), which
    jieba takes for a person's name or splits."""
    if lang == "zh":
        return noun_runs(analyze(text, lang), text, lang) + _QUOTED.findall(text)
    return [p for p in noun_runs(analyze(text, lang), text, lang) if not p.isdigit()]
