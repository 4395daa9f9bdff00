"""A Chinese news group's one bullet that shares nothing with the rest of its group gives its
place to a sentence of its theme that does.

A news article read in runs has its theme groups picked apart (MMR: each pick as unlike the
others as it can be) and then moved between by `zh_regroup` and `zh_unrelated`; what is left can
still hold a bullet that shares no name or noun with any other of its group (the light rain's
landslide warning among the storms' forecasts, the half-year outlook among the profit-share
bullets). Readers mark such a group down as "unrelated sentences", and its title names one side.
Re-clustering the passages does not help (MMR keeps a theme's picks diverse whatever the
partition), so here, on the final groups, before their titles are chosen, such a loner of a
group of three or more gives its place to the candidate of the group's theme (a sentence the
brief does not hold, nor half of a bullet's pair) that shares two names or nouns with the
group's other bullets and one with each of two, the one that shares most. It stays where it
states a figure (a figure is worth its place among strangers: "1030万千瓦" for a vague line),
where no candidate shares enough, and where the best shares more than half its words with one
bullet (it would say that bullet again: the same dish twice). A group keeps its size: none is
left with one. Moving the loner to another group it shares two words with read worse (two
place names in a weather report are no tie), and is left to `zh_unrelated`.

"Share" leaves out the words a third of the article's sentences say (what the whole article is
about), as `zh_regroup` does. It reads Chinese news and features; policies, essays, English and
a brief asked for a number of groups are left as they are (the caller does not call it).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import numpy as np

from citebrief.engines.scored import Draft, Scored, figures_in
from citebrief.engines.themes import Themes
from citebrief.engines.zh_common_terms import common_terms
from citebrief.engines.zh_pair_follows import follower
from citebrief.engines.zh_regroup import key_words
from citebrief.engines.zh_stranger_pairs import PAIR, pair_loner, restating
from citebrief.text.anaphora import needs_antecedent
from citebrief.text.lazy_re import LazyPattern

MIN_GROUP = 3  # a loner is read in a group of three or more (of two: `zh_stranger_pairs`)
SAME_SHARE = 0.5  # a stand-in sharing more of its words with one bullet says it again
SHARED = 2  # shared names or nouns that tie a bullet to a group (one is chance)


def loners_placed(scored: Scored, drafts: list[Draft], themes: Themes | None, chosen: list[int]) -> list[Draft]:
    """The groups (`drafts`, the overview first), each theme group's loner swapped for a candidate
    of its theme that shares words with its group; `chosen` follows a swap. Unchanged where
    `themes` is None or not a run of sentences."""
    if themes is None or themes.sentences is None or len(drafts) < 2:
        return drafts
    if not any(len(group.picked) >= PAIR for group in drafts[1:]):
        return drafts
    # the article's words from the terms (lower-cased) each sentence holds already: none cut again
    common = common_terms(scored)
    keys = NameKeys([u.text for u in scored.units], common)
    theme_of: list[int] | None = None
    held = {i for d in drafts for i in d.picked} | set(chosen)  # the overview's too: no bullet twice
    for group in drafts[1:]:
        # a group of two strangers: the one bullet of no figure gives way (`zh_stranger_pairs`)
        loner = _loner(group.picked, keys) if len(group.picked) >= MIN_GROUP else pair_loner(group.picked, keys, scored)
        if loner is None:
            continue
        if group.theme is None or figures_in(scored.trimmed[loner]):
            continue  # a figure is worth its place even among strangers
        if len(group.picked) == PAIR and loner + 1 in held and leans_back(scored.units[loner + 1].text):
            continue  # the bullet after it leans on it ("……当地……共计排查房屋237户" after 依兰's river)
        if len(group.picked) == PAIR and any(_LABEL.match(scored.units[i].text) for i in group.picked):
            continue  # a section the writer labelled ("游乐场设备潜在危险：……") is the writer's group
        if theme_of is None:
            theme_of = themes.of_sentences(np.array([u.paragraph - 1 for u in scored.units])).tolist()
        # nor half of a bullet that holds its sentence before (`Scored.carried`)
        taken = held | {i - 1 for i in held if i in scored.carried}
        if len(group.picked) == PAIR:  # nor, beside a pair's other bullet, one that says it again
            taken = taken | restating(scored, group.picked, loner, theme_of)
        stand_in = _stand_in(loner, group, theme_of, scored.usable, taken, keys)
        if stand_in is None and len(group.picked) == PAIR:  # the sentence after the one that stays
            stand_in = follower(scored, group.picked, loner, taken, keys)
        if stand_in is not None and loner in chosen:
            group.swap(loner, stand_in, chosen)
            held.add(stand_in)
    return drafts


# a writer's label opening a sentence: a short phrase, then a colon ("游乐场设备潜在危险：")
_LABEL = LazyPattern(r"[^，。；：:“”]{2,12}[：:]")
# "当地" (the place just named) early in a sentence points back as a pronoun does
_LOCAL_REACH = 20


def leans_back(text: str) -> bool:
    """Whether a sentence points back to the one before it: a pronoun or demonstrative opening,
    or "当地" within its first clauses."""
    return needs_antecedent(text, "zh") or "当地" in text[:_LOCAL_REACH]


class NameKeys(dict[int, frozenset[str]]):
    """Each sentence's names and nouns less the article's common words, read where asked: the
    bullets of a group of three, the candidates of a loner's theme."""

    def __init__(self, texts: Sequence[str], common: frozenset[str]) -> None:
        super().__init__()
        self.texts = texts
        self.common = common

    def __missing__(self, index: int) -> frozenset[str]:
        found = frozenset(w for w in key_words(self.texts[index]) if w.lower() not in self.common)
        self[index] = found
        return found


def _loner(picked: Sequence[int], keys: Mapping[int, frozenset[str]]) -> int | None:
    """The one bullet of a group of three or more that shares no name or noun with any other (None
    where none or more than one does: a group of strangers is not one loner's fault)."""
    if len(picked) < MIN_GROUP:
        return None
    alone = [i for i in picked if not any(keys[i] & keys[j] for j in picked if j != i)]
    if len(alone) != 1 or not keys[alone[0]]:
        return None
    return alone[0]


def _stand_in(
    loner: int,
    group: Draft,
    theme_of: Sequence[int],
    usable: Sequence[int],
    taken: set[int],
    keys: Mapping[int, frozenset[str]],
) -> int | None:
    """The candidate of the group's theme, not in the brief, that shares two words with the group's
    other bullets and a word with two of them, the one sharing most (the earliest of a tie)."""
    others = [j for j in group.picked if j != loner]
    their_words = {w for j in others for w in keys[j]}
    best: tuple[int, int] | None = None
    for i in usable:
        if i in taken or theme_of[i] != group.theme:
            continue
        shared = len(keys[i] & their_words)
        ties = sum(1 for j in others if keys[i] & keys[j])
        if any(len(keys[i] & keys[j]) > SAME_SHARE * len(keys[i]) for j in others):
            continue  # half its words one bullet's already: it says that bullet again
        if shared >= SHARED and ties >= min(2, len(others)) and (best is None or shared > best[0]):
            best = (shared, i)
    return best[1] if best else None
