"""A Chinese news overview's point from deep in the story goes to the theme group that tells its
thread, once the groups are settled.

The overview takes the lead's points and the few sentences most central to the whole article;
one of the latter, from a passage far past the lead, is often one thread's later fact ("所有患者
均表现出显著的症状改善" from the trial's results, the 2023 forum's theme apart from its date, the
third "要……" of a list whose two others make a group). `zh_overview_details` moves such a detail
while the groups are still runs in reading order; the regrouping and the settling steps after
it change those runs, and a point whose thread ends as a group below stays on top. Readers of
zh-news marked the overview as a catch-all holding stray facts that belong in later groups.

Here an overview point from the article's `DEEP_PASSAGE`th paragraph (or passage) or later goes
to the theme group that shares clearly most of its words: its cosine (the sentence vectors'
TF-IDF weights) with one of the group's bullets is at least `CLEAR` and `CLEARLY` times what it
shares with any other group's bullets and with the rest of the overview. It comes after the
group's first bullet (one before it is the intro's: an anecdote that opens a feature, a
roundup's lead figure), and no group after that one ends before it (reading order). A point
whose bullet reads on from the sentence before it ("当时民警立即……", "此外，……还调集了……"), a
bullet of a theme group, goes to that group whatever words it shares. The lead's
own points never move (the news is often said in the second passage, after a quotation), nor a
running total or a finding on the overview's subject that `zh_overview_moves` lifts on purpose,
nor the one bullet that says the overview's title, nor a forward look ("下一步，……"). The group
holds `MAX_GROUP` bullets at most with it; the overview keeps `MIN_OVERVIEW` points, its place
taken by the lead paragraph's earliest sentence the brief does not hold that stands alone (not
hanging on or pointing back at the one before, not only who attended, not what the next bullet
leans on) and says no figure the overview says. Read for Chinese news and features
(`final_groups`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import numpy as np

from citebrief.engines.lead_points import dangling
from citebrief.engines.scored import Draft, Scored
from citebrief.engines.sparse import SparseRows
from citebrief.engines.zh_hollow_swaps import hollow as says_nothing
from citebrief.engines.zh_leaned_on import leaned_on
from citebrief.engines.zh_overview_details import hollow
from citebrief.engines.zh_overview_moves import finds_on, sums_up
from citebrief.text.lazy_re import LazyPattern

DEEP_PASSAGE = 3  # the paragraph (or passage) from which a point is deep in the story
CLEAR = 0.12  # the point's cosine with one bullet of its thread's group, at least
MAX_GROUP = 5  # bullets the group holds at most once the point joins it
MIN_OVERVIEW = 2  # points the overview keeps at least
CLEARLY = 1.25  # and this many times what it shares with any other group or the rest of the overview
SAME_POINT = 0.5  # a stand-in this close to a bullet says that bullet's point again
_FIGURE = LazyPattern(r"\d+(?:\.\d+)?")
# a forward look that closes the story ("下一步，河北将……", "付倩表示，后期，……将打造……") is the
# overview's outlook, not one thread's fact: moved, it left the overview two points and retitled
# the group by its own words ("岗位信息" over "就业服务")
_OUTLOOK = re.compile(r"^[^。]{0,16}?(?:下一步|下阶段|后期|接下来|今后)")
# a sentence that reads on from the one before it: a time, a "then" or a pronoun that points back
_READS_ON = re.compile(r"^(?:当时|随后|此后|之后|其后|后来|接着|这|此|他|她|它)")
# a sentence that points back at the one before ("文化嵌入是其中的一条重要路径。") says nothing alone
_POINTS_BACK = LazyPattern(r"^[^，。]{0,8}(?:其中|其|这|此|上述|以上|对此|为此)")


def deep_overview_points(scored: Scored, drafts: list[Draft]) -> Iterator[int]:
    """The overview's points (not its first) from passage `DEEP_PASSAGE` on and after the lead's,
    each while the overview still keeps more than `MIN_OVERVIEW` (a caller may move the point it
    is given before asking for the next); none unless there is a group to move one to, in Chinese."""
    if len(drafts) < 2 or len(drafts[0].picked) <= MIN_OVERVIEW or scored.lang != "zh":
        return
    overview, units = drafts[0], scored.units
    lead = units[overview.picked[0]].paragraph
    for point in list(overview.picked[1:]):
        if len(overview.picked) > MIN_OVERVIEW and units[point].paragraph >= max(DEEP_PASSAGE, lead + 1):
            yield point


def _cosine(vectors: SparseRows, i: int, j: int) -> float:
    """The cosine of sentences `i` and `j` (0 where either has no words)."""
    a, b = vectors.row(i), vectors.row(j)
    norm = float(np.linalg.norm(a)) * float(np.linalg.norm(b))
    return float(a @ b) / norm if norm else 0.0


def _tie(vectors: SparseRows, i: int, picked: list[int]) -> float:
    """The most point `i` shares with one of the bullets `picked`."""
    return max((_cosine(vectors, i, j) for j in picked if j != i), default=0.0)


def thread_home(scored: Scored, drafts: list[Draft], i: int) -> Draft | None:
    """The theme group of `drafts[1:]` that overview point `i` belongs with by its words, or None:
    where no group shares `CLEAR` with it and more than every other group and the rest of the
    overview (`drafts[0]`) do."""
    vectors = scored.sentence_vectors
    rest = [j for j in drafts[0].picked if j != i]
    ties = sorted(((_tie(vectors, i, d.picked), n) for n, d in enumerate(drafts[1:], 1)), reverse=True)
    if not ties:
        return None
    best, at = ties[0]
    if best < CLEAR or best < CLEARLY * _tie(vectors, i, rest) or (len(ties) > 1 and best < CLEARLY * ties[1][0]):
        return None
    return drafts[at]


def reads_on_home(scored: Scored, drafts: list[Draft], i: int) -> Draft | None:
    """The theme group holding the sentence just before point `i`'s bullet (which may carry the
    sentence before its own: `Scored.carried`) in its paragraph (or passage, where the tool cut
    one block), where the bullet reads on from it ("当时民警立即……" after "陈某提供的线索为老家的
    地名——……"), or None."""
    start = i
    while start in scored.carried and start > 0:
        start -= 1
    if start == 0 or not _READS_ON.match(scored.units[start].text.lstrip()):
        return None
    here, before = scored.units[start].paragraph, scored.units[start - 1].paragraph
    if before != here and not (scored.passages and before == here - 1):
        return None
    return next((d for d in drafts[1:] if start - 1 in d.picked), None)


def _skips_run(drafts: list[Draft], i: int, home: Draft) -> bool:
    """Whether point `i`, put in `home`, would stand out of reading order: a theme group after
    `home` holds only sentences before `i` ("下一步，……" from the fourth passage under the rescue
    of the second, the group on the third passage's restored roads after it)."""
    after = drafts[drafts.index(home) + 1 :]
    return any(d.picked and max(d.picked) < i for d in after)


def _stand_in(scored: Scored, lead: int, chosen: list[int], overview: list[int]) -> int | None:
    """The lead paragraph's (`lead`) earliest usable sentence no bullet (`chosen`) holds that
    stands alone, says no bullet's point again and no figure an `overview` bullet says (module
    doc), or None."""
    for i in scored.usable:
        text = scored.trimmed[i]
        if scored.units[i].paragraph != lead or i in chosen:
            continue
        if scored.units[i].text.rstrip().endswith(("；", ";")) or dangling(text, "zh") or hollow(text):
            continue
        if says_nothing(text, lead=True) or leaned_on(scored, i, chosen) or _POINTS_BACK.search(text):
            continue
        if any(_cosine(scored.sentence_vectors, i, j) >= SAME_POINT for j in chosen):
            continue
        if any(scored.trimmed[j] in text or text in scored.trimmed[j] for j in chosen):
            continue  # a passage that holds a bullet's sentence whole
        if set(_FIGURE.findall(text)) & {f for j in overview for f in _FIGURE.findall(scored.trimmed[j])}:
            continue  # "……水质优良比例达到89.6%" says the overview's figure again
        return i
    return None


def deep_points_given(scored: Scored, drafts: list[Draft], chosen: list[int]) -> list[Draft]:
    """The drafts (overview first; `chosen`, every bullet, kept in step) with each overview point
    deep in the story moved to the theme group that tells its thread (module doc)."""
    if len(drafts) < 2 or not drafts[0].picked or scored.lang != "zh":
        return drafts
    overview, units, texts = drafts[0], scored.units, scored.trimmed
    lead = units[overview.picked[0]].paragraph
    for i in sorted((i for i in overview.picked if units[i].paragraph >= DEEP_PASSAGE), reverse=True):
        if units[i].paragraph <= lead or sums_up(texts[i]) or finds_on(texts[i], overview.title):
            continue
        if _OUTLOOK.search(texts[i]):
            continue
        if (
            overview.title
            and overview.title in texts[i]
            and not any(overview.title in texts[j] for j in overview.picked if j != i)
        ):
            continue  # the one bullet that says the overview's title
        home = reads_on_home(scored, drafts, i) or thread_home(scored, drafts, i)
        if home is None or len(home.picked) >= MAX_GROUP or i < min(home.picked) or _skips_run(drafts, i, home):
            continue  # a point before the group's first bullet is the intro's (an anecdote, a roundup's lead)
        stand_in = _stand_in(scored, lead, chosen, [j for j in overview.picked if j != i])
        if stand_in is None and len(overview.picked) <= MIN_OVERVIEW:
            continue
        overview.move(i, home)
        if stand_in is not None:
            overview.add(stand_in, chosen)
    return drafts
