"""A short "He died later in hospital." right after a bullet's sentence in its paragraph is said at
that bullet's end (engines/en_fate_joins.py, data/en_fate_verbs.tsv): a blind reader of en-xsum 182
read of a shooting and missed that the man died, a sentence the brief never said."""

from __future__ import annotations

from citebrief.engines.en_fate_joins import VERBS, tells_fate
from citebrief.engines.extractive import draft_extractive
from citebrief.ingest import document_from_text
from citebrief.text.data_files import data_lines

_ARTICLE = """A shopkeeper, 52, from Eastfield, had been stabbed twice in the chest by a masked man outside his \
store in Northbridge on Friday. He died later in hospital.

Detectives said the attacker ran off towards the railway station carrying a large black sports bag.

Police have arrested two men aged 24 and 31 on suspicion of murder and are questioning them at a city station.

Officers appealed for anyone who saw a man running near the station on Friday evening to come forward quickly.

The market traders' association said it would hold a vigil for the shopkeeper at the market on Sunday afternoon.
"""


def test_a_fate_sentence_joins_the_bullet_above_it() -> None:
    document = document_from_text(_ARTICLE, origin="t", kind="text")
    said = [point.text for group in draft_extractive(document).groups for point in group.points]
    assert any("outside his store in Northbridge on Friday. He died later in hospital" in text for text in said), said
    assert not any(text.startswith("He died") for text in said), said


def test_a_fate_sentence_is_short_and_opens_on_he_or_she() -> None:
    assert tells_fate("He died later in hospital.")
    assert tells_fate("She was pronounced dead at the scene.")
    assert not tells_fate("He said the attack was cowardly.")
    assert not tells_fate("They died later in hospital.")
    assert not tells_fate("He died in 1990 after a long illness that left him unable to work.")  # tells more
    words = data_lines(VERBS)
    assert words
    for word in words:  # each row tells what became of him
        assert tells_fate(f"He {word} at the scene."), word
