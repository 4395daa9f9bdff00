"""Themes of text without an outline: runs of neighbouring sentences, cut where the topic turns.

News is written in runs (the event, the figures, the response, the reactions, the background),
a product roundup in items, a roundup of news items in its regions' items (`text/zh_news_items`):
a reader names a theme by the run it reads, not by words shared
across the article. A cut goes where the words of the sentences on either side of a point share
least (TextTiling's depth, on the sentence vectors the engine already has), or before an item's
own line; the number of runs follows the article's length and how many clear turns it takes.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import cached_property

import numpy as np

from citebrief.engines.scored import Scored
from citebrief.engines.sparse import SparseRows
from citebrief.engines.themes import OVERVIEW_THEME, Themes
from citebrief.engines.topic_turns import cut_at_turns
from citebrief.engines.weights import TermSpace
from citebrief.engines.zh_case_runs import case_labels
from citebrief.model import Document, Lang
from citebrief.options import MAX_GROUPS
from citebrief.text.en_turn_back import turns_on_before
from citebrief.text.lazy_re import LazyPattern
from citebrief.text.outline import item_marker
from citebrief.text.passage_heads import names_item
from citebrief.text.zh_news_items import item_openers

# cohesion at a point: the words of RUN_WINDOW sentences on either side of it
RUN_WINDOW = 3
SHORT_RUN_WINDOW = 2  # an article of fewer than RUN_WINDOW_SENTENCES sentences compares pairs
RUN_WINDOW_SENTENCES = 20
MIN_RUN_SPARE = 2  # sentences a run keeps for its bullets besides the overview's


MIN_LEAD_RUN_SPARE = 3  # the first run shares the lead with the overview: it needs more to be a theme
MIN_RUN_SENTENCES = 3
LEAD_SHARE = 0.5  # of the article's sentences, where a lead without a clear end is looked for
LEAD_CHOICE = 1  # sentences of the lead run beyond the overview's, so that it has a choice
OPENER_BONUS = 0.3  # depth added before a sentence that opens an item of the article
MAX_OPENER_CHARS = 40
MAX_BREAK_SHIFT = 1  # sentences a cut moves to reach a paragraph break
# an item's own heading after its number, before a colon: "楼梯和地面潜在危险："
_ITEM_LABEL = LazyPattern(r"[^，,。：:；;！!？?“”\"（）()\d\s]{2,12}[：:]")


# the words that announce a list, before its first item: "常见跌落危险因素及预防办法："
_LIST_LEAD = LazyPattern(r"[^，,。：:；;！!？?“”\"\d\s]{2,20}[：:](?=\s*(?:1|一|（1）|（一）)[.．、]?)")


# a Chinese feature or news item that came as one block: however long, a reader keeps six groups
MAX_ZH_PASSAGE_THEMES = 5


def feature_themes(document: Document, wanted: int) -> int:
    """The themes a brief gives besides the overview: for a Chinese block cut into passages
    (an essay, a feature), at most `MAX_ZH_PASSAGE_THEMES`; its passages are ours, not the
    writer's paragraphs, and say nothing of how many parts it has."""
    block = document.lang == "zh" and any(s.passage for s in document.segments)
    return min(wanted, MAX_ZH_PASSAGE_THEMES) if block else wanted


_NUMERALS = {c: k for k, c in enumerate("一二三四五六七八九十", 1)}


def _longest_series(openers: np.ndarray, texts: list[str]) -> int:
    """The items of the longest numbered series among the openers: where the numbers start
    again ("（二）（三）（四）" then "（二）……（六）"), the items are two parts' subsections, and
    the longer list, not both, says how many groups the items ask for."""
    longest = count = 0
    last = 0
    for opens, text in zip(openers.tolist(), texts, strict=True):
        if not opens:
            continue
        marker = item_marker(text.strip())
        said = marker.group() if marker else ""
        digits = re.sub(r"\D", "", said)
        number = int(digits) if digits else _NUMERALS.get(said.strip("（(）)、. 第")[:1], 0)
        count = 1 if number and number <= last else count + 1
        last = number or last
        longest = max(longest, count)
    return longest


def opens_part(text: str) -> bool:
    """The line that opens an item of a roundup or list glued into running text: short, its own
    sentence, a brand after an @ or an item number before it ("3. ...", "（二）..."), or a recipe's
    name before its ingredients."""
    body = text.strip()
    if names_item(body):
        return True  # the line may run into the item's first sentence, where a block glued them
    if len(body) > MAX_OPENER_CHARS:
        return False
    number = item_marker(body)
    return number is not None and len(body) - number.end() >= 4 and not re.search(r"[，,；;]", body)


def opens_labelled_item(text: str) -> bool:
    """A sentence that opens with an item's number and heading before a colon, however long
    ("2.楼梯和地面潜在危险：孩子在外面玩耍……"), the first after the words that announce the list
    ("常见跌落危险因素及预防办法：1.窗户和阳台潜在危险：……")."""
    if "：" not in text and ":" not in text:
        return False  # no heading before a colon (_ITEM_LABEL): most sentences
    body = text.strip()
    lead = _LIST_LEAD.match(body)
    start = lead.end() if lead else 0
    number = item_marker(body[start:])
    return number is not None and bool(_ITEM_LABEL.match(body, start + number.end()))


def labelled_items(texts: list[str]) -> np.ndarray:
    """Which sentences open an item of a list whose items run to MIN_RUN_SENTENCES sentences
    each at least, by `opens_labelled_item`: a feature's five hazards, each with its risks and
    what to do, are five groups; a notice's stations of a sentence each are not (all False)."""
    marks = np.array([opens_labelled_item(t) for t in texts], dtype=bool)
    starts = np.flatnonzero(marks)
    if len(starts) < 2 or len(texts) - int(starts[0]) < MIN_RUN_SENTENCES * len(starts):
        return np.zeros(len(texts), dtype=bool)
    return marks


def run_vectors(scored: Scored, space: TermSpace) -> SparseRows:
    """The sentence vectors the runs are cut on: an English sentence's without the ranks it
    writes before a name (`en_name_rank`), whose "Pte" of "Pte Matthew Boyd" and of "Pte Boyd"
    would tie the soldier's death to the trial of his killer (en-xsum 93); else as scored."""
    terms = unranked = [u.terms for u in scored.units]
    if scored.lang == "en":
        from citebrief.text.en_name_rank import rankless_terms  # not on a Chinese start

        unranked = [rankless_terms(u.text, u.terms) for u in scored.units]
    return scored.sentence_vectors if unranked == terms else space.sparse(unranked)


class SentenceRuns:
    """One article's sentences as lead_run and run_themes both read them: which open an item,
    their paragraphs, and the cohesion at each gap, each worked out once for the two (the
    overview's lead run and the themes' runs cut the same sentences)."""

    def __init__(
        self, vectors: SparseRows, sentences: list[tuple[str, int]], lang: Lang | None = None, *, news: bool = False
    ) -> None:
        self.vectors = vectors
        self.sentences = sentences
        self.lang = lang  # an English story's themes may cut where the words turn (`run_labels`)
        self.news = news  # a Chinese news roundup's items open on their regions (`text/zh_news_items`)
        self.valleys: dict[bool, _Valleys] = {}  # by `exact`: what run_labels reads before it cuts

    @cached_property
    def openers(self) -> np.ndarray:
        short = np.array([opens_part(text) for text, _ in self.sentences], dtype=bool)
        result: np.ndarray = short | self.labelled
        return result if result.any() else self.region_items

    @cached_property
    def region_items(self) -> np.ndarray:
        """Which sentences open a Chinese news roundup's item on its region (`text/zh_news_items`):
        all False but in a news text, where no list's or roundup's item opens."""
        if not self.news or self.lang != "zh":
            return np.zeros(len(self.sentences), dtype=bool)
        return np.array(item_openers([text for text, _ in self.sentences]), dtype=bool)

    @cached_property
    def labelled(self) -> np.ndarray:
        return labelled_items([text for text, _ in self.sentences])

    @cached_property
    def paragraph_of(self) -> np.ndarray:
        return np.array([p for _, p in self.sentences], dtype=int)

    @cached_property
    def cohesion(self) -> tuple[np.ndarray, np.ndarray]:
        """The smoothed cohesion and the depth at each gap between sentences with content words."""
        return _cohesion(self.vectors, np.flatnonzero(np.diff(self.vectors.indptr) > 0))


def _cohesion(vectors: SparseRows, rows: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    window = RUN_WINDOW if len(rows) >= RUN_WINDOW_SENTENCES else SHORT_RUN_WINDOW
    cohesion = _smoothed(_gap_cohesion(vectors.take(rows), window))
    return cohesion, _depths(cohesion)


def run_labels(
    vectors: SparseRows,
    spare: np.ndarray,
    wanted: int,
    *,
    openers: np.ndarray | None = None,
    exact: bool = False,
    lead_spare: int = MIN_LEAD_RUN_SPARE,
    paragraph_of: np.ndarray | None = None,
    shared: SentenceRuns | None = None,
    turn_in_paragraph: bool = False,
) -> np.ndarray:
    """Theme label per sentence for text without an outline: up to `wanted` runs of neighbouring
    sentences, cut at the deepest drops of lexical cohesion (a valley between two runs that each
    hold together), each run keeping MIN_RUN_SPARE `spare` sentences (usable, not in the overview)
    and the first `lead_spare`.

    A cut is made only where the drop is clear (deeper than the mean less half a standard
    deviation of all drops), so an article written as one run stays one theme; `exact` (--groups)
    takes the deepest cuts whatever their depth. Given each sentence's paragraph (`paragraph_of`),
    a valley inside a paragraph moves to the nearest paragraph break: a story told in one
    paragraph is not split over two groups that both cite it. Linear in the sentences: each gap compares two
    windows of a few sentences, the depths come from one pass each way (once per article where
    the caller `shared` them: they depend on `vectors` alone).

    With `turn_in_paragraph`, a break that took the valleys on both its sides (no turn of its own:
    the words hold across it, `_at_breaks`) and left the first run short of `lead_spare` while
    nothing else cuts, cuts at the deeper valley after it instead: where the break sits one
    sentence before the turn, a sentence's split does not decide whether the text has two runs.
    `run_themes` asks it of English only: a Chinese passage's first sentence opens its subject
    ("同时，保险公司启动了……"), and the lead run that took it left that subject's group thin.
    """
    count = len(vectors)
    labels = np.zeros(count, dtype=int)
    # the same sentences, openers and breaks (`shared`) give the same valleys to lead_run and
    # run_themes: found once for the two, only the room and the number of runs differ
    reused = shared is not None and openers is shared.openers and paragraph_of is shared.paragraph_of
    found = shared.valleys.get(exact) if shared is not None and reused else None
    if found is None:
        found = _valleys(vectors, openers, exact, paragraph_of, shared)
        if shared is not None and reused:
            shared.valleys[exact] = found
    rows, items, order, deep, threshold, between = found
    if items >= 2 and not exact:  # a roundup: a group per item, however many the length asks for
        wanted = max(wanted, min(items, MAX_GROUPS - 1))
    if wanted <= 1 or len(rows) < 2 * MIN_RUN_SPARE:
        return labels
    # spare sentences up to each gap: a run (a, b] of positions holds room[b] - room[a]
    room = np.concatenate(([0], np.cumsum(spare[rows]))).tolist()
    cuts: list[int] = []  # gap g lies between positions g and g + 1

    def fits(g: int, lead: int) -> bool:
        """Whether a cut at gap g leaves the runs on its two sides their sentences and room."""
        before = max((c for c in cuts if c < g), default=-1)
        after = min((c for c in cuts if c > g), default=len(rows) - 1)
        lead = lead if before < 0 else MIN_RUN_SPARE
        if g - before < MIN_RUN_SENTENCES or after - g < MIN_RUN_SENTENCES:
            return False
        return bool(room[g + 1] - room[before + 1] >= lead and room[after + 1] - room[g + 1] >= MIN_RUN_SPARE)

    for g in order:
        if len(cuts) >= wanted - 1:
            break
        if deep[g] <= threshold or (deep[g] <= 0 and not exact):
            continue
        if fits(g, lead_spare):
            cuts.append(g)
        elif turn_in_paragraph and not cuts and g in between and fits(g, MIN_RUN_SPARE):
            turn = between[g]  # the deeper valley after the break, whose depth the break took
            if deep[turn] >= deep[g] and fits(turn, lead_spare):
                cuts.append(turn)
    starts = np.sort(rows[np.array(cuts, dtype=int) + 1]) if cuts else np.zeros(0, dtype=int)
    return np.searchsorted(starts, np.arange(count), side="right")


# the sentences with content words, the items of a list, the gaps in the order tried, the depth
# at each gap, the least depth of a cut, and each break between two turns: the valley after it
_Valleys = tuple[np.ndarray, int, list[int], list[float], float, dict[int, int]]


def _valleys(
    vectors: SparseRows,
    openers: np.ndarray | None,
    exact: bool,
    paragraph_of: np.ndarray | None,
    shared: SentenceRuns | None,
) -> _Valleys:
    """What `run_labels` reads before it cuts: the sentences with content words, the items of
    a list, the gaps it tries in order (before long items, then the valleys of cohesion moved to
    paragraph breaks, deepest first, then for `exact` the others), the depth at each gap and
    the least depth of a cut. (The gaps are only read where there are sentences for two runs.)"""
    rows = np.flatnonzero(np.diff(vectors.indptr) > 0)  # sentences with content words
    items = int(openers[rows].sum()) if openers is not None else 0
    if openers is not None and items >= 2 and shared is not None:  # numbers that start again: two lists' items
        items = _longest_series(openers[rows], [shared.sentences[r][0] for r in rows.tolist()])
    first = _item_cuts(openers[rows] if openers is not None else None, items, exact)
    if len(rows) < 2 * MIN_RUN_SPARE:
        return rows, items, [], [], 0.0, {}
    cohesion, depth = shared.cohesion if shared is not None else _cohesion(vectors, rows)
    depth = depth.copy()  # _at_breaks updates it
    level = cohesion.tolist()  # the same floats, read one at a time without numpy's scalar boxing
    valleys = [
        g
        for g in range(len(level))
        if (g == 0 or level[g] <= level[g - 1]) and (g + 1 == len(level) or level[g] <= level[g + 1])
    ]
    if openers is not None:  # gap g comes before position g + 1
        depth = depth + OPENER_BONUS * openers[rows[1:]]
        valleys = sorted(set(valleys) | set(np.flatnonzero(openers[rows[1:]]).tolist()))
    threshold = float(depth.mean() - depth.std() / 2) if not exact else -np.inf
    between: dict[int, int] = {}
    if paragraph_of is not None:
        fixed = openers[rows[1:]] if openers is not None else np.zeros(len(cohesion), dtype=bool)
        valleys = _at_breaks(valleys, depth, paragraph_of[rows], fixed, between)
    if shared is not None and shared.lang == "en":  # "Yet any repeat of it …" stays with what it answers
        valleys = [g for g in valleys if not turns_on_before(shared.sentences[int(rows[g + 1])][0])]
    valley_set = set(valleys)
    others = [g for g in range(len(cohesion)) if exact and g not in valley_set]
    deep = depth.tolist()
    order = sorted(valleys, key=lambda g: (g not in first, -deep[g], g)) + sorted(others, key=lambda g: (-deep[g], g))
    return rows, items, order, deep, threshold, between


def _item_cuts(openers: np.ndarray | None, items: int, exact: bool) -> set[int]:
    """The gaps before the items of a list whose items run to several sentences each (a feature's
    "1.窗户和阳台潜在危险：……" to "5.……"): each opens a run before any turn of the words does.
    None where the items are a sentence or two each (a notice's stations, a roundup's one-line
    products: there runs join several), nor for --groups (`exact`)."""
    if openers is None or items < 2 or exact:
        return set()
    starts = np.flatnonzero(openers)
    if len(starts) < 2 or (len(openers) - int(starts[0])) < MIN_RUN_SENTENCES * len(starts):
        return set()
    return set((starts[starts > 0] - 1).tolist())


def _at_breaks(
    valleys: list[int],
    depth: np.ndarray,
    paragraph: np.ndarray,
    fixed: np.ndarray,
    between: dict[int, int] | None = None,
) -> list[int]:
    """Each valley moved to the nearest gap between two paragraphs (the earlier on a tie), with
    the deeper depth of those that meet there (`depth` is updated); unmoved where no break lies
    within MAX_BREAK_SHIFT or where an item's line opens (`fixed`). `between` gets each break
    that is no valley itself but took one from either side, with where the later one lay."""
    breaks = np.flatnonzero(paragraph[1:] != paragraph[:-1]).tolist()  # sorted gap numbers
    if not breaks:
        return valleys
    moved: dict[int, float] = {}
    took: dict[int, list[int]] = {}  # a break: the valleys moved to it
    for g in valleys:
        at = bisect_left(breaks, g)  # the nearest break is at or just before `at`: the earlier on a tie
        near = breaks[at - 1] if at == len(breaks) or (at > 0 and g - breaks[at - 1] <= breaks[at] - g) else breaks[at]
        target = near if abs(near - g) <= MAX_BREAK_SHIFT and not fixed[g] else g
        moved[target] = max(moved.get(target, -np.inf), float(depth[g]))
        took.setdefault(target, []).append(g)
    if between is not None:
        between.update((b, max(gs)) for b, gs in took.items() if b not in gs and min(gs) < b < max(gs))
    for g, deepest in moved.items():
        depth[g] = deepest
    return sorted(moved)


def _gap_cohesion(vectors: SparseRows, window: int) -> np.ndarray:
    """For each gap between neighbouring rows, the cosine of the sums of up to `window` rows
    before it and up to `window` rows after it."""
    count = len(vectors)
    gaps = count - 1
    picked: list[np.ndarray] = []
    groups: list[np.ndarray] = []
    gap = np.arange(gaps)
    for k in range(window):
        left = gap - k
        right = gap + 1 + k
        picked += [left[left >= 0], right[right < count]]
        groups += [gap[left >= 0], gaps + gap[right < count]]
    sums = vectors.take(np.concatenate(picked)).group_sums(np.concatenate(groups), 2 * gaps).normalized()
    keys = sums.row_of % gaps * sums.columns + sums.indices  # (gap, column), the same on both sides
    side = sums.row_of >= gaps
    # the (gap, column) pairs both sides hold, in increasing order: each side's keys are sorted
    # and distinct already (rows in order, columns increasing in a row), so one binary search
    # finds them (what np.intersect1d(..., assume_unique=True, return_indices=True) gives)
    left, right = keys[~side], keys[side]
    at = np.searchsorted(right, left)
    mine = np.flatnonzero(right[np.minimum(at, len(right) - 1)] == left) if len(right) else at[:0]
    theirs = at[mine]
    products = sums.data[~side][mine] * sums.data[side][theirs]
    result: np.ndarray = np.bincount(sums.row_of[~side][mine], weights=products, minlength=gaps)
    return result


def _smoothed(values: np.ndarray) -> np.ndarray:
    """Each value averaged with its neighbours: a single short sentence does not make a valley."""
    if len(values) < 3:
        return values
    total = np.convolve(values, np.ones(3), mode="same")
    counts = np.convolve(np.ones(len(values)), np.ones(3), mode="same")
    result: np.ndarray = total / counts
    return result


def _depths(cohesion: np.ndarray) -> np.ndarray:
    """How deep each gap lies below the highest cohesion reached climbing from it to either side."""
    size = len(cohesion)
    level = cohesion.tolist()  # plain floats: a Python loop over numpy scalars boxes each one
    left = list(level)
    right = list(level)
    for g in range(1, size):
        if level[g - 1] >= level[g]:
            left[g] = left[g - 1]
    for g in range(size - 2, -1, -1):
        if level[g + 1] >= level[g]:
            right[g] = right[g + 1]
    result: np.ndarray = np.array(left, dtype=np.float64) + np.array(right, dtype=np.float64) - 2 * cohesion
    return result


def paragraph_runs(sentences: np.ndarray, paragraph_of: list[int], paragraphs: int) -> np.ndarray:
    """The run of each paragraph: that of its first sentence (one without sentences: the run
    before it)."""
    none = np.iinfo(np.int64).max
    labels = np.full(paragraphs, none, dtype=np.int64)
    np.minimum.at(labels, np.array(paragraph_of, dtype=np.int64), sentences.astype(np.int64))
    runs = labels.tolist()  # plain ints: a loop over numpy scalars boxes each one
    current = 0
    for index, run in enumerate(runs):
        if run == none:
            runs[index] = current
        else:
            current = run
    return np.array(runs, dtype=np.int64)


def lead_run(
    vectors: SparseRows,
    sentences: list[tuple[str, int]],
    usable: list[int],
    wanted: int,
    size: int,
    *,
    shared: SentenceRuns | None = None,
) -> list[int]:
    """The `usable` sentences of the article's first run, where the overview's `size` points come
    from when the text is read in runs: the lead states the news, and a point taken from a later
    run is out of reading order and says again what that run's own group says. All of `usable`
    where the first run is too short to give them (a one-line intro to a roundup) or there is
    no cut. The lead is a run of its own before the `wanted` runs of the themes (whose first
    run gets what the overview leaves of it). Of a long first run (one without a clear turn),
    the first LEAD_SHARE of the article."""
    shared = shared if shared is not None else SentenceRuns(vectors, sentences)
    spare = np.zeros(len(sentences), dtype=bool)
    spare[np.array(usable, dtype=int)] = True
    labels = run_labels(
        vectors,
        spare,
        wanted + 1,
        openers=shared.openers,
        lead_spare=size + LEAD_CHOICE,
        paragraph_of=shared.paragraph_of,
        shared=shared,
    )
    run_of = labels.tolist()  # plain ints, read once each
    first = [i for i in usable if run_of[i] == 0]
    early = [i for i in first if i < LEAD_SHARE * len(sentences)]  # a lead with no clear end: its first half
    # a news roundup's one-line intro says what its items are of: the items keep their own lines
    intro = 1 if shared.openers is shared.region_items else MIN_INTRO
    for pool in (early, first):
        if len(pool) >= size + LEAD_CHOICE:
            return _before_items(pool, shared.openers, intro)
    return _before_items(usable, shared.openers, intro)


MIN_INTRO = 2  # usable sentences before a roundup's first item that make an overview of their own


def _before_items(pool: list[int], openers: np.ndarray, least: int = MIN_INTRO) -> list[int]:
    """The lead's sentences before the first item of a roundup or list (its intro), where they
    are MIN_INTRO at least: an item's lines taken into the overview leave the item's group
    without its opening, and the overview says what one item is, not what the piece is about
    (clts_sample_6: YES!IC's lines). The whole lead where the intro is shorter or none: one
    sentence is too thin an overview (clts_sample_1's porridge keeps its split, and top-3 ROUGE
    on zh-clts fell 0.1798 → 0.1776 with one). A news roundup's intro of one sentence ("连日来，各地和
    有关部门积极组织力量开展灾后恢复重建工作。") is enough (`least`): it says what its regions' items are
    of, and the first item's lines taken into the overview split that item (zh-news 42's Hebei)."""
    if not openers.any():
        return pool
    opener = int(np.argmax(openers))  # the first item's line
    intro = [i for i in pool if i < opener]
    return intro if len(intro) >= least else pool


def run_themes(
    vectors: SparseRows,
    sentences: list[tuple[str, int]],
    spare: list[int],
    wanted: int,
    paragraphs: int,
    *,
    exact: bool,
    shared: SentenceRuns | None = None,
) -> Themes:
    """Themes of text without an outline: runs of `sentences` (text, 0-based paragraph), with
    `spare` the sentences left for bullets; a paragraph belongs to the run of its first sentence."""
    shared = shared if shared is not None else SentenceRuns(vectors, sentences)
    room = np.zeros(len(sentences), dtype=bool)
    room[np.array(spare, dtype=int)] = True
    openers = shared.openers
    # in a roundup the first run is the intro and the first item, which needs no more than the others
    lead = MIN_RUN_SPARE if openers.sum() >= 2 else MIN_LEAD_RUN_SPARE
    labels = run_labels(
        vectors,
        room,
        wanted,
        openers=openers,
        exact=exact,
        lead_spare=lead,
        paragraph_of=shared.paragraph_of,
        shared=shared,
        turn_in_paragraph=shared.lang == "en",
    )
    if not exact and not openers.any():
        labels = cut_at_turns(labels, vectors, sentences, room, MAX_GROUPS - 1)  # a turn in words the valleys missed
    first = int(np.argmax(openers))
    items = int(shared.labelled.sum())
    cases = None if exact else case_labels([text for text, _ in sentences], spare)
    if cases is not None:  # a report of parallel cases: a theme each (`zh_case_runs`)
        labels = cases
    elif not exact and 2 <= items <= MAX_GROUPS - 1 and int(labels.max()) < items:
        # a list of long items the runs cannot give each its own after the intro's: the items
        # are the groups (each under its own heading), what goes before them the overview's
        labels = np.cumsum(shared.labelled) - 1
        labels[labels < 0] = OVERVIEW_THEME
    elif openers.sum() >= 2 and first > 0 and labels[first] == 0 and not exact:
        # an intro too short for a run of its own is the overview's, not the first item's
        labels[:first] = OVERVIEW_THEME
    return Themes(paragraph_runs(labels, [p for _, p in sentences], paragraphs), {}, labels)
