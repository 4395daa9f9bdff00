"""An English news bullet that shares nothing with its group goes to the group that tells its
thread: the person it is about or quotes, or the words it shares with one bullet there.

`en_groups._move` moves a bullet by its mean tie to a group's bullets, so a bullet that shares
much with one bullet of a group of three stays where it shares nothing ("Mr Davey ... added:
'I believe there are different ways to draw people into music'" among the station's critics,
away from his answers on classical music), and `_edges` moves only a group's first or last
bullet to the group beside it. Here a bullet that shares next to nothing with each bullet of
its own group, nor names the person they are of, moves to any group with room where one
bullet is of its person or shares clearly more with it, unless it reads on from the bullet
before it or the next reads on from it.
"""

from __future__ import annotations

from collections.abc import Callable

from citebrief.engines.scored import Draft, Unit
from citebrief.text.lazy_re import LazyPattern

ALONE = 0.05  # shared with each bullet of its own group, at most: the bullet tells of something else
TIED = 0.2  # shared with one bullet of the other group, at least (one shared rare name is about 0.12)


def rehome(
    units: list[Unit],
    drafts: list[Draft],
    weights: dict[int, dict[str, float]],
    who: dict[int, str],
    similarity: Callable[[dict[str, float], dict[str, float]], float],
    leans: Callable[[str], bool],
    *,
    anyone: dict[int, str],
    min_group: int,
    max_group: int,
) -> int:
    """Moves each bullet of `drafts` that shares less than `ALONE` with every other bullet of
    its group (`weights`, `similarity`) and names no person they are of (`anyone`: each
    bullet's `actor_keys`, the story's own subject too) to the group with room where a bullet
    is of its person (`who`: the keys, less the lead's subject) or shares `TIED` with it;
    the groups keep `min_group` bullets and hold `max_group` at most. Returns the bullets moved."""
    moved = 0
    for draft in drafts:
        for i in list(draft.picked):
            if len(draft.picked) <= min_group:
                break
            rest = [j for j in draft.picked if j != i]
            if any(anyone[j] and _names(units[i].text, anyone[j]) for j in rest):
                continue  # Woods on his ranking beside "'I had a hard time,' said Woods": his thread
            if max(similarity(weights[i], weights[j]) for j in rest) >= ALONE:
                continue
            if leans(units[i].text) or (i + 1 in draft.picked and leans(units[i + 1].text)):
                continue  # "He said ..." reads on from the sentence before: it stays by it

            def tie(group: Draft, i: int = i) -> float:
                same = any(who[i] and who[j] == who[i] for j in group.picked)
                return max(1.0 * same, *(similarity(weights[i], weights[j]) for j in group.picked))

            others = [d for d in drafts if d is not draft and len(d.picked) < max_group]
            best = max(others, key=tie, default=None)
            if best is None or tie(best) < TIED:
                continue
            draft.move(i, best)
            moved += 1
    return moved


_WORD = LazyPattern(r"[\w'’.-]+")


def _names(text: str, name: str) -> bool:
    """`text` writes the person `name` (a key: "Woods", "Nurse B") as whole words."""
    words = _WORD.findall(text)
    size = len(name.split())
    return any(" ".join(words[k : k + size]).rstrip(".,") == name for k in range(len(words)))
