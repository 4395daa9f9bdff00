"""A notice of what an earlier exercise found opens on that exercise ("为……，国务院部署开展了第X次大
督查。") and on praise of how the year went ("……，实现了经济社会持续健康发展。"): the occasion and
the setting, true, but not what the notice does. Both weigh as background (`lines.tsv`, background
`launched-zh` and `healthy-zh`), so a praising notice's overview says what it praises and why and
what it asks of the others, not that an inspection took place."""

from __future__ import annotations

from citebrief.engines.extractive import draft_extractive
from citebrief.ingest import document_from_text
from citebrief.text.patterns import is_background
from conftest import shared_article


def test_the_exercise_behind_a_notice_is_background() -> None:
    assert is_background("为进一步推动节能政策落到实处，省政府部署开展了第二轮专项检查。")
    assert is_background("为摸清全市供水设施底数，市水务局组织开展了专项普查。")


def test_praise_of_healthy_development_is_background() -> None:
    assert is_background("过去一年，全省上下真抓实干，实现了经济社会持续健康发展。")
    assert is_background("各市县攻坚克难，实现了全市经济平稳健康发展。")


def test_an_exercise_still_to_run_or_its_finding_is_not() -> None:
    assert not is_background("省政府决定于今年6月部署开展第二轮专项检查。")
    assert not is_background("各地要组织开展专项检查，9月底前报送检查结果。")
    assert not is_background("今年，省政府部署开展了专项检查，共发现问题42个。")
    assert not is_background("全市实现了经济社会持续健康发展，地区生产总值增长6.5%。")


def test_the_praising_notice_overview_says_what_it_praises() -> None:
    """zh-policy record 2: the overview was "……国务院部署开展了第五次大督查。" first; now the
    practices the inspection found, the 130 it praises and the call to learn from them."""
    document = document_from_text(shared_article("zh-policy.jsonl", 2), origin="policy-2", kind="text")
    overview = [p.text for p in draft_extractive(document).groups[0].points]
    assert not any("部署开展了" in p for p in overview)
    assert any("予以通报表扬" in p for p in overview)
