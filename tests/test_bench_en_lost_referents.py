"""bench/en_lost_referents.py: a dumped brief's bullets whose opening pronoun or connective has no
one before it in its group (nor, for a person, in the group's title)."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
import en_lost_referents as bench

BRIEF = """Group 1: Uber
- Uber has poached Facebook's security chief Joe Sullivan [1]
- It came days after a driver was charged in Boston [2]
Group 2: Experience
- The firm's first security chief, he brings with him an extensive portfolio [5]
- the cases included child protection [6]
- He has headed up the security departments at eBay [6]
Group 3: Sullivan's Hire
- He was hired on Thursday [7]
"""


def test_lost_bullets_are_counted() -> None:
    hits = bench.brief_hits("en-cnndm", 176, BRIEF)
    assert [(h.bullet[:20], h.kind) for h in hits] == [
        ("The firm's first sec", "person"),  # heads its group: no one before it
        ("He has headed up the", "person"),  # the bullet before names no one
    ]


def test_opening_kinds() -> None:
    assert bench.opening_kind("However, that was not all") == "connective"
    assert bench.opening_kind("With that fact in mind, the team went on") == "connective"
    assert bench.opening_kind("This is the moment a man was caught") == "thing"
    assert bench.opening_kind("Uber's driver was arrested") is None
    # s50t: a quotation's he is someone the bullet before must name
    assert bench.opening_kind("'He lacks experience as a jumper,' O'Neill said") == "person"
    assert bench.opening_kind("'It feels amazing,' Del Potro said") is None


def test_a_bullet_before_opening_on_someone_names_him() -> None:
    """s50h: "Green, who was jailed …" before "He was prosecuted …" says who (blind readers read
    it so); an opening clause with a comma is no appositive ("Mrs Smith said if …, she …")."""
    assert not bench.lost("person", "Safety", "Green, who was jailed for 16 months, had admitted it")
    assert not bench.lost("person", "Court", "Carpenter told the court the banner was a tribute")
    assert not bench.lost("person", "Care", "Mrs Fergus said she believed him")
    assert bench.lost("person", "Shark Fin", "Just one kilogram of shark fin can fetch up to £180")
    assert bench.opening_kind("Mrs Smith said if it wasn't for her son, she and her daughter survived") is None
    assert bench.opening_kind("The firm's first security chief, he brings with him a portfolio") == "person"
