"""bench/en_pronoun_antecedents.py: a brief's bullets opening on a pronoun whose sentence before in
the article is not the bullet before them."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
import en_pronoun_antecedents as bench

ARTICLE = (
    "Mrs Creag said the taunts began at school. 'The Dundee cream is so important.' "
    "She spoke of her joy at the news. Eventually he was referred to hospital. "
    "He now wears a hat outside. It is a rare condition."
)
BRIEF = """Group 1: Rare Condition
- Eventually he was referred to hospital [1]
- He now wears a hat outside [1]
- She spoke of her joy at the news [1]
Group 2: Condition
- It is a rare condition [2]
"""


def test_pronouns_away_from_their_sentence_before_are_counted() -> None:
    hits = bench.brief_hits(ARTICLE, BRIEF)
    assert [(h.bullet[:12], h.place) for h in hits] == [
        ("She spoke of", "middle"),  # its sentence before is the quotation, not the bullet before
        # "He now wears …" right after its sentence before counts not
        ("It is a rare", "head"),  # a group's head: its sentence before ends the group above
    ]
    assert hits[0].source_before == "'The Dundee cream is so important.'"
