"""An English theme group that opens on a thing's pronoun whose sentence stands in another group
gives its head's place to the next bullet of the group where that one stands alone.

"It follows a BBC investigation into the Derbyshire company's warehouse working practises" headed
"BBC Investigation" while the sentence it leans on ("Mr Ashley had been asked to give evidence …")
led the key points (en-xsum 166); "Its aim is to plant 'millions' of native UK trees" headed "UK
Trees" after the key points' "The project has been organised by the Woodland Trust …" (en-xsum
57). Blind readers mark such a head as pointing at nothing: read under a new title, its "It" has
no thing. `en_antecedent_next` moves such a head up beside its antecedent, but not where its group
would keep too few, where the title is the head's own or where the antecedent is not the group
before's last; `cited_points.carry_antecedent` joins the antecedent only where no bullet says it.
Here, after those moves, the head of a theme group that
- opens on a thing's or a set's pronoun (`data/en_thing_heads.tsv` "opener" rows: "It", "Its",
  "They"; a person's "He" is named by the bracket steps) and leans on its sentence before
  (`en_antecedent_next.leans_back_en`), which another group of the brief holds,
swaps places with the next bullet of its group where that one stands alone: it leans on no
sentence (no pronoun or connective opening, `en_actor_groups.leans`; no turned lean), opens on no
quotation mark (a line whose speaker stands elsewhere) and says no word of repeating or adding
("Alexis also wasn't shy …": `data/en_thing_heads.tsv` "echo" rows). Read after a bullet of its
own group's story, the pronoun has that story's thing to point at ("Mr Ashley has until 21 March
to respond after a letter …" then "It follows a BBC investigation …").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from citebrief.engines.en_actor_groups import leans
from citebrief.engines.en_antecedent_next import leans_back_en, turned_lean
from citebrief.engines.scored import Scored
from citebrief.text.data_files import data_lines

TABLE = "en_thing_heads.tsv"
_QUOTE_MARKS = "'‘\"“"


@cache
def _words(kind: str) -> frozenset[str]:
    """The words of `TABLE`'s rows of `kind` ("opener" or "echo")."""
    rows = (line.split("\t") for line in data_lines(TABLE))
    return frozenset(word for row_kind, word in rows if row_kind == kind)


@cache
def _echo() -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(sorted(_words("echo"))) + r")\b", re.IGNORECASE)


def opens_on_thing(text: str) -> bool:
    """Whether `text` opens on a thing's or a set's pronoun ("It follows …", "Its aim …")."""
    first = text.split(maxsplit=1)[0] if text.strip() else ""
    return first in _words("opener")


def stands_alone(text: str) -> bool:
    """Whether bullet `text` reads with nothing before it: no leaning opening, no quotation mark
    first, no word of repeating or adding."""
    return not leans(text) and text[:1] not in _QUOTE_MARKS and _echo().search(text) is None


def standalone_heads(scored: Scored, groups: Sequence[list[int]]) -> list[list[int]]:
    """`groups` (overview first) with each theme group's leaning thing head after the next bullet
    of its group that stands alone (module doc); unchanged for another language."""
    kept = [list(group) for group in groups]
    if scored.lang != "en":
        return kept
    where = {i: g for g, group in enumerate(kept) for i in group}
    for g, group in enumerate(kept[1:], start=1):
        if len(group) < 2:
            continue
        head, after = group[0], group[1]
        text = scored.trimmed[head]
        if not opens_on_thing(text) or not leans_back_en(scored, head):
            continue
        if where.get(head - 1, g) == g:
            continue  # no bullet says its sentence before (a step joins it), or its own group does
        alone = scored.trimmed[after]
        if leans_back_en(scored, after) or turned_lean(scored, after) or not stands_alone(alone):
            continue
        group[0], group[1] = after, head
    return kept
