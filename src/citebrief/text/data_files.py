"""The shipped word lists and patterns (`text/data/*.tsv`), read in one place.

Each table has its own reader (a module of the rule it serves), but every reader needs the same
two things: where the file lives (the package's `data` folder, through its loader's `get_data`
(`package_text`) so an installed or zipped package finds it too) and which lines are no rows (blank lines and "#"
comments). One place decides both, so a table's comment or a new table reads alike everywhere.
Nothing is read at import: each caller reads its table on first use and caches it (cold start,
issue #14).
"""

from __future__ import annotations

import pkgutil
import re
from collections.abc import Iterable, Iterator
from functools import cache

from citebrief.text.regex_cache import compiled

COMMENT = "#"  # a line opening on it is a note for the table's editor, no row


def package_text(package: str, name: str) -> str:
    """The text of the file `name` ("/" between folders) shipped in `package`, as
    `importlib.resources.files(package).joinpath(name).read_text(encoding="utf-8")` reads it (UTF-8,
    any line end read as "\n"), through the package's loader (`pkgutil.get_data`): importlib.resources
    brings tempfile, zipfile and its readers along, ~7 ms of every cold start (issue #14)."""
    data = pkgutil.get_data(package, name)
    if data is None:  # pragma: no cover - a loader that cannot read files (none citebrief is installed with)
        raise FileNotFoundError(f"{package}: {name}")
    return data.decode("utf-8").replace("\r\n", "\n").replace("\r", "\n")


def data_text(name: str) -> str:
    """The whole text of the shipped table `data/<name>` (for a reader that checks more than its rows)."""
    return package_text("citebrief.text", f"data/{name}")


def numbered_lines(text: str) -> Iterator[tuple[int, str]]:
    """Each row of a table's text with its line number (from 1, for an error to name): every line
    but blank ones and comments, without the white space around it."""
    for number, line in enumerate(text.splitlines(), start=1):
        row = line.strip()
        if row and not row.startswith(COMMENT):
            yield number, row


def table_rows(text: str) -> tuple[str, ...]:
    """The rows of a table's text, in order (see `numbered_lines`): for a table shipped elsewhere
    (the extractor's outlets and boilerplate) read by the same rules."""
    return tuple(row for _, row in numbered_lines(text))


def data_lines(name: str) -> tuple[str, ...]:
    """The rows of the shipped table `data/<name>`, in file order (see `numbered_lines`)."""
    return table_rows(data_text(name))


@cache
def any_row_pattern(name: str) -> re.Pattern[str]:
    """One regex matching any row of the shipped table `data/<name>`, each row a regular expression:
    the cue tables read as one alternation share this reader. Compiled through the kept programs
    (`regex_cache`): `re` builds the Han classes of these long alternations in Python, ~12 ms of
    CPU of every cold Chinese brief (issue #14)."""
    return compiled("|".join(data_lines(name)))


def rows_by_kind(name: str) -> dict[str, tuple[str, ...]]:
    """The rows of the shipped two-column table `data/<name>` ("kind<TAB>word") by kind, each kind's
    words in file order: the tables whose rows are words of a few kinds share one reader."""
    kinds: dict[str, list[str]] = {}
    for row in data_lines(name):
        kind, word = row.split("\t")
        kinds.setdefault(kind, []).append(word)
    return {kind: tuple(words) for kind, words in kinds.items()}


def word_alternation(words: Iterable[str]) -> str:
    """`words` as one regex alternation, each escaped, longest first so a longer word wins where
    two share a start ("In other news" before "In"): how a table of literal words becomes a pattern."""
    return "|".join(re.escape(word) for word in sorted(words, key=len, reverse=True))


def table_alternation(name: str) -> str:
    """The rows of the shipped table `data/<name>` as one regex alternation (`word_alternation`)."""
    return word_alternation(data_lines(name))
