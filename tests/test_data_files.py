"""The shipped tables are read in one place (`text.data_files`): blank lines and "#" comments are
no rows, a row keeps its line number for an error, and every table under text/data is read by it."""

from __future__ import annotations

import importlib
import sys
from importlib.resources import files
from pathlib import Path

import pytest

from citebrief.extract.meta import outlets
from citebrief.text.data_files import (
    data_lines,
    data_text,
    numbered_lines,
    package_text,
    rows_by_kind,
    table_alternation,
    table_rows,
    word_alternation,
)


def test_blank_lines_and_comments_are_no_rows() -> None:
    text = "# a note\n\nshooting\n  \n  # an indented note\nflood  \n"
    assert list(numbered_lines(text)) == [(3, "shooting"), (6, "flood")]


def test_a_row_keeps_its_tabs_inside() -> None:
    assert list(numbered_lines("said\tx\t-\n")) == [(1, "said\tx\t-")]


@pytest.mark.parametrize(
    "name", sorted(p.name for p in files("citebrief.text").joinpath("data").iterdir() if p.name.endswith(".tsv"))
)
def test_every_shipped_table_reads_as_its_rows(name: str) -> None:
    rows = data_lines(name)
    assert rows, name
    lines = data_text(name).splitlines()
    assert not any(row.startswith("#") or not row.strip() for row in rows)
    assert len(rows) == sum(1 for line in lines if line.strip() and not line.lstrip().startswith("#"))


def test_a_table_not_shipped_is_an_error() -> None:
    with pytest.raises(FileNotFoundError):
        data_lines("no_such_table.tsv")


def test_the_extractors_tables_read_by_the_same_rules() -> None:
    assert table_rows("# domain\toutlet\n\nxinhuanet.com\t新华网\n") == ("xinhuanet.com\t新华网",)
    assert outlets() and all(domain and name and "#" not in domain for domain, name in outlets())


@pytest.mark.parametrize(
    "name", ["zh_lead_deeds.tsv", "zh_story_names.tsv", "en_outlet_labels.tsv", "zh_finding_openers.tsv"]
)
def test_a_table_of_kinds_reads_each_kinds_words_in_file_order(name: str) -> None:
    kinds = rows_by_kind(name)
    rows = [tuple(row.split("\t")) for row in data_lines(name)]
    assert kinds == {kind: tuple(w for k, w in rows if k == kind) for kind, _ in rows}
    assert all(kinds.values())


def test_a_table_of_words_is_one_alternation_longest_first_escaped() -> None:
    assert word_alternation(["In", "In other news", "U.S."]) == r"In\ other\ news|U\.S\.|In"
    assert word_alternation(["Other", "Others"]) == "Others|Other"  # a longer word first, else in table order
    assert table_alternation("en_aside_openers.tsv") == word_alternation(data_lines("en_aside_openers.tsv"))


_SHIPPED = [
    *(("citebrief.text", f"data/{p.name}") for p in files("citebrief.text").joinpath("data").iterdir() if p.is_file()),
    ("citebrief.extract", "boilerplate.tsv"),
    ("citebrief.extract", "outlets.tsv"),
]


@pytest.mark.parametrize(("package", "name"), _SHIPPED, ids=[name for _, name in _SHIPPED])
def test_a_shipped_file_reads_as_importlib_resources_reads_it(package: str, name: str) -> None:
    """package_text (pkgutil.get_data, no importlib.resources at start-up) gives the very text."""
    assert package_text(package, name) == files(package).joinpath(name).read_text(encoding="utf-8")


def test_any_line_end_reads_as_a_newline_as_text_mode_does(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    package = tmp_path / "cb_line_ends"
    package.mkdir()
    (package / "__init__.py").write_text("", encoding="utf-8")
    (package / "t.tsv").write_bytes("甲\r\n乙\r丙\n\n丁".encode())
    monkeypatch.syspath_prepend(str(tmp_path))
    importlib.invalidate_caches()
    try:
        assert package_text("cb_line_ends", "t.tsv") == "甲\n乙\n丙\n\n丁"
        assert package_text("cb_line_ends", "t.tsv") == files("cb_line_ends").joinpath("t.tsv").read_text("utf-8")
        with pytest.raises(FileNotFoundError):
            package_text("cb_line_ends", "missing.tsv")
    finally:
        sys.modules.pop("cb_line_ends", None)
