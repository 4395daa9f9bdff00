"""Two neighbouring groups of a short Chinese news item that tell one subject become one group.

A news item read in runs (`runs.py`) is cut where the words on either side share least; in a
piece of 600–900 characters the cut often falls inside one strand, and the reader meets two
groups of two or three bullets on one thing under two titles ("航班" and "工作经验", both on the
mechanics who wave the planes off; "大运会火炬" and "火炬手", both on the torch relay's bearers).
Readers mark this "two groups on one topic": a short item reads best as an overview and one or
two groups, each one strand.

Here, once the groups are final and before their titles are chosen, a theme group of two
bullets joins the theme group after it (never the overview) where together they hold five
bullets at most (a group a reader takes in) and one noun of two characters or more, rare
(background IDF ≥ 8: 航班, 火炬, 机顶盒; not 工作, 数据, 市场, whose sharing ties a policy's
group to the closing prices), is said by both bullets of the pair, by the next group, by more
than half of the joined bullets and by no other theme group: the pair opens the strand the next
group goes on with, a run cut too early. A place ("石景山区" over the tech contest and the talent
figures) or a person's name (the worker a profile follows through his background and his night
shift) is the setting, not a strand. Left apart: a pair one of whose bullets does not say the
word (the festival's venue beside the port's catch figures, tied by "渔船" of one fisherman's
words); a pair after a larger group, more often a strand of its own (the market's close
after the profit shares); and a next group whose bullets hang together more tightly than with
the pair (their mean TF-IDF cosine with the pair under 0.7 of their mean cosine with one
another: the factories' inoculation beside the brewing calendar, the official's account of the
lotus harvest beside the morning queue, the province's wind power beside one turbine's output),
a strand of its own though it says the pair's word. Where several pairs qualify, the one whose
word most bullets say joins first; the joined group joins again only under the same rules. The
bullets stay in the article's order. Two pairs on the province's and the counties' flood
response ("会商调度会", "高度戒备") stay apart: the word they share, "预警" (IDF 7.9), is not rare
enough, and lower bars joined more strands that read worse than better. Nor does a join make
one group of a criminal case's steps, where a bullet of the two says one (`data/zh_case_steps.tsv`:
立案, 收网, 抓获, 判处): the lab test and the filing beside the raid, the seller's first set-top box
beside the arrest years later, are stages of a chronology a reader wants apart, and one title fits
only one stage ("集中收网行动" over the test, "境外电视频道" over the arrest; readers marked both
joins worse).

It reads Chinese news and features told in runs; policies, essays, English and a brief asked
for a number of groups are left as they are (the caller does not call it).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

import numpy as np

from citebrief.engines.scored import Draft
from citebrief.engines.sparse import SparseRows
from citebrief.engines.zh_clear_details import closeness
from citebrief.engines.zh_regroup import KEY_TAGS
from citebrief.text.data_files import data_lines
from citebrief.text.tokenize import tag_zh

PAIR = 2  # the first group is a pair of bullets: a run cut too short
MOST = 5  # the joined group holds five bullets at most
MIN_IDF = 8.0  # 航班 8.6, 火炬 9.6, 机顶盒 11.0; 警方 7.3, 数据 4.8, 工作 4.2 stay out
NEAR_SHARE = 0.7  # the next group's bullets are this close to the pair, at least, as to each other
_SUBJECT_TAGS = KEY_TAGS - {"ns", "nr", "nrt", "nrfg"}  # nouns and names of things, not places or people


@cache
def case_steps() -> tuple[str, ...]:
    """The words of a criminal case's steps (`data/zh_case_steps.tsv`: 立案, 抓获, 判处)."""
    return data_lines("zh_case_steps.tsv")


def _case_step(text: str) -> bool:
    """Whether `text` says a step of a criminal case (`case_steps`)."""
    return any(step in text for step in case_steps())


def subject_words(text: str) -> frozenset[str]:
    """The nouns of two characters or more a bullet says that may be its subject: no place, no
    person's name."""
    return frozenset(w for w, tag in tag_zh(text) if tag in _SUBJECT_TAGS and len(w) >= 2)


def rare_words(words: frozenset[str]) -> frozenset[str]:
    """The words of `words` rare enough to name one strand (background IDF at least `MIN_IDF`)."""
    if not words:
        return words
    from citebrief.text.idf import background_idf  # late: the table loads on first use

    ordered = sorted(words)
    values = background_idf().lookup(ordered).tolist()
    return frozenset(w for w, value in zip(ordered, values, strict=True) if value >= MIN_IDF)


def _subject_count(pair: Draft, after: Draft, others: Sequence[Draft], keys: dict[int, frozenset[str]]) -> int:
    """How many bullets of `pair` and the group `after` it, joined, say the word they share most,
    where each bullet of the pair says it, the group after does, more than half the joined
    bullets do and no other theme group does; 0 where none."""
    joined = [*pair.picked, *after.picked]
    in_pair = frozenset.intersection(*(keys[i] for i in pair.picked))
    in_after = frozenset().union(*(keys[i] for i in after.picked))
    elsewhere = frozenset().union(*(keys[i] for group in others for i in group.picked))
    best = 0
    for word in (in_pair & in_after) - elsewhere:
        said = sum(word in keys[i] for i in joined)
        if said * 2 > len(joined):
            best = max(best, said)
    return best


def _close_enough(pair: Draft, after: Draft, vectors: SparseRows) -> bool:
    """Whether the bullets of the group `after` the pair are, on the mean, at least `NEAR_SHARE`
    as close to the pair (cosine with its rows' sum) as to one another."""
    to_pair = np.mean([closeness(vectors, i, pair.picked) for i in after.picked])
    within = np.mean([closeness(vectors, i, after.picked) for i in after.picked])
    return bool(to_pair >= NEAR_SHARE * within)


def subjects_joined(drafts: list[Draft], texts: Sequence[str], vectors: SparseRows, *, news: bool) -> list[Draft]:
    """The groups (`drafts`, the overview first; `texts`: each sentence as its bullet says it,
    `vectors` each one's TF-IDF row), neighbouring theme groups on one subject joined; unchanged
    unless `news`."""
    if not news or len(drafts) < 3:
        return drafts
    nouns = {i: subject_words(texts[i]) for group in drafts[1:] for i in group.picked}
    rare = rare_words(frozenset().union(*nouns.values()))
    keys = {i: words & rare for i, words in nouns.items()}
    steps = {i for i in nouns if _case_step(texts[i])}  # a case's stages stay apart (module doc)
    themes = list(drafts[1:])
    while len(themes) >= 2:
        best_at, best = -1, 0
        for at in range(len(themes) - 1):
            first, second = themes[at], themes[at + 1]
            size = len(first.picked) + len(second.picked)
            if size > MOST or len(first.picked) != PAIR or not steps.isdisjoint([*first.picked, *second.picked]):
                continue
            said = _subject_count(first, second, [*themes[:at], *themes[at + 2 :]], keys)
            if said > best and _close_enough(first, second, vectors):
                best_at, best = at, said
        if best_at < 0:
            break
        first, second = themes[best_at], themes[best_at + 1]
        joined = Draft(first.theme, sorted([*first.picked, *second.picked]), first.title)
        themes[best_at : best_at + 2] = [joined]
    if len(themes) < len(drafts) - 1:
        drafts[1:] = themes  # the caller's list too: it titles and renders the groups it holds
    return drafts
