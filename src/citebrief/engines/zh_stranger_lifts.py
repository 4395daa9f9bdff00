"""A Chinese news pair of strangers whose one bullet tells the overview's story: it goes up to the
overview, and its partner to the theme group it goes with.

A news item read in runs has each theme's picks made as unlike each other as MMR can make them, so
a theme group of two can hold two sentences of one passage that share nothing: a district named a
model county for cross-strait rural projects beside a student's words on the summer practice
(zh-news 148, "台湾同学" over both). `zh_stranger_homes` leaves one paragraph's two points (most
often one scene) and finds no home where both would go up to a full overview; `zh_partner_swaps`
reads the overview's sentence beside the pair. Here, after them, such a pair dissolves where

- its bullets share no name or noun (the article's common words left out, as `zh_loner_swaps`
  reads them) and their sentences no run of two characters ("台胞郑某" in both is one story);
- one bullet (the "up") shares `SHARED` names or nouns with the overview's points at least, and
  twice as many as with any other theme group (the overview's story, not a third thing), and
  the overview holds `MAX_OVERVIEW` points at most with it;
- the other shares `TIED` names, nouns or verbs (`zh_unrelated.tie_words`: their two-character
  parts too, "交流学习" and "交流") with one other theme group at least, more than with any other
  group (the overview with the "up" in it too), and that group holds `MAX_GROUP` at most with it;
- neither opens on a writer's label ("家具潜在危险：……": the writer's own section).

The brief's sentences stay the same: the "up" takes its place in the overview after its last
point that comes before it in the article, the other its place in its group in article order.
Read for Chinese news and features (`final_groups`, after `zh_stranger_homes`).
"""

from __future__ import annotations

from collections.abc import Sequence

from citebrief.engines.scored import Draft, Scored, overview_placed
from citebrief.engines.zh_common_terms import common_terms
from citebrief.engines.zh_loner_swaps import SHARED, NameKeys
from citebrief.engines.zh_named_edges import shared_run
from citebrief.engines.zh_stranger_homes import TIE_RUN
from citebrief.engines.zh_stranger_pairs import PAIR
from citebrief.engines.zh_unrelated import tie_words
from citebrief.text.lazy_re import LazyPattern

MAX_OVERVIEW = 4  # the overview holds this many points at most once the "up" comes
MAX_GROUP = 4  # the group the other bullet joins holds this many at most once it comes
TIED = 3  # words the other bullet shares with its group at least (two is chance: "交流", "创新")
# a writer's label opening a sentence: a short phrase, then a colon ("家具潜在危险：")
_LABEL = LazyPattern(r"[^，。；：:“”]{2,12}[：:]")


def strangers_lifted(scored: Scored, drafts: list[Draft]) -> list[Draft]:
    """The groups (`drafts`, the overview first), each theme pair of strangers whose one bullet
    tells the overview's story dissolved: that one up, the other to its group (module doc)."""
    if len(drafts) < 3 or not any(len(d.picked) == PAIR for d in drafts[1:]):
        return drafts
    common = common_terms(scored)
    keys = NameKeys([u.text for u in scored.units], common)
    at = 1
    while at < len(drafts):
        move = _move(scored, drafts, at, keys)
        if move is None:
            at += 1
            continue
        up, other, home = move
        drafts[0].picked = overview_placed(drafts[0].picked, up)
        drafts[home].picked = sorted([*drafts[home].picked, other])
        del drafts[at]
    return drafts


def _move(scored: Scored, drafts: Sequence[Draft], at: int, keys: NameKeys) -> tuple[int, int, int] | None:
    """The pair's bullet that goes up, the other, and the index of the group the other joins,
    where the pair at `at` dissolves so (module doc); None where it stays."""
    pair = drafts[at].picked
    if len(pair) != PAIR or drafts[at].theme is None or len(drafts[0].picked) >= MAX_OVERVIEW:
        return None
    first, second = pair
    texts = [scored.units[i].text for i in pair]
    if not keys[first] or not keys[second] or keys[first] & keys[second]:
        return None
    if len(shared_run(*texts)) >= TIE_RUN or any(_LABEL.match(scored.trimmed[i]) for i in pair):
        return None
    for up, other in ((first, second), (second, first)):
        said_above = len(keys[up] & _keys_of(drafts[0].picked, keys))
        said_beside = max((len(keys[up] & _keys_of(d.picked, keys)) for d in _themes(drafts, at)), default=0)
        if said_above < SHARED or said_above <= said_beside:
            continue
        if len(keys[other] & _keys_of([*drafts[0].picked, up], keys)) >= SHARED:
            continue  # the other tells the overview's story too: no stranger to it
        home = _home(scored, drafts, at, other)
        if home is not None:
            return up, other, home
    return None


def _home(scored: Scored, drafts: Sequence[Draft], at: int, other: int) -> int | None:
    """The theme group `other` shares `TIED` words with, more than with any other theme group,
    and that has room; None where there is none."""
    ties = tie_words(scored.trimmed[other])
    shares = sorted(
        ((len(ties & _ties_of(scored, drafts[h].picked)), h) for h in range(1, len(drafts)) if h != at),
        reverse=True,
    )
    if not shares:
        return None
    best, home = shares[0]
    if best < TIED or (len(shares) > 1 and shares[1][0] == best):
        return None
    return home if len(drafts[home].picked) < MAX_GROUP else None


def _themes(drafts: Sequence[Draft], at: int) -> list[Draft]:
    """The theme groups but the one at `at`."""
    return [d for h, d in enumerate(drafts) if h not in (0, at)]


def _keys_of(picked: Sequence[int], keys: NameKeys) -> frozenset[str]:
    """The names and nouns a group's bullets say."""
    return frozenset(w for j in picked for w in keys[j])


def _ties_of(scored: Scored, picked: Sequence[int]) -> frozenset[str]:
    """The names, nouns and verbs a group's bullets say (`zh_unrelated.tie_words`)."""
    return frozenset(w for j in picked for w in tie_words(scored.trimmed[j]))
