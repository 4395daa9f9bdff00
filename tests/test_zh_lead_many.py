"""A lead that says many places of a kind did one thing is about that thing, not the one place
of the kind the article visits (`zh_lead_many.many_did`)."""

from __future__ import annotations

from citebrief.text.zh_lead_many import many_did
from conftest import zh_news_brief

LEAD = "正值暑假，广西柳州市城中区多个社区推出“官方免费带娃”服务，为辖区民众解决孩子暑期“看护难”。"


def test_one_community_of_many_gives_way_to_what_they_run() -> None:
    used = {"前茅社区"}
    assert many_did("前茅社区", LEAD, [LEAD], used) == "“官方免费带娃”服务"
    assert used == {"“官方免费带娃”服务"}
    plain = "今年以来，全市多家医院相继开设夜间门诊服务，方便上班族就医。"
    assert many_did("市第一人民医院", plain, [plain], set()) == "夜间门诊服务"


def test_a_subject_of_another_kind_or_the_kind_itself_stands() -> None:
    assert many_did("看护难", LEAD, [LEAD], set()) == ""
    assert many_did("社区", LEAD, [LEAD], set()) == ""
    assert many_did("前茅社区", "柳州市前茅社区推出暑期托管服务。", [], set()) == ""
    assert many_did("前茅社区", LEAD, [LEAD], {"“官方免费带娃”服务"}) == ""


def test_the_community_brief_is_titled_by_the_service() -> None:
    assert zh_news_brief("_L719").groups[0].title == "核心要点：“官方免费带娃”服务"
