"""Checks shared by the tests of the two tables of verbs of saying (text/data/speech_verbs.tsv and
speech_verbs_en.tsv): each use reads the list its module kept before the table, each verb is one
row, a table pattern finds what the literal one found, a malformed table is an error naming its
line. Each test module states its table once (`SpeechTable`) and calls these with it."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any, NamedTuple, Protocol

import pytest

from citebrief.ingest import document_from_text
from conftest import load_records


class _Row(Protocol):
    @property
    def verb(self) -> str: ...

    @property
    def uses(self) -> frozenset[Any]: ...


class SpeechTable(NamedTuple):
    """One table as its test module sees it: the uses, the readers, the lists kept before it."""

    uses: tuple[str, ...]
    rows: Callable[[], Sequence[_Row]]
    verbs: Callable[[Any], tuple[str, ...]]
    parse: Callable[[str], Sequence[_Row]]
    before: Mapping[str, str]  # use → its module's old list, "said|says|…"


def check_use_reads_its_list(table: SpeechTable, use: str) -> None:
    """The table's verbs of `use` are the list its module kept, each once."""
    listed = table.before[use].split("|")
    assert len(set(listed)) == len(listed)
    assert set(table.verbs(use)) == set(listed)
    assert len(table.verbs(use)) == len(listed)


def check_each_verb_once(table: SpeechTable) -> None:
    """Each verb is one row serving some use, and every verb of every old list is a row."""
    rows = table.rows()
    assert len({row.verb for row in rows}) == len(rows)
    assert all(row.uses for row in rows)
    assert {row.verb for row in rows} == {verb for use in table.uses for verb in table.before[use].split("|")}


def check_same_matches(
    old: Mapping[str, re.Pattern[str]], new: Mapping[str, Any], texts: Iterable[str], *, every_match: bool = False
) -> None:
    """Each new pattern (built from a table) matches where the old (literal) one did, with the
    same spans and groups, by `match`, `search` and `fullmatch` (and `finditer` with `every_match`)."""
    texts = list(texts)
    for name, before_pattern in old.items():
        after_pattern = new[name]
        for text in texts:
            for method in ("match", "search", "fullmatch"):
                before, after = getattr(before_pattern, method)(text), getattr(after_pattern, method)(text)
                assert (before and before.span(), before and before.groups()) == (
                    after and after.span(),
                    after and after.groups(),
                ), (name, method, text)
            if every_match:
                spans = [m.span() for m in before_pattern.finditer(text)]
                assert spans == [m.span() for m in after_pattern.finditer(text)], (name, text)


def check_malformed(table: SpeechTable, text: str, message: str) -> None:
    """A malformed table is an error that says what is wrong and on which line."""
    with pytest.raises(ValueError, match=message) as error:
        table.parse(text)
    assert "line " in str(error.value)


def article_texts(sets: Sequence[str], count: int, piece: Callable[[str], str]) -> list[str]:
    """Each paragraph and sentence of the first `count` articles of `sets` (files in shared data),
    and a `piece` of each: the real texts a table pattern is held to its literal one on."""
    found: list[str] = []
    for name in sets:
        for record in load_records(name)[:count]:
            document = document_from_text(record["article"], origin="test", kind="text")
            for paragraph in document.segments:
                for text in (paragraph.text, *(s.text for s in paragraph.sentences)):
                    found += [text, piece(text)]
    return found
