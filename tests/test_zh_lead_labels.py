"""A lead-in's bullet goes on with the short labels of the measures its paragraph lists after it."""

from __future__ import annotations

from citebrief.engines.extractive import draft_extractive
from citebrief.engines.zh_lead_labels import _labels
from citebrief.engines.zh_list_shapes import labels_listed
from citebrief.ingest import document_from_text
from citebrief.model import Point, VerdictLabel
from citebrief.verify import SourceIndex, check_point
from citebrief.verify.checks import find_quotation
from citebrief.verify.index import Claim
from conftest import shared_article

TEXTS = [
    "各地区要健全法制，完善机制，促进煤矿安全生产。",
    "一是落实安全生产责任制。",
    "各级地方人民政府要健全和完善安全生产责任制。",
    "二是加大安全投入。",
    "各地区要建立煤矿安全生产投入保障机制。",
    "三是健全规章制度。",
    "各地区要制定配套实施办法。",
]


def test_three_short_labels_right_after_the_lead_in_are_its_run() -> None:
    paragraphs = [1] * len(TEXTS)
    assert _labels(TEXTS, paragraphs, 0) == [1, 3, 5]
    assert _labels(TEXTS, paragraphs, 2) == []  # no "一是" right after it
    assert _labels(TEXTS[:5], paragraphs[:5], 0) == []  # two labels: the details may say them
    assert _labels(TEXTS, [1, 1, 1, 1, 1, 2, 2], 0) == []  # the third in another paragraph
    long_label = "三是健全煤矿安全管理法律法规和规章制度，认真做好煤矿各项安全技术规范、标准的制定修订工作。"
    assert _labels([*TEXTS[:5], long_label, TEXTS[6]], paragraphs, 0) == []  # a claim, no label


def test_the_lead_in_names_all_four_required_measures() -> None:
    text = shared_article("zh-policy.jsonl", 36)  # govcn_5345294: 二、建立煤矿安全生产长效机制。……一是……四是……
    document = document_from_text(text, origin="coal.txt", kind="text")
    points = [p for g in draft_extractive(document).groups for p in g.points]
    lead = [p for p in points if p.text.startswith("各地区、各部门要把加强煤矿安全生产保障机制建设")]
    assert len(lead) == 1
    assert lead[0].text.endswith(
        "促进煤矿安全生产：一是落实安全生产责任制；二是加大安全投入；"
        "三是健全煤矿安全管理法律法规和规章制度；四是进一步搞好煤矿安全评估。"
    )
    assert check_point(lead[0], SourceIndex(document)).label is VerdictLabel.supported


def test_a_short_numbered_label_counts_as_a_quoted_part() -> None:
    document = document_from_text("\n".join(TEXTS[:4]) + "\n" + "".join(TEXTS[4:]), origin="plan.txt")
    index = SourceIndex(document)
    cited = [document.segments[0].n, document.segments[3].n]  # the lead-in's and the label's paragraphs
    said = TEXTS[0] + "二是加大安全投入。"  # 9 characters: a label, not a made-up phrase
    assert find_quotation(Claim(said, index), index, cited) is not None
    made_up = TEXTS[0] + "二是减少投入。"  # the same shape, not in the source
    assert find_quotation(Claim(made_up, index), index, cited) is None
    assert find_quotation(Claim(TEXTS[0] + "加大安全投入。", index), index, cited) is None  # no label: too short


def test_the_labels_are_said_as_one_list_not_a_row_of_headings() -> None:
    labels = [TEXTS[1], TEXTS[3], TEXTS[5]]
    listed = labels_listed(TEXTS[0], labels)
    assert (
        listed
        == "各地区要健全法制，完善机制，促进煤矿安全生产：一是落实安全生产责任制；二是加大安全投入；三是健全规章制度。"
    )
    assert labels_listed("下一步将从以下几个方面加大工作力度：", labels).startswith(
        "下一步将从以下几个方面加大工作力度：一是"
    )
    document = document_from_text("".join(TEXTS), origin="plan.txt")
    index = SourceIndex(document)
    cited = [document.segments[0].n]
    assert check_point(Point(text=listed, citations=cited), index).label is VerdictLabel.supported
    made_up = listed.replace("二是加大安全投入", "二是减少安全投入")
    assert find_quotation(Claim(made_up, index), index, cited) is None
