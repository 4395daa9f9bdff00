"""The tables of a writer's opening hooks, one per language (`data/en_hooks.tsv`,
`data/zh_hooks.tsv`): each row a hook's name, its regex and an example sentence it finds. Read here
once for `en_hooks` and `zh_hooks`, which judge a sentence each in their own language's way."""

from __future__ import annotations

import re
from functools import cache
from typing import NamedTuple

from citebrief.text.data_files import data_lines
from citebrief.text.regex_cache import compiled


class HookRow(NamedTuple):
    """One row of a hooks table: the hook's name, its regex, and an example sentence it finds."""

    name: str
    regex: str
    example: str


@cache
def table_rows(table: str) -> tuple[HookRow, ...]:
    """The rows of `table` (a file of `citebrief.text.data`), past its header line."""
    rows = (HookRow(*line.split("\t")) for line in data_lines(table))
    return tuple(row for row in rows if row.name != "name")


@cache
def table_pattern(table: str) -> re.Pattern[str]:
    """Any of `table`'s hooks, one regex."""
    return compiled("|".join(f"(?:{row.regex})" for row in table_rows(table)))
