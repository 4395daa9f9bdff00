"""A short policy letter, all overview, says the "；"-clause its overview passed over beside the clause it
kept, where that clause is all the letter has left unsaid (engines/zh_letter_clauses.py): two clauses
ending alike ("……经费由某省人民政府承担；……经费由某省人民政府承担，……") were read as one point, and the
letter lost who pays for the preparation (issue #9, zh-policy 14)."""

from __future__ import annotations

from citebrief.engines.extractive import draft_extractive
from citebrief.ingest import document_from_text
from citebrief.verify import SourceIndex, check_point

_LETTER = """国务院办公厅关于同意以滨江市名义举办2022年第三届全国青年运动会的复函

国办函〔2020〕9号

某省人民政府，体育总局：

你们《关于以滨江市名义举办全国青年运动会的请示》收悉。经国务院同意，现函复如下：

同意以滨江市名义举办2022年第三届全国青年运动会。{costs}请有关方面抓紧做好筹备工作。

国务院办公厅

二〇二〇年三月五日"""
_PREPARATION = "运动会筹备全部经费由某省人民政府承担"
_MATCHES = "运动会比赛的主要经费由某省人民政府承担，中央财政将视情况对裁判员的食宿费给予适当补助。"


def _said(costs: str) -> tuple[list[str], list[bool]]:
    document = document_from_text(_LETTER.format(costs=costs), origin="letter", kind="text")
    points = [point for group in draft_extractive(document).groups for point in group.points]
    index = SourceIndex(document)
    return [point.text for point in points], [check_point(point, index).label == "supported" for point in points]


def test_a_letters_clause_passed_over_is_said_beside_its_neighbour() -> None:
    said, supported = _said(f"{_PREPARATION}；{_MATCHES}")
    assert f"{_PREPARATION}。" in said, said
    assert said.index(f"{_PREPARATION}。") + 1 == said.index(_MATCHES), said  # in the sentence's order
    assert all(supported), said


def test_a_whole_sentence_passed_over_is_left_as_it_was() -> None:
    # no "；": two sentences of their own, which the rule does not join or bring back
    said, _ = _said(f"{_PREPARATION}。{_MATCHES}")
    assert f"{_PREPARATION}。" not in said, said
