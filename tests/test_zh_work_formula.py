"""A committee's closing formula ("……不刻制印章，不正式行文，请按照国务院有关文件精神认真组织开展工作。")
is no bullet (lines.tsv: work-formula): a blind reader marked it as boilerplate in zh-policy 17's
overview; a sentence that asks for work of substance stays."""

from __future__ import annotations

import pytest
from tests.conftest import shared_article, shared_groups

from citebrief.text.patterns import skip_reason


@pytest.mark.parametrize(
    "text",
    [
        "协调委员会不刻制印章，不正式行文，请按照国务院有关文件精神认真组织开展工作。",
        "联席会议不刻制印章，不正式行文，请按照国务院有关文件精神，认真组织开展工作。",
    ],
)
def test_the_work_formula_is_no_bullet(text: str) -> None:
    assert skip_reason(text) == "work-formula"


def test_work_of_substance_stays() -> None:
    assert skip_reason("请按照本方案要求，认真组织开展试点城市评估工作，2021年3月底前报送总结报告。") is None


def test_zh_policy_17_overview_has_no_formula() -> None:
    assert "认真组织开展工作" in shared_article("zh-policy.jsonl", 17)
    bullets = [bullet for group in shared_groups("zh-policy.jsonl", 17) for bullet in group]
    assert not any("认真组织开展工作" in bullet for bullet in bullets)
    assert any(bullet.startswith("同意组建") for bullet in bullets)
