"""A two-part title's other part less its scope word (`zh_scope_front.past_scope`, read by
`zh_run_titles.paired_title`): "防汛工作调度会、中央救灾救助资金" over the province's dispatch meeting
and the relief funds (zh-news 159), where "全省防汛工作调度会" left no room for both."""

from __future__ import annotations

import pytest

from citebrief.engines.zh_run_titles import paired_title
from citebrief.text.zh_scope_front import SCOPE_WORDS, past_scope
from conftest import shared_group_titles

MEETING = "8月5日，该省召开全省防汛工作调度会，对行洪滞洪、转移安置和次生灾害防范工作进一步安排部署。"
FUNDS = "该省减灾委办公室争取中央救灾救助资金6000万元，下拨8个市的35个县。"
LEAD = "截至8月6日8时，某省多个县遭受洪涝灾害。"


@pytest.mark.parametrize("scope", sorted(SCOPE_WORDS))
def test_each_scope_word_goes(scope: str) -> None:
    assert past_scope(f"{scope}防汛工作调度会") == "防汛工作调度会"


def test_a_name_or_a_short_phrase_keeps_its_front() -> None:
    assert past_scope("全国人大常委会") == "全国人大常委会"  # 全国 opens names: no scope word here
    assert past_scope("全省人口") == "全省人口"  # one word would be left: a keyword, no part
    assert past_scope("防汛工作调度会") == "防汛工作调度会"


def test_the_meeting_joins_the_funds_less_its_scope() -> None:
    bullets = [MEETING, FUNDS]
    assert paired_title("中央救灾救助资金", bullets, bullets, [LEAD, *bullets], set()) == (
        "防汛工作调度会、中央救灾救助资金"
    )


def test_the_shared_article_pairs_both_bullets() -> None:
    assert "防汛工作调度会、中央救灾救助资金" in shared_group_titles("zh-news.jsonl", 159)
