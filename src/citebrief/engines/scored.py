"""The state an extractive brief is selected from: each sentence's analysis, the vectors and
priors of the article (`Scored`), the groups in the making (`Draft`), and the MMR pick over them
with the engine's own idea of "the same point".

Kept apart from `extractive.py` so the selection steps (`cover.py`) can share it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Literal, NamedTuple

import numpy as np

from citebrief.engines.mmr import mmr
from citebrief.engines.sparse import SparseRows
from citebrief.engines.zh_added_sentences import adds_a_sentence
from citebrief.engines.zh_body_names import repeats_named
from citebrief.model import Lang
from citebrief.text.brief_memo import per_brief


class Carried(NamedTuple):
    """A bullet's text with words the brief carries into it from another sentence (a speaker's name,
    a case's party, the quotation it announces), and the paragraph those words stand in, to cite."""

    text: str
    paragraph: int


@dataclass(slots=True)
class Unit:
    """A sentence of the article as the engine weighs it. Not frozen, never changed: one is made
    per sentence of every brief, and a frozen dataclass sets each field through object.__setattr__
    (three times the cost)."""

    index: int
    paragraph: int  # 1-based paragraph number
    text: str
    terms: list[str]
    rank_in_doc: float  # 0 for the first sentence, 1 for the last
    heading: bool  # the heading that opens its paragraph
    lead_in: tuple[str, int] | None  # the list's lead-in and its paragraph, for a list item


@dataclass(frozen=True)
class Scored:
    """An article's sentences with the vectors and priors every selection step uses."""

    units: list[Unit]
    usable: list[int]  # indices of sentences that may become bullets
    sentence_vectors: SparseRows
    paragraph_vectors: SparseRows
    weights: np.ndarray  # length (short and overlong sentences lose), specifics (figures, deadlines ...)
    passages: bool  # the paragraphs are passages cut from one block
    trimmed: list[str]  # each sentence as a bullet would say it
    lead_weights: np.ndarray  # length alone (short sentences lose): the overview's, where the lead decides
    position: np.ndarray
    lang: Lang
    kinds: dict[int, int]  # usable sentence → how many kinds of specifics it holds (counted once)
    carried: frozenset[int] = frozenset()  # sentences whose bullet already holds the sentence before
    deadlines: frozenset[int] = frozenset()  # a policy's usable sentences that set a deadline
    keyed: frozenset[int] = frozenset()  # ... that state a deadline, limit, prohibition or penalty
    # `is_structure` of the sentence texts it was asked of: a one-sentence paragraph is not asked again
    structure_of: dict[str, bool] = field(default_factory=dict)
    # a case list's titles and bare procedure steps (text/zh_case_heads.py, text/zh_bare_steps.py):
    # no bullet, but what the article and its theme say counts them, as it did when they could be
    case_scraps: frozenset[int] = frozenset()
    # a policy's names of the bodies it sets up (`zh_body_names`): one term each in the repeat checks
    body_names: tuple[str, ...] = ()
    policy: bool = False  # a policy's text: its carried sentences' own facts count in the repeat check
    # the article's common terms (`zh_common_terms`), once read: never given, nor copied by `replace`
    kept_common: list[frozenset[str]] = field(default_factory=list, init=False, repr=False, compare=False)


@dataclass
class Draft:
    """A group in the making: its theme (None for the overview) and its chosen sentences."""

    theme: int | None
    picked: list[int]
    title: str = ""
    # the overview's point `en_lead_gives` gave this group, which `en_lead_takebacks` may take back; -1 none
    given: int = -1

    def swap(self, old: int, new: int, chosen: list[int], *, in_order: bool = True) -> None:
        """The bullet on sentence `old` says sentence `new` instead, the group in article order (or,
        not `in_order`, in the order it had: an overview's points) and `chosen` (every group's
        sentences) with it."""
        replaced = [new if k == old else k for k in self.picked]
        self.picked = sorted(replaced) if in_order else replaced
        chosen[chosen.index(old)] = new

    def add(self, new: int, chosen: list[int]) -> None:
        """Sentence `new` is one more bullet of the group, in article order, and one of `chosen`."""
        self.picked = sorted([*self.picked, new])
        chosen.append(new)

    def take(self, new: int, old: int | None, chosen: list[int], *, in_order: bool = True) -> None:
        """Sentence `new` joins the group where a step placed it: one more bullet (`old` None, `add`),
        or in the place of the bullet on sentence `old` (`swap`)."""
        if old is None:
            self.add(new, chosen)
        else:
            self.swap(old, new, chosen, in_order=in_order)

    def drop(self, old: int, chosen: list[int]) -> None:
        """The bullet on sentence `old` leaves the group and `chosen`."""
        self.picked.remove(old)
        chosen.remove(old)

    def move(self, bullet: int, home: Draft) -> None:
        """The bullet on sentence `bullet` leaves this group for `home`, where it takes its place in
        article order; the brief's sentences stay the same."""
        self.picked.remove(bullet)
        home.picked = sorted([*home.picked, bullet])


def all_held(drafts: list[Draft], chosen: list[int]) -> list[Draft]:
    """`drafts`, `chosen` made to hold every sentence they cite again: a step that refills the overview
    without `chosen` (`zh_unrelated.settled`, `refill_lead`) left one a later step took for unused
    and added a second time (the same bullet twice in one group)."""
    chosen.extend(i for draft in drafts for i in draft.picked if i not in chosen)
    return drafts


def _restates_lead(text: str, lead: str) -> bool:
    from citebrief.engines.en_lead_restates import restates_lead  # not on a Chinese start

    return restates_lead(text, lead)


def mmr_pick(scored: Scored, candidates: list[int], relevance: np.ndarray, chosen: list[int], count: int) -> list[int]:
    """Pick `count` candidates by maximal marginal relevance against `chosen` (updated in place);
    a candidate that says what a chosen bullet says (near-identical text, the same figure) is
    passed over, while parallel items with their own dates are not; in English, one that says the
    picked first sentence again in other words (`en_lead_restates`)."""

    def same_point(index: int, before: Sequence[int], near_identical: bool) -> bool:
        text = scored.trimmed[index]
        said = [scored.trimmed[c] for c in before]
        return (
            (
                repeats_named(text, said, scored.lang, scored.body_names)
                or (near_identical and not ownfigures_in(text, said))
            )
            # a Chinese policy's sentence that carries the one before it repeats only what it carries
            # where no chosen bullet says its own sentence (`zh_added_sentences`)
            and not (scored.policy and index in scored.carried and adds_a_sentence(text, said))
        ) or (scored.lang == "en" and 0 in before and index != 0 and _restates_lead(text, scored.trimmed[0]))

    return mmr(candidates, relevance, scored.sentence_vectors, chosen, count, same_point=same_point)


def replace_picks(
    scored: Scored, picked: list[int], loose: list[int], pool: list[int], relevance: np.ndarray, chosen: list[int]
) -> list[int]:
    """`picked` with its `loose` picks taken out of it and of `chosen` and as many of `pool` picked in
    their place by the MMR that made the picks (`relevance`), in article order; `picked` as it was,
    and `chosen` untouched, where the pool has too few to fill every place (a group loses no point)."""
    kept_chosen = [j for j in chosen if j not in loose]
    fresh = mmr_pick(scored, pool, relevance, kept_chosen, len(loose))
    if len(fresh) < len(loose):
        return picked
    chosen[:] = kept_chosen  # `mmr_pick` added the fresh picks to it
    return sorted([*(i for i in picked if i not in loose), *fresh])


@per_brief(maxsize=4096)  # MMR asks it of every chosen bullet again at each pick
def figures_in(text: str) -> frozenset[str]:
    """The keys of the figures a text states (`numbers.find_quantities`)."""
    from citebrief.text.numbers import find_quantities

    return frozenset(q.key for q in find_quantities(text))


def ownfigures_in(text: str, others: list[str]) -> bool:
    """True when `text` states figures none of `others` states ("清明节：4月5日放假" beside
    "端午节：6月7日放假": the same words, two different dates)."""
    mine = figures_in(text)
    return bool(mine) and all(not mine & figures_in(other) for other in others)


def overview_placed(overview: list[int], point: int) -> list[int]:
    """The overview's points with `point` after the last one that comes before it in the article
    (first where none does); the overview's own order is kept."""
    at = max((k + 1 for k, i in enumerate(overview) if i < point), default=0)
    return [*overview[:at], point, *overview[at:]]


def joined_before(before: Draft, overview: Draft, point: int) -> None:
    """`point` joins the group `before`: in the overview after the last of its points that comes before
    it in the article (`overview_placed`), in any other group in source order."""
    before.picked = overview_placed(before.picked, point) if before is overview else sorted([*before.picked, point])


def carries_bullet_before(scored: Scored, chosen: list[int], i: int) -> bool:
    """Whether sentence `i` leans on the bullet right before it in its paragraph and, read with it
    (`trimmed`: "……并予以奖励。其中，个人最高奖励金额3万元……"), says all that bullet says and more:
    it may stand in that bullet's place (`zh_news_totals`, `zh_start_dates`)."""
    before = i - 1
    return (
        before in chosen
        and scored.units[before].paragraph == scored.units[i].paragraph
        and scored.trimmed[i] != scored.trimmed[before]
        and scored.trimmed[i].startswith(scored.trimmed[before])
    )


def swap_everywhere(drafts: list[Draft], chosen: list[int], old: int, new: int) -> None:
    """The bullet on sentence `old` says sentence `new` instead, in whichever group holds it (read in
    article order) and in `chosen` (every group's sentences)."""
    for draft in drafts:
        if old in draft.picked:
            draft.picked = sorted(new if k == old else k for k in draft.picked)
    chosen[chosen.index(old)] = new


def part_after(drafts: list[Draft], draft: Draft, kept: list[int], part: list[int]) -> None:
    """`draft` keeps `kept`; `part` stands as a group of its own (the same theme) right after it."""
    draft.picked = kept
    drafts.insert(drafts.index(draft) + 1, Draft(draft.theme, part))


BEFORE: Literal[-1] = -1  # the neighbour is the sentence right before the bullet's
AFTER: Literal[1] = 1  # ... right after it


def neighbour_in_reach(scored: Scored, neighbour: Unit, unit: Unit, side: Literal[-1, 1]) -> bool:
    """Whether `neighbour`, a sentence on `side` of `unit` (`BEFORE` or `AFTER`), may finish what
    `unit` leaves open (its antecedent, its speaker): no heading, and in `unit`'s paragraph or, where
    the tool cut one block into passages, in the passage next to it on that side. The steps that
    carry a neighbour into a bullet ask it alike (`cited_points`, `zh_quote_carry`, `zh_quote_named`,
    `zh_we_speakers`)."""
    return not neighbour.heading and next_to(scored, neighbour, unit, side)


def next_to(scored: Scored, neighbour: Unit, unit: Unit, side: Literal[-1, 1]) -> bool:
    """Whether `neighbour`, a sentence on `side` of `unit`, stands in `unit`'s paragraph or opens
    (or closes) the passage next to it on that side where the tool cut one block into passages:
    the cut is the tool's, not the writer's (`zh_leaned_on`, `zh_turn_pairs`)."""
    return neighbour.paragraph == unit.paragraph or (scored.passages and neighbour.paragraph == unit.paragraph + side)
