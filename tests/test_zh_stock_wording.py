"""Chinese official stock wording left out of a whole list's repeat check (text/zh_stock_wording.py,
engines/zh_item_lists.py): on zh-policy 30, the 批复 that sets up the vocational-education joint
meeting, and on lines written for these tests."""

from __future__ import annotations

import pytest

from citebrief.engines.bullets import repeats_any
from citebrief.ingest import document_from_text
from citebrief.pipeline import draft
from citebrief.text.data_files import data_lines
from citebrief.text.zh_stock_wording import without_stock
from conftest import shared_article

_ROWS = data_lines("zh_stock_wording.tsv")


@pytest.mark.parametrize("row", _ROWS)
def test_each_row_is_left_out_and_a_pair_sharing_it_no_longer_repeats(row: str) -> None:
    assert without_stock(f"某小组设秘书1人{row}。") == "某小组设秘书1人。"
    # two bullets of one body that share the row, with little besides
    first = f"小组{row}设秘书。"
    second = f"小组{row}设顾问。"
    assert repeats_any(first, [second], "zh")
    assert not repeats_any(without_stock(first), [without_stock(second)], "zh")


def test_the_longest_row_goes_whole() -> None:
    assert without_stock("由各成员单位有关司局负责同志担任。") == "由各司局。"


def test_a_repeat_in_content_words_is_a_repeat_still() -> None:
    said = "由各区县有关部门负责同志担任联络员，按月报送整改进展。"
    again = "联络员按月报送整改进展，由各区县负责同志担任。"
    assert repeats_any(without_stock(said), [without_stock(again)], "zh")


def test_the_leadership_sentence_is_said_whole() -> None:
    # before: "设副召集人2人，由教育部主要负责同志……担任。" cut at "；" with no subject: the whole
    # sentence read as a repeat of "联席会议设联络员，由各成员单位有关司局负责同志担任。" on the
    # wording "成员单位有关……负责同志担任" the two share
    document = document_from_text(shared_article("zh-policy.jsonl", 30), origin="x", kind="text")
    texts = [point.text for point in draft(document).points()]
    whole = [t for t in texts if "设副召集人2人" in t]
    assert len(whole) == 1
    assert whole[0].startswith("联席会议设召集人1人，由国务院分管教育工作的领导同志担任；设副召集人2人")
    assert whole[0].endswith("其他成员单位有关负责同志为联席会议成员（名单附后）。")
    assert "联席会议设联络员，由各成员单位有关司局负责同志担任。" in texts
