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
