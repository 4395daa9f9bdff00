"""A long Chinese sentence that sets a scene and then turns on "而现在，" or "如今，" to its claim
("在黑直长风靡的时候，有多少女生……，不仅如此，……服帖顺滑，而现在，Dyson……新出的……直发器似乎可以
将这个问题划上一个句号了。") states its claim only after the pivot: a cut at a length keeps the scene.
The bullet keeps the clauses from the pivot on, less the pivot word where the rest reads alone. Where
the claim points back at what the scene ends on ("这个问题"), it keeps that last run too, from the
connective that opens it ("不仅如此，"); with no such run the sentence is left as it is. A verbatim
tail of the sentence, as `bullets.trim_sentence`'s other cuts are."""

from __future__ import annotations

import re
from functools import cache

from citebrief.text.anaphora import needs_antecedent
from citebrief.text.data_files import rows_by_kind, word_alternation
from citebrief.text.patterns import is_dangling

PIVOT_MIN_CHARS = 80  # a sentence this short reads whole
MIN_SCENE_CLAUSES = 3  # a scene is a run of clauses before the pivot, not one subject
MIN_CLAIM_CHARS = 20  # what is left after the pivot says a whole claim

_CLAUSE = re.compile(r"[^，；：,;:]+[，；：,;:]?")


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The pivot as a clause of its own, the claim's back reference, the scene's restart connective
    (`text/data/zh_pivot_words.tsv`)."""
    table = rows_by_kind("zh_pivot_words.tsv")
    pivot = re.compile(rf"^(?:而|但|可)?(?:{word_alternation(table['pivot'])})[，,]$")
    restart = re.compile(rf"^(?:{word_alternation(table['restart'])})[，,]$")
    return pivot, re.compile(word_alternation(table["back"])), restart


def after_pivot(text: str) -> str | None:
    """The clauses of `text` from its pivot on, or None where it has no scene-then-pivot shape."""
    if len(text) <= PIVOT_MIN_CHARS or "“" in text or "”" in text:
        return None  # a quotation is someone's words, kept as said
    pivot_clause, back_reference, restart_clause = _patterns()
    clauses = _CLAUSE.findall(text)
    pivot = next((k for k in range(len(clauses) - 1, 0, -1) if pivot_clause.match(clauses[k])), None)
    if pivot is None or pivot < MIN_SCENE_CLAUSES:
        return None
    rest = "".join(clauses[pivot + 1 :])
    if len(rest) < MIN_CLAIM_CHARS or needs_antecedent(rest, "zh") or is_dangling(rest):
        return None  # the claim leans on the scene for its subject
    if back_reference.search(rest):
        restart = next((k for k in range(pivot - 1, 0, -1) if restart_clause.match(clauses[k])), None)
        if restart is None or restart + 1 >= pivot:
            return None  # the problem is the whole scene: no shorter run names it
        return "".join(clauses[restart + 1 :])
    return rest
