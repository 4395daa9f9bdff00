"""The anchored Chinese structure rows a line ending on "。" cannot match (issue 14).

`patterns.is_structure` tries the rows anchored at the start as one alternation on every
sentence a brief reads (~77 a policy brief); the costliest rows open on a run of Han characters
and end on `$` after a character a full stop is not ("……部长$", "……号$", "？$"): on a sentence
ending on "。" they scan and backtrack only to fail at its end. Which rows those are is a data
file (`data/skip_rows_unstopped.tsv`), not read off the rows' parse trees at each start (the
parse cost a cold start ~5 ms); tests/test_stop_rows.py holds each named row to it.
"""

from __future__ import annotations

from functools import cache

from citebrief.text.data_files import data_lines

STOP = "。"


@cache
def unstopped_rows() -> frozenset[str]:
    """The names of the skip rows no match of which ends on `STOP`."""
    return frozenset(data_lines("skip_rows_unstopped.tsv"))
