"""Coverage: the most central paragraphs no bullet cites get one, and an article cut into
passages cites at least three of them; in a policy, a paragraph no bullet cites that sets a
deadline gets one too, and a group that cites a paragraph stating a prohibition ("不得……") carries it
(in place of a bullet of that paragraph where the group is full); an analysis's finding no bullet
states gets one (`cover_findings`)."""

from __future__ import annotations

from collections import Counter

import numpy as np

from citebrief.engines.bullets import near_duplicate, repeats_any
from citebrief.engines.cover_findings import cover_finding
from citebrief.engines.policy import FORBIDS, parallel_items
from citebrief.engines.scored import Draft, Scored
from citebrief.engines.weights import unit_vector
from citebrief.text.lazy_re import LazyPattern
from citebrief.text.patterns import specific_kinds

COVER_TOP = 3  # of the paragraphs most central to the article, each uncited one gets a bullet
POLICY_GROUP = 4  # bullets a policy's group may grow to for a deadline


def _placed_first(scored: Scored, ranked: list[int], chosen: list[int], *, keep: bool) -> list[int]:
    """`en_unplaced_reference.placed_first`, imported on an English brief only (a Chinese start imports none)."""
    if scored.lang != "en":
        return ranked
    from citebrief.engines.en_unplaced_reference import placed_first

    return placed_first(scored, ranked, chosen, keep=keep)


def cover(scored: Scored, drafts: list[Draft], labels: np.ndarray | None, chosen: list[int]) -> None:
    """The most central paragraphs no bullet cites get one, in their theme's group where it has
    room (`labels`: the theme of each sentence); an article cut into passages cites at least three of them.
    An English sentence leaning on one no bullet says comes last (`en_unplaced_reference.placed_first`)."""
    units = scored.units
    passages = len(scored.paragraph_vectors) >= 3 and scored.passages

    def still_needed() -> tuple[set[int], int]:
        """The paragraphs cited so far, and how many more passages a one-block article needs."""
        cited = {units[k].paragraph for d in drafts for k in d.picked}
        return cited, max(0, min(3, len(scored.paragraph_vectors)) - len(cited)) if passages else 0

    cited, need = still_needed()
    centroid = unit_vector(scored.paragraph_vectors.sum_rows())
    centrality = scored.paragraph_vectors.dot(centroid)
    best: dict[int, list[int]] = {}  # each uncited paragraph's sentences, the most relevant first
    relevance = (scored.sentence_vectors.dot(centroid) * scored.weights).tolist()  # plain floats: a key a sentence
    for i in sorted(scored.usable, key=lambda i: -relevance[i]):
        p = units[i].paragraph
        if i not in chosen and p not in cited:
            best.setdefault(p, []).append(i)
    top = set(np.argsort(-centrality)[:COVER_TOP].tolist())
    central = centrality.tolist()
    for p in sorted(best, key=lambda p: (-central[p - 1], p)):
        if need <= 0 and p - 1 not in top:
            continue
        said = (
            i
            for i in _placed_first(scored, best[p], chosen, keep=need > 0)  # no "That message from above …"
            if not repeats_any(scored.trimmed[i], map(scored.trimmed.__getitem__, chosen), scored.lang)
        )
        i = next(said, -1)  # the paragraph's best sentence that says what no bullet says
        if i < 0:
            if need > 0:  # a point two passages say is cited where it adds a passage
                move_citation(scored, drafts, best[p], chosen)
                cited, need = still_needed()
            continue
        theme = int(labels[i]) if labels is not None else None
        homes = [d for d in drafts if d.theme == theme and len(d.picked) < 3]
        if not homes and need > 0:
            homes = [d for d in drafts if len(d.picked) < 3] or [max(drafts, key=lambda d: len(d.picked))]
        if not homes:
            continue
        home = homes[0]
        if len(home.picked) >= 3:
            # a passage no bullet cites matters more than a second bullet on a cited one
            counts = Counter(units[k].paragraph for d in drafts for k in d.picked)
            spare = [k for k in home.picked if counts[units[k].paragraph] > 1]
            if not spare:
                continue
            home.picked.remove(spare[-1])
        home.add(i, chosen)
        cited, need = still_needed()
    cover_finding(scored, drafts, labels, chosen)  # what an analysis finds, where no bullet says it


def move_citation(scored: Scored, drafts: list[Draft], candidates: list[int], chosen: list[int]) -> None:
    """Swap a bullet for the first of `candidates` (an uncited passage's sentences) that says the
    same, where the bullet's own passage stays cited by another bullet."""
    counts = Counter(scored.units[k].paragraph for d in drafts for k in d.picked)
    for i, draft in ((i, d) for i in candidates for d in drafts):
        for k in draft.picked:
            if counts[scored.units[k].paragraph] > 1 and near_duplicate(
                scored.trimmed[i], scored.trimmed[k], scored.lang
            ):
                draft.picked = [i if x == k else x for x in draft.picked]
                chosen[chosen.index(k)] = i
                return


def cover_deadlines(scored: Scored, drafts: list[Draft], labels: np.ndarray, chosen: list[int]) -> None:
    """A policy's deadlines ("于2019年3月底前制定实施方案", "30日内") are what it is read for: a
    paragraph no bullet cites that sets one gets its deadline sentence, in its theme's group,
    once a group, the heaviest first: added where the group has fewer than POLICY_GROUP bullets,
    else in place of its last bullet whose paragraph another bullet cites and that states no
    deadline, limit or penalty or weighs less."""
    units = scored.units
    done: set[int] = set()
    weights = scored.weights.tolist()
    # the heaviest first: a target with its figures ("到2020年，……配套率达到95%以上") before one without
    for i in sorted((i for i in scored.usable if i in scored.deadlines), key=lambda i: -weights[i]):
        if i in chosen:
            continue
        counts = Counter(units[k].paragraph for d in drafts for k in d.picked)
        if counts[units[i].paragraph]:
            continue
        homes = [d for d in drafts if d.theme is not None and d.theme == int(labels[i]) and id(d) not in done]
        if not homes or repeats_any(scored.trimmed[i], map(scored.trimmed.__getitem__, chosen), scored.lang):
            continue
        home = homes[0]
        if len(home.picked) >= POLICY_GROUP:
            spare = [
                k
                for k in home.picked
                if counts[units[k].paragraph] > 1 and (k not in scored.keyed or weights[k] < weights[i])
            ]
            if not spare:
                continue
            home.drop(spare[-1], chosen)
        home.add(i, chosen)
        done.add(id(home))


def cover_items(
    scored: Scored, drafts: list[Draft], labels: np.ndarray | None, chosen: list[int], texts: list[str]
) -> None:
    """Each item of a short parallel list (`policy.parallel_items`) no bullet cites gets its first
    sentence, in the group with fewer than POLICY_GROUP bullets that cites the item nearest it
    (its theme's group on a tie): the list's items stay together, whatever the themes' edges."""
    units = scored.units
    for p in sorted(parallel_items(texts)):
        cited = {units[k].paragraph for d in drafts for k in d.picked}
        first = next((i for i in scored.usable if units[i].paragraph == p), None)
        if p in cited or first is None or first in chosen:
            continue
        theme = int(labels[first]) if labels is not None else None
        room = [d for d in drafts[1:] if len(d.picked) < POLICY_GROUP and d.picked]  # the overview is no list
        homes = sorted(room, key=lambda d: (min(abs(units[k].paragraph - p) for k in d.picked), d.theme != theme))
        if not homes:
            continue
        homes[0].add(first, chosen)


# a sum of money or a share ("每月400元", "1.5亿元", "50%"): what a policy's amounts rules read for
MONEY = r"\d+(?:\.\d+)?(?:万|亿)?元|\d+(?:\.\d+)?%"
_AMOUNT = LazyPattern(MONEY + r"|\d+个(?:左右)?[^，。；]{0,16}?(?:城市|省|地区|区域|试点)")
_FIGURE = LazyPattern(r"\d")


def swap_for_amounts(scored: Scored, drafts: list[Draft], chosen: list[int]) -> None:
    """A policy's amounts and deadlines ("每年仍按10亿元安排", "在本意见印发之日起30日内") are what it is
    read for: a group's bullet that states no figure gives way, once a group, to the first sentence
    of its own paragraph that states an amount, a share, a count of places ("选择10个左右……的城市") or a
    deadline no other bullet carries (the
    sentence may restate the bullet it replaces: "……建立台账。该项工作于2019年4月底前完成。"). A bullet
    weighed up for a key measure ("……奖补……") gives way only to a key measure with an amount ("……
    可申请最高不超过15万元的创业担保贷款")."""
    units = scored.units
    of_paragraph: dict[int, list[int]] = {}  # usable sentences by paragraph, in their order
    for i in scored.usable:
        of_paragraph.setdefault(units[i].paragraph, []).append(i)
    for draft in drafts[1:]:
        for k in draft.picked:
            if _FIGURE.search(units[k].text):
                continue
            keyed = k in scored.keyed
            others = [scored.trimmed[j] for j in chosen if j != k]
            better = (
                i
                for i in of_paragraph.get(units[k].paragraph, ())
                if i not in chosen
                and (_AMOUNT.search(units[i].text) or i in scored.deadlines)
                and (not keyed or (i in scored.keyed and _AMOUNT.search(units[i].text) is not None))
                and not repeats_any(scored.trimmed[i], others, scored.lang)
            )
            i = next(better, -1)
            if i >= 0:
                draft.swap(k, i, chosen)
                break


_FORBIDS = LazyPattern(FORBIDS + r"|暂不实施|不予(?:支持|考虑|批准)")  # what forbids, and what refuses


def add_prohibitions(scored: Scored, drafts: list[Draft], chosen: list[int], labels: np.ndarray | None) -> None:
    """A policy's prohibitions and refusals ("……，不得办成营利性幼儿园。", "……暂不实施森林生态效益补偿的
    政策。") are rules an analyst reads it for: a group with fewer than POLICY_GROUP bullets gets,
    once, the first sentence of its theme (`labels`) or of a paragraph it cites that forbids or
    refuses something no bullet says; a full one takes such a sentence of a paragraph it cites
    in place of a bullet of that paragraph (`_swap_for_prohibition`)."""
    for draft in drafts[1:]:
        if draft.picked and len(draft.picked) < POLICY_GROUP:
            _add_prohibition(scored, draft, chosen, labels)
        if len(draft.picked) >= POLICY_GROUP:
            _swap_for_prohibition(scored, draft, chosen)


def _add_prohibition(scored: Scored, draft: Draft, chosen: list[int], labels: np.ndarray | None) -> None:
    units = scored.units
    cited = {units[k].paragraph for k in draft.picked}
    said = [scored.trimmed[j] for j in chosen]
    found = next(
        (
            i
            for i in scored.usable
            if (
                units[i].paragraph in cited
                or (labels is not None and draft.theme is not None and int(labels[i]) == draft.theme)
            )
            and i not in chosen
            and _FORBIDS.search(scored.trimmed[i])
            and not repeats_any(scored.trimmed[i], said, scored.lang)
        ),
        -1,
    )
    if found >= 0:
        draft.add(found, chosen)


def _swap_for_prohibition(scored: Scored, draft: Draft, chosen: list[int]) -> None:
    """A full group's bullet that sets no deadline and states no prohibition or penalty gives
    way, once, to the sentence of its own paragraph that forbids or refuses something no bullet
    says ("……，不得办成营利性幼儿园。" over "办成公办园的，当地政府……要做好……"): the paragraph stays
    cited, and the rule is what an analyst reads it for."""
    units = scored.units
    said = [scored.trimmed[j] for j in chosen]
    for k in draft.picked:
        text = scored.trimmed[k]
        if k in scored.deadlines or _FORBIDS.search(text) or "penalty" in specific_kinds(text):
            continue
        found = next(
            (
                i
                for i in scored.usable
                if units[i].paragraph == units[k].paragraph
                and i not in chosen
                and _FORBIDS.search(scored.trimmed[i])
                and not repeats_any(scored.trimmed[i], said, scored.lang)
            ),
            -1,
        )
        if found >= 0:
            draft.swap(k, found, chosen)
            return
