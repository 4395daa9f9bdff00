"""English news without an outline: a thread that comes back after a turn joins its first run.

A story read in runs of neighbouring sentences (`runs.run_themes`) is cut where the words turn;
where a person's thread comes back later (Mrs Cruz's leave beside Mrs Christie's, Kujala's twins
after the finding, the photographer's album after the venues' bans) its two parts land in two
groups, each mixed with what stands beside it (blind readers, en-cnndm grouping 3.06: "a
catch-all", "split stories"). The paragraphs left after the overview are clustered instead, as a
long list's items are (`list_topics`): Ward's method on each paragraph's weighed words
(`en_groups.bullet_weights`: rare words count more, a name `NAME_WEIGHT` more, a word most
sentences say nothing) with its place in the article a fifth of its length, into as many themes as
the runs gave. Read over 200 briefs, the clusters read better than the runs only where they
gather such a thread: a name two paragraphs or more say spread over fewer themes, no paragraph left
sharing nothing with the rest of its theme, no theme larger than the runs' largest, and a theme
that comes back after another (a clustering that only moves the runs' cuts loses the runs'
paragraph breaks and turns for nothing). Everywhere else the runs stand.
"""

from __future__ import annotations

import numpy as np

from citebrief.engines.en_groups import bullet_weights, name_families
from citebrief.engines.runs import paragraph_runs
from citebrief.engines.scored import Scored
from citebrief.engines.themes import OVERVIEW_THEME, Themes
from citebrief.engines.ward import PLACE_SHARE, half_circle, ward_clusters

NAME_WEIGHT = 2.0  # a person or place two paragraphs name ties them more than a rare word
MIN_SPARE = 2  # sentences a theme keeps for its bullets
MAX_SENTENCES = 160  # past this many the runs stand (Ward's scan is quadratic)
LONER_SHARED = 0.05  # a paragraph sharing less than this with each other of its theme is a loner
STORY_SENTENCES = 3  # the names these say are the story's own, in every theme: they tie nothing


def topic_themes(scored: Scored, runs: Themes, spare: list[int], paragraphs: int) -> Themes:
    """`runs` (an English article's runs of sentences, `spare` the sentences left for bullets)
    as themes of topic and place where these gather a thread the runs split (see the module's
    docstring); else `runs`."""
    if runs.sentences is None or not MIN_SPARE * 2 <= len(spare) <= MAX_SENTENCES:
        return runs
    wanted = len({t for t in runs.sentences[spare].tolist() if t != OVERVIEW_THEME})
    paragraph_of = [u.paragraph - 1 for u in scored.units]
    units = sorted({paragraph_of[i] for i in spare})  # a paragraph's sentences stay together
    if wanted <= 1 or len(units) <= wanted:
        return runs
    member = np.searchsorted(units, [paragraph_of[i] for i in spare])
    run_of = np.zeros(len(units), dtype=int)
    run_of[member] = runs.sentences[spare]  # a paragraph's run: that of its last spare sentence
    names = {i: name_families(scored.units[i].text) for i in spare}
    named = _named(scored, names, member, len(units))
    split = _scattered(named, run_of)
    if not split:
        return runs  # no thread the runs split: nothing to gather (most stories; read no further)
    words = _features(scored, spare, names)
    summed = np.zeros((len(units), words.shape[1]))
    np.add.at(summed, member, words)  # a paragraph's words: those of its sentences left for bullets
    content = _unit(summed)
    sizes = np.bincount(member, minlength=len(units)).astype(float)
    clusters = _merged_small(ward_clusters(_placed(content), wanted), content, sizes)
    if not _gathers(content, sizes, clusters, run_of, wanted) or _scattered(named, clusters) >= split:
        return runs
    labels = np.full(len(scored.units), -1)
    of_paragraph = dict(zip(units, clusters.tolist(), strict=True))
    for i, p in enumerate(paragraph_of):
        labels[i] = of_paragraph.get(p, -1)
    labels = _spread(labels)
    order = {t: k for k, t in enumerate(dict.fromkeys(labels.tolist()))}  # in the order they first appear
    labels = np.array([order[t] for t in labels.tolist()], dtype=int)
    return Themes(paragraph_runs(labels, paragraph_of, paragraphs), {}, labels)


def _gathers(content: np.ndarray, sizes: np.ndarray, clusters: np.ndarray, run_of: np.ndarray, wanted: int) -> bool:
    """Whether the `clusters` of the paragraphs may read better than their runs (`run_of`): as
    many themes, none left loose, none swollen, one that comes back (and the caller asks that
    they gather a thread)."""
    if len(set(clusters.tolist())) < wanted:
        return False  # a paragraph of its own is no theme
    spans = [c for k, c in enumerate(clusters.tolist()) if k == 0 or c != clusters[k - 1]]
    if len(spans) == len(set(spans)):
        return False  # the runs' cuts moved, no thread joined
    if np.bincount(clusters, weights=sizes).max() > np.bincount(run_of, weights=sizes).max():
        return False
    return _loners(content, clusters) <= _loners(content, run_of)


def _features(scored: Scored, spare: list[int], names: dict[int, frozenset[str]]) -> np.ndarray:
    """Rows of the `spare` sentences' weighed word families, their `names` counting `NAME_WEIGHT` more."""
    weights = bullet_weights(scored.units, spare, scored.trimmed)
    columns: dict[str, int] = {}
    for i in spare:
        for f in weights[i]:
            columns.setdefault(f, len(columns))
    rows = np.zeros((len(spare), max(len(columns), 1)))
    for r, i in enumerate(spare):
        for f, w in weights[i].items():
            rows[r, columns[f]] = w * (NAME_WEIGHT if f in names[i] else 1.0)
    return rows


def _unit(rows: np.ndarray) -> np.ndarray:
    norms = np.linalg.norm(rows, axis=1, keepdims=True)
    result: np.ndarray = np.divide(rows, norms, out=np.zeros_like(rows), where=norms > 0)
    return result


def _placed(rows: np.ndarray) -> np.ndarray:
    """Unit `rows` (in article order) with their place appended, the k-th of n at angle k·π/n on
    a half circle, `PLACE_SHARE` of each row's squared length (a row with no words: its place)."""
    place = half_circle(len(rows))
    share = np.where(rows.any(axis=1, keepdims=True), PLACE_SHARE, 1.0)
    result: np.ndarray = np.hstack([rows * np.sqrt(1 - share), place * np.sqrt(share)])
    return result


def _merged_small(clusters: np.ndarray, content: np.ndarray, sizes: np.ndarray) -> np.ndarray:
    """`clusters` with each of fewer than `MIN_SPARE` sentences (`sizes`, per row) folded into the
    one nearest in content."""
    clusters = clusters.copy()
    while True:
        present = np.unique(clusters).tolist()
        held = np.bincount(clusters, weights=sizes)
        small = [c for c in present if held[c] < MIN_SPARE]
        if not small or len(present) <= 1:
            return clusters
        victim = small[0]
        centroid = content[clusters == victim].sum(axis=0)
        others = [c for c in present if c != victim]
        target = max(others, key=lambda c: (float(content[clusters == c].sum(axis=0) @ centroid), -c))
        clusters[clusters == victim] = target


def _spread(labels: np.ndarray) -> np.ndarray:
    """Each sentence of a paragraph not clustered (the overview's, one with no bullet) in the
    theme of the clustered sentence before it, or after it before the first."""
    known = np.flatnonzero(labels >= 0)
    before = np.clip(np.searchsorted(known, np.arange(len(labels)), side="right") - 1, 0, None)
    result: np.ndarray = np.where(labels >= 0, labels, labels[known[before]])
    return result


def _loners(content: np.ndarray, clusters: np.ndarray) -> int:
    """Paragraphs that share next to nothing (`LONER_SHARED`) with each other one of their theme."""
    same = clusters[:, None] == clusters[None, :]
    np.fill_diagonal(same, False)
    tied = ((content @ content.T >= LONER_SHARED) & same).any(axis=1)
    return int((~tied & same.any(axis=1)).sum())


def _named(scored: Scored, names: dict[int, frozenset[str]], member: np.ndarray, count: int) -> list[set[str]]:
    """The `names` (of each spare sentence, in order) each paragraph says, but the story's own
    (those its first `STORY_SENTENCES` sentences say)."""
    story = frozenset().union(*(name_families(u.text) for u in scored.units[:STORY_SENTENCES]))
    named: list[set[str]] = [set() for _ in range(count)]
    for said, m in zip(names.values(), member.tolist(), strict=True):
        named[m] |= said - story
    return named


def _scattered(named: list[set[str]], clusters: np.ndarray) -> int:
    """How many themes past its first each name of two paragraphs or more is spread over."""
    themes: dict[str, set[int]] = {}
    said: dict[str, int] = {}
    for names, theme in zip(named, clusters.tolist(), strict=True):
        for n in names:
            themes.setdefault(n, set()).add(theme)
            said[n] = said.get(n, 0) + 1
    return sum(len(t) - 1 for n, t in themes.items() if said[n] >= 2)
