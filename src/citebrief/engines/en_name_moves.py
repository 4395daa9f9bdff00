"""An English news bullet goes to the group that tells of the one it names: "Sherwood faces his
friend ..., QPR boss Chris Ramsey" beside "Ramsey has admitted his job at Rangers could be under
threat", not among Villa's team news; "At the bottom of the list was JetBlue" beside "Many JetBlue
customers fly the airline only once or twice", not among Southwest's figures.

`en_groups._move` asks what a bullet shares with a group's bullets by weighed words, where one
shared name among a dozen words is about 0.1, under every margin it asks for; `en_orphans.rehome`
moves only a bullet of a person `en_actors.py` finds. Here a bullet that writes no thread name
(`en_names.py`: no name of the story's lead, nor one most sentences write) of its own group's
bullets, shares little else with them, nor names the person a bullet of them is of ("Mr Hall warned ..."
after "He said the PM needs to raise his game", `en_actors.py`), and writes one a bullet of another group writes, moves
to that group where it has room, unless it reads on from the bullet before it or the next reads
on from it.
"""

from __future__ import annotations

from collections.abc import Callable

from citebrief.engines.en_actor_groups import actor_keys
from citebrief.engines.en_names import could_share, names, shares_name, thread_names
from citebrief.engines.en_thread_swaps import trade_threads
from citebrief.engines.scored import Draft, Unit
from citebrief.text.lazy_re import LazyPattern

LOOSE = 0.12  # shared with each bullet of its own group, at most (one shared rare name is about 0.1)


def follow_names(
    units: list[Unit],
    drafts: list[Draft],
    weights: dict[int, dict[str, float]],
    similarity: Callable[[dict[str, float], dict[str, float]], float],
    leans: Callable[[str], bool],
    *,
    lead: int,
    min_group: int,
    max_group: int,
    said: list[str] | None = None,
    who: dict[int, str] | None = None,
    traded: set[int] | None = None,
) -> int:
    """Moves each bullet of `drafts` that writes no thread name its own group's bullets write and
    shares less than `LOOSE` with each of them (`weights`, `similarity`) to the group with room
    whose bullets write one of its names (the names of the article's first `lead` sentences are
    the story's, no thread's; `said`: each sentence as its bullet says it, where known); the
    groups keep `min_group` bullets and hold `max_group` at most; `who`: each bullet's person
    (`actor_keys`), where the caller has them; `traded` gathers the bullets a trade moved
    (`en_thread_swaps.py`). Returns the bullets moved."""
    if not any(_loose(d.picked, i, weights, similarity) for d in drafts if len(d.picked) > min_group for i in d.picked):
        return 0  # every bullet shares words with its group: none to move, no names to read
    picked = [i for d in drafts for i in d.picked]
    texts = {i: said[i] if said is not None else units[i].text for i in picked}
    if not could_share(texts, [d.picked for d in drafts]):
        return 0  # no bullet writes a name of another group's: nothing to read the article's names for
    named = thread_names([u.text for u in units], picked, range(min(lead, len(units))), people=True, said=said)
    if who is None:
        who = actor_keys(units, picked)  # "He said the PM needs to raise his game" is Mr Hall's
    moved = 0
    for draft in drafts:
        for i in list(draft.picked):
            if len(draft.picked) <= min_group or not named[i]:
                continue
            if shares_name(named, i, draft.picked):
                continue
            if _held(units, who, i, draft.picked):
                continue  # a bullet of its group is that person's words: its thread is here
            if not _loose(draft.picked, i, weights, similarity):
                continue
            after = next((j for j in draft.picked if j > i), None)
            if _reads_on(units[i].text, leans) or (after is not None and _reads_on(units[after].text, leans)):
                continue  # "He added ..." or "However, that position ..." reads on from the bullet before
            homes = [
                d for d in drafts if d is not draft and len(d.picked) < max_group and shares_name(named, i, d.picked)
            ]
            if len(homes) != 1:
                continue  # no group of its name, or two: the name ties it to no one thread
            draft.move(i, homes[0])
            moved += 1

    # where no move could join a bullet to its thread, a trade (`en_thread_swaps.py`)
    return moved + trade_threads(
        units,
        drafts,
        weights,
        similarity,
        named,
        lambda group, i: _loose(group, i, weights, similarity),
        lambda text: _reads_on(text, leans),
        lambda i, group: _held(units, who, i, group),
        traded=set() if traded is None else traded,
    )


def _held(units: list[Unit], who: dict[int, str], i: int, group: list[int]) -> bool:
    """Bullet `i` names the person (`who`) whose words or deeds another bullet of its `group` gives."""
    return any(who.get(j) and who[j] in names(units[i].text) for j in group if j != i)


def _loose(
    group: list[int],
    i: int,
    weights: dict[int, dict[str, float]],
    similarity: Callable[[dict[str, float], dict[str, float]], float],
) -> bool:
    """Bullet `i` shares less than `LOOSE` with each other bullet of its `group`."""
    return all(similarity(weights[i], weights[j]) < LOOSE for j in group if j != i)


# a bullet that goes on from the one before: a connective, or a quotation its speaker opened before
_GOES_ON = LazyPattern(r"^(?:(?:However|Yet|Still|Instead|Indeed|Meanwhile|Also|Even so)\b|['‘\"“])")


def _reads_on(text: str, leans: Callable[[str], bool]) -> bool:
    """`text` reads on from the bullet before it: `leans` ("He added: ..."), a connective
    ("However, that position may have to soften") or a quotation going on ("'A pension fund is
    likely ..." after "Clare Moffat said: ...")."""
    return leans(text) or bool(_GOES_ON.match(text))
