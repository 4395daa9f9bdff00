"""An English brief that opens on "The product will …" or "The firm said …" leads with a bullet of
its first group that names who acts, and gives that bullet's noun its place after.

"The product will offer teachers new ways to use the world-building video game …" opened a brief
(en-xsum 146): the article's first sentence, whose product (Minecraft's education edition) only
its headline named. Readers marked the brief among the worst: they could not tell what "the
product" was. Read after "Microsoft paid $2.5bn for Mojang …" and "Late last year, it bought the
… MinecraftEdu version of the game …", the product is that game. Here the brief's first bullet,
where it opens on "The" and a noun for a body, a thing or a step (`data/en_referent_nouns.tsv`)
right before its verb, goes down: the first group turns so that its first bullet that stands
alone (`en_standalone_heads.stands_alone`, leaning on no sentence before) and opens on a name
(`en_grounding.subject_names`: "Microsoft paid …", "In April, Tata sold …") leads, and the bullets
before that one follow at its end, in their order ("An RSPCA spokesman said …" before "The
charity said tests confirmed …", en-xsum 133 cut into passages). Not where a bullet put before
the head holds the noun itself ("… to Greybull Capital, a UK-based investment firm" before "The
firm said …", en-xsum 28: the firm would read as Greybull), nor where none opens on a name ("In
the most recent case, …" reads on from the head it would replace). A later group's "The firm" is
not read: a bullet before may name the firm without the word ("Recovered Fuels Shipping Limited",
en-xsum 152; the TSA as "The agency", en-cnndm 78). "The service, held to mark …" and "The
decision to …" say what they are; "It" most often stands for no thing ("It is hoped …", "It says
something for …"): neither is read. en-xsum 0–199: 1 brief moves as pasted (146), 2 as the
benches cut it into passages (146, 133); en-cnndm, the Chinese sets and the examples: none. The
steps a council or a group takes ("The call was made at a scrutiny meeting …", en-xsum 179) read
the same way: the council leader's "Dave Stewart said the crossing … would be free" leads instead.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from citebrief.engines.en_antecedent_next import leans_back_en, turned_lean
from citebrief.engines.en_standalone_heads import stands_alone
from citebrief.engines.scored import Scored
from citebrief.text.data_files import data_lines
from citebrief.text.en_chunks import word_classes
from citebrief.text.en_grounding import subject_names

TABLE = "en_referent_nouns.tsv"


@cache
def _nouns() -> frozenset[str]:
    return frozenset(data_lines(TABLE))


def referent_noun(text: str) -> str | None:
    """The noun `text` opens on after "The" where a verb follows it ("The product will offer …" →
    "product"); None otherwise ("The service, held …", "The decision to …", "Microsoft paid …")."""
    words = text.split(maxsplit=3)
    if len(words) < 3 or words[0] != "The" or words[1] not in _nouns():
        return None
    return words[1] if word_classes(words[2]) & {"VERB", "AUX"} else None


def _holds(text: str, noun: str) -> bool:
    return re.search(rf"\b{re.escape(noun)}\b", text, re.IGNORECASE) is not None


def _leads(scored: Scored, i: int) -> bool:
    """Whether sentence `i` may lead the brief: it stands alone and opens on a name."""
    text = scored.trimmed[i]
    alone = stands_alone(text) and not leans_back_en(scored, i) and not turned_lean(scored, i)
    return alone and bool(subject_names(text))


def referent_heads(scored: Scored, groups: Sequence[list[int]]) -> list[list[int]]:
    """`groups` (overview first) with the first group turned to lead with a bullet that names who
    acts where its head opens on an unnamed "The firm" (module doc); unchanged for another
    language."""
    kept = [list(group) for group in groups]
    if scored.lang != "en" or not kept or not kept[0]:
        return kept
    first = kept[0]
    noun = referent_noun(scored.trimmed[first[0]])
    if noun is None:
        return kept
    lead = next((k for k, i in enumerate(first) if k and _leads(scored, i)), None)
    if lead is not None and not any(_holds(scored.trimmed[i], noun) for i in first[lead:]):
        first[:] = first[lead:] + first[:lead]
    return kept
