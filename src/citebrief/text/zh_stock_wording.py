"""Chinese official stock wording ("负责同志", "担任", "有关", "成员单位"; `data/zh_stock_wording.tsv`)
left out of a text before it is checked for repeating another. Such wording says no point of its
own, and a short official sentence can be half of it: counted in, zh-policy 30's whole list
"联席会议设召集人1人，……；设副召集人2人，……担任；其他成员单位有关负责同志为联席会议成员（名单附后）。"
read as a repeat of "联席会议设联络员，由各成员单位有关司局负责同志担任。" (14 of the short one's 23
character pairs shared, 8 of them this wording's), and its group kept the fragment "设副召集人2人，
……担任" (engines/zh_item_lists.py).
"""

from __future__ import annotations

import re
from functools import cache

from citebrief.text.data_files import data_lines, word_alternation


@cache
def _stock() -> re.Pattern[str]:
    return re.compile(word_alternation(data_lines("zh_stock_wording.tsv")))


def without_stock(text: str) -> str:
    """`text` with its stock wording left out ("由各成员单位有关司局负责同志担任。" → "由各司局。")."""
    return _stock().sub("", text)
