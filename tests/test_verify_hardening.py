"""What a careful read of verify found (issue 11): figures matched inside other figures, one
paragraph answering for several, document numbers read as days, paraphrases judged by word overlap.
"""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from citebrief.judge import Judgement, JudgeRequest
from citebrief.model import Brief, Document, Group, Point, Verdict
from citebrief.segment import build_document
from citebrief.text.numbers import conflicting, contains_whole, find_quantities
from citebrief.verify import WORDS_ONLY, verify_brief

BRIDGE = [
    "The first phase of the bridge will cost 12 million dollars, the city said on Monday in a statement.",
    "Officials visited the site on Tuesday with the engineers.",
    "Work on the foundations begins in the spring.",
    "The second phase of the bridge will cost 42 million dollars, the city said on Monday in a statement.",
    "Residents were consulted about the route last year.",
    "Traffic will be diverted while the work goes on.",
    "The third phase of the bridge will cost 72 million dollars, the city said on Monday in a statement.",
    "A ceremony is planned for the opening.",
    "Funding comes from municipal bonds and a state grant.",
    "The fourth phase of the bridge will cost 102 million dollars, the city said on Monday in a statement.",
]
ZH_DOCUMENTS = [
    "国务院办公厅印发《关于加强城市基础设施建设的意见》（国办函〔2005〕21号），要求各地加快推进相关工作，确保按期完成建设任务。",
    "根据《城市道路管理条例》（国务院令第142号）的规定，各地要加强道路养护管理，提高道路通行能力和服务水平。",
    "国务院印发《关于进一步优化营商环境的通知》（国发〔2024〕3号），对相关工作作出部署，要求各地区各部门认真贯彻落实。",
]
TRAM = [
    "The city council voted on Tuesday to build a twelve-kilometre tram line linking the airport with the"
    " central station.",
    "Construction is due to start next spring and to last three years, the transport department said.",
]


def verdict(document: Document, text: str, cites: list[int], judge: object = None) -> Verdict:
    point = Point(text=text, citations=cites)
    brief = Brief(document_id=document.id, lang=document.lang, engine="test", groups=[Group(title="g", points=[point])])
    checked = verify_brief(brief, document, judge=judge)  # type: ignore[arg-type]
    support = checked.groups[0].points[0].support
    assert support is not None
    return support


# --- 6. whole quantities, and each cited paragraph --------------------------------------------------


def test_a_figure_is_never_part_of_another() -> None:
    assert contains_whole("cost 112 million dollars", "12 million dollars") == -1
    assert contains_whole("cost 1.12 million", "12 million") == -1
    assert contains_whole("it cost 12 million", "12 million") == 8
    assert contains_whole("第13号和第3号", "3号") == 6
    assert contains_whole("cost 42 million, then 12 million", "12 million") == 22
    twelve = find_quantities("12 million")[0]
    assert [q.text for q in conflicting(twelve, find_quantities("42 million, 2025 and 30%"))] == ["42 million"]
    assert conflicting(twelve, find_quantities("about 12.1 million")) == []  # a rounding, not another figure


def test_a_bullet_citing_several_paragraphs_is_checked_against_each() -> None:
    document = build_document(BRIDGE, origin="bridge.txt", title="Bridge")
    found = verdict(document, "The bridge will cost 12 million dollars, the city said on Monday.", [1, 4, 7, 10])
    assert found.label.value != "supported"
    assert "[4] says 42 million" in found.reason and "[10] says 102 million" in found.reason
    assert found.found_in == [1]
    assert verdict(document, "The bridge will cost 12 million dollars, the city said on Monday.", [1]).label.value == (
        "supported"
    )
    # a second paragraph on something else (no figures in their place) is no contradiction
    both = verdict(document, "The first phase of the bridge will cost 12 million dollars.", [1, 2])
    assert "says" not in both.reason


# --- 7. document numbers ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "key", "answers"),
    [
        ("国办函〔2005〕21号", "id:2005-21", {"id:2005-21", "id:21", "number:2005"}),
        ("国务院令第142号", "id:142", {"id:142"}),
        ("国发〔2024〕3号", "id:2024-3", {"id:2024-3", "id:3", "number:2024"}),
        ("Document No. 21", "id:21", {"id:21"}),
        ("(2005) No. 21", "id:2005-21", {"id:2005-21", "id:21", "number:2005"}),
    ],
)
def test_document_numbers_are_identifiers(text: str, key: str, answers: set[str]) -> None:
    (quantity,) = find_quantities(text)
    assert quantity.kind == "id"
    assert quantity.key == key
    assert quantity.answers() == answers


def test_days_stay_days() -> None:
    assert [q.key for q in find_quantities("5月21号开会")] == ["date:5-21"]


def test_document_numbers_in_bullets() -> None:
    document = build_document(ZH_DOCUMENTS, origin="docs.txt", title="文件")
    english = verdict(document, "The General Office issued an opinion on urban infrastructure (Document No. 21).", [1])
    assert "not in" not in english.reason and "No. 21 found in [1]" in english.reason
    decree = verdict(document, "The regulation (State Council Decree No. 142) requires road maintenance.", [2])
    assert "No. 142 found in [2]" in decree.reason
    assert verdict(document, "The opinion (No. 20) asks for faster work.", [1]).label.value == "unsupported"
    right = verdict(document, "国务院办公厅印发意见（国办函〔2005〕21号），要求各地加快推进相关工作。", [1])
    assert right.label.value == "supported"
    wrong = verdict(document, "国务院办公厅印发意见（国办函〔2005〕22号），要求各地加快推进相关工作。", [1])
    assert wrong.label.value == "unsupported"
    assert "〔2005〕22号 is not in [1]" in wrong.reason


# --- 8. paraphrases go to the judge ----------------------------------------------------------------


class RecordingJudge:
    def __init__(self) -> None:
        self.asked: list[str] = []

    def __call__(self, requests: Sequence[JudgeRequest], /) -> Sequence[Judgement]:
        self.asked += [request.claim for request in requests]
        return [Judgement(answer="yes", reason="the paragraph says so") for _ in requests]


def test_a_paraphrase_goes_to_the_judge_and_a_quote_does_not() -> None:
    document = build_document(TRAM, origin="tram.txt", title="Tram")
    paraphrase = "Councillors approved a new tram connecting the airport to the main station."
    quote = "Construction is due to start next spring and to last three years"
    alone = verdict(document, paraphrase, [1])
    assert alone.label.value != "supported"  # word overlap cannot see a paraphrase...
    assert WORDS_ONLY in alone.reason  # ...and the verdict says that is all it checked
    judge = RecordingJudge()
    point = Point(text=paraphrase, citations=[1])
    quoted = Point(text=quote, citations=[2])
    brief = Brief(document_id=document.id, lang="en", engine="test", groups=[Group(title="g", points=[point, quoted])])
    checked = verify_brief(brief, document, judge=judge).groups[0].points
    assert judge.asked == [paraphrase]
    assert checked[0].support is not None and checked[0].support.label.value == "supported"
    assert checked[0].support.check == "judge"
    assert checked[1].support is not None and checked[1].support.reason.startswith("quoted from")
