"""A Chinese clause that opens a list after a colon, whose parts the "；"-clauses after it go on.

"专用号牌为白底黑字，配以红色汉字“应急”，其中：汽车号牌字符共8位，……；摩托车号牌字符共7位，……。"
(zh-policy 32) is one claim in two parts: the splitter cuts it at the "；", and a bullet that keeps
the car half reads as the whole rule, the motorcycle half dropped (issue #9). A lead-in word before
the colon (`data/zh_list_lead_ins.tsv`: "其中：", "包括：", "分别为：", "办理意见：") says the clauses
up to the "。" are the rest of its parts: `lead_points.whole_sentences` reads the run as one
sentence where it fits one bullet, and keeps the splitter's clauses where it does not. A part that
opens on a number ("其中：1、……；2、……") is an item of a numbered list, each read whole on its own.
"""

from __future__ import annotations

import re
from functools import cache

from citebrief.text.data_files import table_alternation

LEAD_INS = "zh_list_lead_ins.tsv"  # in citebrief.text.data
_NUMBERED = r"[\d（(①-⑩一二三四五六七八九十]+[、.．）)]"  # "1、", "（一）", "①": an item of a numbered list


@cache
def _lead_in_with_part() -> re.Pattern[str]:
    """A lead-in word, its colon and the first part after it (not a numbered item), up to a "；"."""
    return re.compile(f"(?:{table_alternation(LEAD_INS)})[：:](?!{_NUMBERED})[^。；;：:]{{2,}}[；;]$")


def opens_colon_list(clause: str) -> bool:
    """Whether `clause` says a colon's lead-in and its first part and stops on "；": the
    "；"-clauses after it are the lead-in's other parts."""
    return ("：" in clause or ":" in clause) and _lead_in_with_part().search(clause.strip()) is not None
