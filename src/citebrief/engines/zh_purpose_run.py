"""Where a Chinese sentence's opening purpose ends: at its decision ("国务院决定，"), not its first comma.

A long sentence cut to its claim drops the clauses that set the scene ("为进一步健全正向激励机制，"),
but a purpose often runs on over several clauses with no subject of their own ("为进一步健全正向
激励机制，充分激发和调动各地……积极性，促进形成……良好局面，国务院决定，……"): dropping its first
clause alone left a bullet opening mid-purpose ("充分激发和调动各地……", zh-policy 19). Where a
clause that only names who decides ("国务院决定，", "经国务院同意，") follows, the purpose is every
clause before it, and the bullet opens on the decision.
"""

from __future__ import annotations

from citebrief.text.lazy_re import LazyPattern

# a purpose clause ("为进一步……，", "为了……，")
_PURPOSE = LazyPattern(r"^为了?[^，；：]")
# a clause that only says who decides or approves ("国务院决定，", "经国务院同意，")
_DECISION = LazyPattern(r"^(?:[^，；：。]{0,12}决定|经[^，；：。]{1,20}(?:同意|批准))[，,]$")


def purpose_end(clauses: list[str], start: int) -> int:
    """Where the scene-setting clauses `clauses[:start]` really end, when one of them opens a
    purpose (`_PURPOSE`) that runs on to a decision clause (`_DECISION`) later in the sentence:
    at that clause (the bullet opens on "国务院决定，"); `start` otherwise."""
    if not any(_PURPOSE.match(clause) for clause in clauses[:start]):
        return start
    for k in range(start, len(clauses) - 1):  # the decision is never the sentence's last clause
        if _DECISION.match(clauses[k]):
            return k
    return start
