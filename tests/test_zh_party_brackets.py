"""A Chinese case bullet that says "当事人" names the case's party in brackets, taken from the case title
before it (engines/zh_party_brackets.py, called from engines/zh_we_speakers.with_speaker): on text
written for these tests and on zh-news 134, a regulator's list of punished advertisers."""

from __future__ import annotations

from tests.helpers import FakeScored, FakeUnit

from citebrief.engines.zh_party_brackets import named_party
from citebrief.ingest import document_from_text
from citebrief.model import Point, VerdictLabel
from citebrief.pipeline import draft
from citebrief.text.data_files import data_lines
from citebrief.verify import SourceIndex, check_point
from conftest import shared_article, shared_groups

_CASES = FakeScored(
    [
        FakeUnit("市场监管局公布了2起违法广告典型案例。", 1),
        FakeUnit("桐柏县甲乙医疗美容门诊部发布违法广告案。", 2),
        FakeUnit("经查，当事人在其微信公众号发布含有“瘦脸针”等内容的广告。", 2),
        FakeUnit("市场监管局依法对当事人作出罚款6万元的行政处罚。", 2),
        FakeUnit("南召县丙丁医疗美容医院有限公司发布违法广告案。", 3),
        FakeUnit("当事人的行为违反了《中华人民共和国广告法》有关规定。", 3),
    ]
)


def _named(i: int, points: list[Point] | None = None) -> tuple[str, int] | None:
    return named_party(_CASES, i, _CASES.units[i].text, points or [])  # type: ignore[arg-type]


def test_the_party_of_the_nearest_case_title_is_named_after_dangshiren() -> None:
    assert _named(2) == ("经查，当事人（桐柏县甲乙医疗美容门诊部）在其微信公众号发布含有“瘦脸针”等内容的广告。", 2)
    assert _named(3) == ("市场监管局依法对当事人（桐柏县甲乙医疗美容门诊部）作出罚款6万元的行政处罚。", 2)
    # the name runs on over endings that follow one another ("……医院" then "有限公司")
    assert _named(5) == ("当事人（南召县丙丁医疗美容医院有限公司）的行为违反了《中华人民共和国广告法》有关规定。", 3)


def test_a_numbered_title_names_its_party_without_its_number() -> None:
    units = [FakeUnit("2、桐柏县永兴商行发布虚假广告案。", 4), FakeUnit("经查，当事人销售超过保质期的食品。", 4)]
    cases = FakeScored(units)
    assert named_party(cases, 1, cases.units[1].text, []) == (  # type: ignore[arg-type]
        "经查，当事人（桐柏县永兴商行）销售超过保质期的食品。",
        4,
    )


def test_a_group_that_names_the_party_leaves_dangshiren_as_written() -> None:
    before = [Point(text="经查，当事人（桐柏县甲乙医疗美容门诊部）在其微信公众号发布广告。", citations=[2])]
    assert _named(3, before) is None


def test_no_case_title_or_a_kind_of_party_names_nobody() -> None:
    court = FakeScored([FakeUnit("法院发布意见。", 1), FakeUnit("在充分保障当事人诉权的基础上，引导调解。", 1)])
    assert named_party(court, 1, court.units[1].text, []) is None  # type: ignore[arg-type]
    untitled = FakeScored([FakeUnit("某地发生一起纠纷。", 1), FakeUnit("当事人的行为违反了有关规定。", 1)])
    assert named_party(untitled, 1, untitled.units[1].text, []) is None  # type: ignore[arg-type]
    # a title whose name ends in no party ending (data/zh_party_endings.tsv) is no one to name
    nameless = FakeScored([FakeUnit("桐柏县王某发布违法广告案。", 1), FakeUnit("当事人的行为违反了有关规定。", 1)])
    assert named_party(nameless, 1, nameless.units[1].text, []) is None  # type: ignore[arg-type]
    # under a case title, a bullet that never says 当事人 is let go before any title is read
    assert named_party(_CASES, 3, "市场监管局依法作出罚款6万元的行政处罚。", []) is None  # type: ignore[arg-type]


def test_the_endings_table_lists_the_longest_company_forms() -> None:
    endings = data_lines("zh_party_endings.tsv")
    assert {"有限公司", "股份有限公司", "门诊部", "医院"} <= set(endings)
    assert len(endings) == len(set(endings))


def test_each_case_of_a_regulators_list_names_its_party() -> None:
    # zh-news 134: three clinics' cases; "当事人" read as one clinic's violation under another's facts
    bullets = [text for group in shared_groups("zh-news.jsonl", 134) for text in group]
    assert any(text.startswith("经查，当事人（芜湖名姝医疗美容医院有限公司）在其微信公众号") for text in bullets)
    assert any(text.startswith("经查，当事人（六安市裕安区菲凡医学美容门诊部有限公司）在自有网站") for text in bullets)


def test_verify_reads_the_party_and_holds_it_to_the_cited_paragraph() -> None:
    # zh-news 134: the bracketed party is stripped before the sentence is matched (text/speaker_label
    # ZH_PARTY_IN_PLACE), so the bullet is quoted; a party no cited paragraph names is no longer carried
    # by the sentence's other words
    document = document_from_text(shared_article("zh-news.jsonl", 134), origin="x", kind="text")
    index = SourceIndex(document)
    parties = [point for group in draft(document).groups for point in group.points if "当事人（" in point.text]
    assert parties
    for point in parties:
        verdict = check_point(point, index)
        assert verdict.label is VerdictLabel.supported and "quoted" in verdict.reason
        name = point.text[point.text.index("（") + 1 : point.text.index("）")]
        made_up = Point(text=point.text.replace(name, "某某虚构有限公司"), citations=point.citations)
        assert check_point(made_up, index).label is not VerdictLabel.supported
