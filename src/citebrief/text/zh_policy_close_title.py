"""A Chinese policy's closing group titled by the name the document gives its carrying out,
where the group's own paragraphs give none.

A notice's closing lines ("各有关部门……于2018年12月31日前报送国务院办公厅", "从2019年起……
研究提出拟予督查激励的地方名单，报送国务院办公厅", "……停止执行") stand under no heading and
name the work no way of their own, so the group kept one line's phrase ("地方名单"), and readers
marked it down as a fragment. The document itself names that work elsewhere: its lead ("现将
……及组织实施等事项通知如下") or the paragraph before ("要认真组织实施督查激励措施"). That name
("组织实施") says what the lines are, and the reader finds it in the document.
`carry_out_title` decides which groups are such lines; this only widens where its name is read.
"""

from __future__ import annotations

from citebrief.text.zh_policy_carry_out import carry_out_title


def closing_title(title: str, bullets: list[str], texts: list[str], every_text: list[str], used: set[str]) -> str:
    """`carry_out_title` read in the group's paragraphs (`texts`), else in the whole document
    (`every_text`); `title` where neither names the work."""
    named = carry_out_title(title, bullets, texts, used)
    return named if named != title else carry_out_title(title, bullets, every_text, used)
