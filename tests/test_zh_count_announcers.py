"""A Chinese news bullet that only announces a count of items ("会议部署六方面任务，……") gives way to
the first item after it (`engines/zh_count_announcers.py`)."""

from __future__ import annotations

import pytest

from citebrief.engines.zh_count_announcers import announces_count
from conftest import shared_groups


@pytest.mark.parametrize(
    "text",
    ["会议部署六方面任务，扎实推动发展改革工作取得新成效。", "会议提出3项重点措施。"],
)
def test_announces_count(text: str) -> None:
    assert announces_count(text)


@pytest.mark.parametrize(
    "text",
    [
        "会议提出了加大宏观政策调控力度、促消费扩投资、支持实体经济发展、深化改革开放等六方面任务。",  # names them
        "山西省公安厅将优化法治化营商环境列为2023年公安工作六项重点任务之一。",  # one of them
        "下一步，国家文物局将从以下几个方面继续加大工作力度：一是扩大服务供给。",  # gives the first
        "国家发展改革委昨天（7月30日）举行上半年发展改革形势通报会。",  # no count
    ],
)
def test_not_announcer(text: str) -> None:
    assert not announces_count(text)


def test_six_tasks_give_the_first() -> None:
    """zh-news 186: "会议部署六方面任务，……" gave none of the six; task 1 (加大宏观政策调控力度), which no
    bullet said, now stands in its place."""
    bullets = [b for group in shared_groups("zh-news.jsonl", 186) for b in group]
    assert not any(b.startswith("会议部署六方面任务") for b in bullets)
    assert any(b.startswith("加大宏观政策调控力度") for b in bullets)
