"""The closers of a Chinese dateline's day (text/data/zh_dateline_closers.tsv, read by
text/zh_dateline_closers.py for text/header.py and engines/bullets.py)."""

from __future__ import annotations

import re

from citebrief.text.data_files import rows_by_kind
from citebrief.text.zh_dateline_closers import CLOSERS, day_closer


def test_the_table_has_both_kinds_and_no_repeats() -> None:
    kinds = rows_by_kind(CLOSERS)
    assert set(kinds) == {"day", "before_byline"}
    assert {"电", "讯"} <= set(kinds["day"]) and "消息" in kinds["before_byline"]
    words = [word for group in kinds.values() for word in group]
    assert len(words) == len(set(words))


def test_xiaoxi_closes_a_day_only_before_a_bracket() -> None:
    closes = re.compile(r"\d{1,2}月\d{1,2}日" + day_closer())
    assert closes.match("8月18日电 正文")
    assert closes.match("5月14日讯（记者 某某）")
    assert closes.match("7月28日消息（见习记者逯文婕）")
    assert not closes.match("7月31日消息，北京连续发生暴雨")  # a source the sentence cites
