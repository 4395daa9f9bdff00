"""A Chinese overview whose lead reports a reunion after years apart takes the clause that
tells it (`zh_overview_reunion.lead_reunion`)."""

from __future__ import annotations

from citebrief.text.data_files import data_lines
from citebrief.text.zh_overview_reunion import lead_reunion


def test_reunion_clause_drops_date_and_adverb() -> None:
    used = {"派出所民警"}
    opening = ["在南山县派出所大厅，失散了30年的母女俩5日紧紧相拥。"]
    assert lead_reunion("派出所民警", opening, used) == "失散了30年的母女俩相拥"
    assert used == {"失散了30年的母女俩相拥"}


def test_long_clause_drops_years_apart_and_role_before_the_name() -> None:
    opening = ["“我们等了这一天。”", "近日，在东湖镇派出所，村民李明(化名)与离散50年的哥哥李强(化名)相拥而泣。"]
    assert lead_reunion("一家人", opening, set()) == "李明与哥哥李强相拥而泣"


def test_stays_without_a_reunion_after_years_apart() -> None:
    assert lead_reunion("游客", ["春节期间，游客与家人团聚。"], set()) == "游客"  # no years apart
    assert lead_reunion("一家人", ["分离了20年的兄弟俩至今未能团聚。"], set()) == "一家人"  # negated
    assert lead_reunion("一家人", ["分离了20年的兄弟俩相拥在车站。"], set()) == "一家人"  # the clause goes on
    assert lead_reunion("相拥", ["分离了20年的兄弟俩相拥。"], set()) == "相拥"  # already the act


def test_table_rows_are_bare_acts() -> None:
    rows = data_lines("zh_reunion_acts.tsv")
    assert rows and all(row and "\t" not in row and " " not in row for row in rows)
