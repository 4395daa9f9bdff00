"""The first-character lookahead changes no match of a pattern, only the positions tried."""

from __future__ import annotations

import random
import re

import pytest

from citebrief.text.firstchars import with_first_chars
from citebrief.text.patterns import _of, _specifics

_ALPHABET = "0123456789一二年底前月不低于罚款负责由《》机制免征以上a bAB.,，。：、的了在和\n"


def _matches(pattern: re.Pattern[str], text: str) -> list[tuple[int, int, str | None]]:
    return [(m.start(), m.end(), m.lastgroup) for m in pattern.finditer(text)]


@pytest.mark.parametrize("script", ["zh", "en"])
def test_specifics_find_the_same_matches(script: str) -> None:
    plain = re.compile("|".join(f"(?P<s{i}>{p.regex.pattern})" for i, p in enumerate(_of("specific", script))))
    fast = _specifics(script)
    rng = random.Random(14)
    texts = ["原则上于2019年12月底前完成", "对落实不力的依法追究责任", "由教育部牵头", "建立联审联管机制", ""]
    texts += ["".join(rng.choice(_ALPHABET) for _ in range(rng.randint(0, 60))) for _ in range(3000)]
    # the English table is left as it was (its letters are compared ignoring case)
    assert fast.pattern.startswith("(?=[") == (script == "zh")
    for text in texts:
        assert _matches(fast, text) == _matches(plain, text), text


@pytest.mark.parametrize(
    ("source", "kept"),
    [
        (r"a|b*", True),  # may match nothing: every position may hold a match
        (r".x|y", True),  # any character may open it
        (r"[^a]b|c", True),  # so may a negated class
        (r"(?i:k)x|y", True),  # a cased letter ignoring case (the Kelvin sign matches k)
        (r"\bab|\d+c|(?P<g>[x-z]{2,})|(?:e?f)", False),
    ],
)
def test_lookahead_only_where_the_first_character_is_known(source: str, kept: bool) -> None:
    pattern = re.compile(source)
    fast = with_first_chars(pattern)
    assert (fast is pattern) is kept
    assert with_first_chars(source).pattern == fast.pattern  # given as text: the same, compiled once
    rng = random.Random(1)
    for _ in range(2000):
        text = "".join(rng.choice("abcdefkxyzK1 ") for _ in range(rng.randint(0, 12)))
        assert _matches(fast, text) == _matches(pattern, text), text
