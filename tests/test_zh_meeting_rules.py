"""How often a body meets leads its working rules (engines/zh_meeting_rules.py): on zh-policy 30,
whose "工作规则" group quoted the preparatory meeting and the minutes but not the frequency, and on
zh-policy 17, whose group quoted it already."""

from __future__ import annotations

from citebrief.engines.zh_meeting_rules import FREQUENCY
from conftest import shared_groups


def _group_with(groups: list[list[str]], words: str) -> list[str]:
    return next(group for group in groups if any(words in text for text in group))


def test_the_frequency_leads_the_rules_group() -> None:
    rules = _group_with(shared_groups("zh-policy.jsonl", 30), "以纪要形式")
    assert rules[0].startswith("联席会议原则上每年召开两次会议，也可根据工作需要临时召开专题会议")
    assert len(rules) == 2  # in the place of "在联席会议召开之前，由联席会议办公室召开联络员会议……"
    assert not any(text.startswith("在联席会议召开之前") for text in rules)


def test_a_group_that_quotes_the_frequency_stays() -> None:
    rules = _group_with(shared_groups("zh-policy.jsonl", 17), "会议纪要")
    assert rules[0].startswith("2008年以前，协调委原则上每半年召开一次例会")
    assert sum("召开" in text for text in rules) == 1


def test_the_frequency_pattern() -> None:
    assert FREQUENCY.search("联席会议原则上每年召开两次会议，也可根据工作需要临时召开专题会议。")
    assert FREQUENCY.search("领导小组原则上每季度召开一次全体会议。")
    assert not FREQUENCY.search("原则上每5年修订1次职业院校专业目录，学校依据目录设置专业。")
    assert not FREQUENCY.search("联席会议以纪要形式明确会议议定事项。")
