"""Two English news groups trade bullets where one holds a bullet of the other's thread: a story
told in alternating threads (a fraud and the two colleagues it framed; a minister's case and the
shadow chancellor's reply) is cut into runs of neighbouring sentences (`runs.py`), and a run
ends up with a sentence of the other thread ("The case against Jeffrey ... and Cato ... was
discontinued" among the sentencing, far from "... Julie Jeffrey, 50, and James Cato, 35, led to
them being sacked"). `en_name_moves.follow_names` moves such a bullet only to a group with
room, from a group that keeps two; where no move joined it to its thread, a trade sends back
the bullet of that group that fits it least: one that writes none of its thread names, shares
next to nothing with its bullets, and shares at least as much with the group it goes to. The
groups keep their sizes, the brief its bullets; a trade that leaves a group on both sides of
another stays (one thread told in two places), and the titles are given after, as for any group.
"""

from __future__ import annotations

from collections.abc import Callable

from citebrief.engines.en_names import shares_name
from citebrief.engines.scored import Draft, Unit
from citebrief.text.lazy_re import LazyPattern

Weights = dict[int, dict[str, float]]
Similarity = Callable[[dict[str, float], dict[str, float]], float]

# a sentence that needs the one before it whatever group it opens: a pronoun for its subject, or a
# quotation going on
_NEEDS_BEFORE = LazyPattern(
    r"^(?:(?:He|She|They|It|His|Her|Their|Its|This|These|That|Those|Such)\b"
    r"|[^.,;]{0,80}, (?:he|she|they|it)\b|['‘\"“])"
)

# "His solicitor, Liam O'Donnell, told the court ...": a pronoun of the story's subject before the
# name of the one the sentence is about, who needs no bullet before
_NAMED_KIN = LazyPattern(r"^(?:His|Her|Their) [a-z]+(?: [a-z]+){0,2},? (?:[A-Z][a-z'’]+ ){1,2}[A-Z][A-Za-z'’]+,? [a-z]")


def trade_threads(
    units: list[Unit],
    drafts: list[Draft],
    weights: Weights,
    similarity: Similarity,
    named: dict[int, frozenset[str]],
    loose: Callable[[list[int], int], bool],
    reads_on: Callable[[str], bool],
    held: Callable[[int, list[int]], bool],
    *,
    traded: set[int],
) -> int:
    """Trades bullets between two groups of `drafts` (in place): a bullet that writes no thread
    name (`named`, `en_names.thread_names`) of its own group's, shares little with its bullets
    (`loose`: bullet `i` of group `picked`) and names no person whose words another of them
    gives (`held`: bullet `i` of group `picked`) goes to the one group whose bullets write one
    of its names, and that group's bullet of none of its thread names that shares most with the
    group it goes to, as loose there and at least as close to its new group as to its old
    (`weights`, `similarity`), comes back in its place. The bullet that comes back does not
    read on from the one before it (`reads_on`), nor the one that goes but as its group's first
    (`opens`); no bullet after either in its group reads on from it. Returns the trades; the
    bullets traded are added to `traded` (the group a trade gives a bullet may straddle
    another: one thread told in two places, which `en_nested.unnest` leaves whole)."""

    def affinity(i: int, members: list[int], without: int) -> float:
        others = [j for j in members if j not in (i, without)]
        return sum(similarity(weights[i], weights[j]) for j in others) / len(others) if others else 0.0

    def free(i: int, group: list[int]) -> bool:
        after = next((j for j in group if j > i), None)
        return not (after is not None and reads_on(units[after].text)) and not held(i, group)

    def stray(i: int, draft: Draft) -> bool:
        return not shares_name(named, i, draft.picked) and loose(draft.picked, i) and free(i, draft.picked)

    def opens(x: int, group: list[int]) -> bool:
        """Bullet `x` may stand where it goes in `group`: it does not read on from the bullet
        before it, or only the story's subject's pronoun opens it before the name of the one it
        is about (`_NAMED_KIN`), or it goes first and only a connective turns it ("However, in a
        speech in Yorkshire, Shadow chancellor Ed Balls will ..." before "Mr Balls will say:
        ..."): a turn from the group before."""
        text = units[x].text
        return not reads_on(text) or bool(_NAMED_KIN.match(text)) or (x < min(group) and not _NEEDS_BEFORE.match(text))

    trades = 0
    for draft in drafts:
        for x in list(draft.picked):
            if x not in draft.picked or not named.get(x) or not stray(x, draft):
                continue
            homes = [d for d in drafts if d is not draft and shares_name(named, x, d.picked)]
            if len(homes) != 1 or not opens(x, homes[0].picked):
                continue  # no group of its name, or two; or it would read on from a bullet of another thread
            home = homes[0]
            backs = [
                (affinity(y, draft.picked, x) - affinity(y, home.picked, y), y)
                for y in home.picked
                if stray(y, home) and not reads_on(units[y].text) and not (named.get(y, frozenset()) & named[x])
            ]
            backs = [(gain, y) for gain, y in backs if gain >= 0]
            if not backs:
                continue
            _, y = max(backs)
            draft.move(x, home)
            home.move(y, draft)
            traded |= {x, y}
            trades += 1
    return trades
