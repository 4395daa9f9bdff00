"""The tags one brief keeps (`tokenize._BRIEF_TAGS`): each caller gets a list of its own, the
table holds only sentence-sized texts, at most a bounded number, and the next brief starts empty."""

from __future__ import annotations

from citebrief.text import tokenize
from citebrief.text.tokenize import new_brief, tag_zh


def test_a_caller_that_changes_its_tags_changes_no_other_callers() -> None:
    new_brief()
    text = "教育部在河南安阳召开新闻发布会。"
    first = tag_zh(text)
    first.clear()
    assert tag_zh(text) == tokenize._rjieba_tag(text)
    assert tag_zh(text)[0][0] == "教育部"


def test_the_table_is_bounded_and_emptied_for_the_next_brief() -> None:
    new_brief()
    for k in range(tokenize._BRIEF_TAGS_MAX + 50):
        tag_zh(f"第{k}号通知已经印发。")
    long_text = "国务院办公厅关于进一步做好稳就业工作的意见。" * 40  # a paragraph, tagged once
    tag_zh(long_text)
    assert len(tokenize._BRIEF_TAGS) == tokenize._BRIEF_TAGS_MAX
    assert long_text not in tokenize._BRIEF_TAGS
    new_brief()
    assert not tokenize._BRIEF_TAGS
