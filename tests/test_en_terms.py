"""`tokenize.en_terms` (a bullet's terms, no offsets) and the English word pattern: the same
terms as `en_reading`, and the same words as the two-branch pattern the pattern replaced."""

from __future__ import annotations

import json
import re
from pathlib import Path

from citebrief.text.tokenize import _EN_WORD, en_reading, en_terms

DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
_TWO_BRANCHES = re.compile(r"[A-Za-z][A-Za-z'’-]*[A-Za-z]|[A-Za-z]|\d+(?:[.,]\d+)*%?")
_ODD = "a b' c'' d-e -f g’s 3.5% 1,2,3 x'y z-'q A.B.C 'quoted' end- players' rock'n'roll 7a b7 ’’x 2.0.1,"


def _texts() -> list[str]:
    texts = [_ODD, "", "  ", "no-one's well-known 5%"]
    path = DATA / "en-cnndm.jsonl"
    if path.exists():
        with path.open(encoding="utf-8") as lines:
            texts += [json.loads(line)["article"] for _, line in zip(range(40), lines, strict=False)]
    return texts


def test_pattern_finds_what_the_two_branches_find() -> None:
    for text in _texts():
        found = [(m.start(), m.group()) for m in _EN_WORD.finditer(text)]
        assert found == [(m.start(), m.group()) for m in _TWO_BRANCHES.finditer(text)]


def test_en_terms_are_en_readings_terms() -> None:
    for text in _texts():
        assert en_terms(text) == en_reading(text).terms
    assert en_terms(_ODD) == en_reading(_ODD).terms != []
