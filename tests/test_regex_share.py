"""bench/regex_share.py: the share of a warm brief's time spent inside `re`, pattern by pattern."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
from citebrief.text.patterns import _skip_sources
from regex_share import regex_share

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "zh-news-flash.txt"


def test_a_brief_s_patterns_are_timed_each_on_its_own() -> None:
    before = sys.getprofile()
    found = regex_share([EXAMPLE.read_text(encoding="utf-8")])
    assert found.briefs == 1
    assert 0 < found.share < 1  # some of the brief's time, never all of it
    patterns = {pattern for pattern, _ in found.spent}
    assert _skip_sources("zh")[0] in patterns  # the structure table's anchored rows, tried on every sentence
    assert all(found.calls[key] >= 1 for key in found.spent)
    assert sys.getprofile() is before  # the hook is gone once the briefs are done
