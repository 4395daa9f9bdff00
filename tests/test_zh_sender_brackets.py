"""A Chinese reply letter's first printed bullet whose 我们 is the letter's own names the body that signs
it in brackets (engines/zh_sender_brackets.py, called from engines/cited_groups): on text written for
these tests and on zh-policy 27 and 16, State Council office replies to a deputy ("邓明义代表：")
signed "国务院办公厅"."""

from __future__ import annotations

import pytest
from tests.helpers import FakeScored, FakeUnit

from citebrief.engines.zh_sender_brackets import letter_signer, senders_named
from citebrief.ingest import document_from_text
from citebrief.model import Point, VerdictLabel
from citebrief.pipeline import draft
from citebrief.text.data_files import data_lines
from citebrief.verify import SourceIndex, check_point
from conftest import shared_article, shared_groups

_OPENING = [
    FakeUnit("国办函〔2006〕1号", 1),
    FakeUnit("王某某代表：", 2),
    FakeUnit("您提出的关于改进网站的建议收悉，现答复如下：", 3),
    FakeUnit("目前，我们正在研究改进有关栏目。", 4),
    FakeUnit("我们将根据您的建议，认真研究。", 5),
]
_SIGNED = [
    FakeUnit("感谢您对政府工作的关心和支持。", 6),
    FakeUnit("某某部办公厅", 7),
    FakeUnit("二〇〇六年九月七日", 8),
]


def _named(units: list[FakeUnit], *groups: list[str]) -> list[list[str]]:
    points = [[Point(text=text, citations=[4]) for text in group] for group in groups]
    senders_named(FakeScored(units), points)  # type: ignore[arg-type]
    return [[point.text for point in group] for group in points]


def test_the_first_printed_we_names_the_body_that_signs_the_reply() -> None:
    lead, later = "我们将根据您的建议，认真研究。", "目前，我们正在研究改进有关栏目。"
    # the overview is printed first, though the article says the other 我们 before it: the reader meets it first
    assert _named([*_OPENING, *_SIGNED], [lead], [later, "我们还将加强指导。"]) == [
        ["我们（某某部办公厅）将根据您的建议，认真研究。"],
        [later, "我们还将加强指导。"],
    ]
    points = [[Point(text=lead, citations=[5])]]
    senders_named(FakeScored([*_OPENING, *_SIGNED]), points)  # type: ignore[arg-type]
    assert points[0][0].citations == [5, 7]  # cited to the signature's line
    assert letter_signer(FakeScored([*_OPENING, *_SIGNED, FakeUnit("（本文有删减）", 9)])) == ("某某部办公厅", 7)  # type: ignore[arg-type]


def test_a_quoted_or_labelled_we_is_someone_elses() -> None:
    quoted, labelled = "他说：“我们将认真研究。”", "王某某：我们将认真研究。"
    assert _named([*_OPENING, *_SIGNED], [quoted, labelled, "我们将加强指导。"]) == [
        [quoted, labelled, "我们（某某部办公厅）将加强指导。"]
    ]
    # a bullet that names the signer already is left as written, and so are those after it
    named = "某某部办公厅表示，我们将认真研究。"
    assert _named([*_OPENING, *_SIGNED], [named, "我们将加强指导。"]) == [[named, "我们将加强指导。"]]


def test_no_sure_sender_brackets_nothing() -> None:
    lead = "我们将根据您的建议，认真研究。"
    # no date under the name, two bodies signing together, or a letter to many: no one sure
    assert _named([*_OPENING, *_SIGNED[:2]], [lead]) == [[lead]]
    joint = [_SIGNED[0], FakeUnit("某某部办公厅 某某委办公厅", 7), _SIGNED[2]]
    assert _named([*_OPENING, *joint], [lead]) == [[lead]]
    many = [FakeUnit("各省、自治区、直辖市人民政府：", 1), FakeUnit("我们将认真研究。", 2), *_SIGNED]
    assert _named(many, ["我们将认真研究。"]) == [["我们将认真研究。"]]
    # a closing line that is a sentence, not a body's name, signs nothing
    unsigned = [_SIGNED[0], FakeUnit("有关部门正在研究", 7), _SIGNED[2]]
    assert _named([*_OPENING, *unsigned], [lead]) == [[lead]]


@pytest.mark.parametrize("head", data_lines("zh_signer_heads.tsv"))
def test_a_body_ending_on_each_signer_head_signs_the_letter(head: str) -> None:
    # "某某省某某" + the head, a line of its own above the date: the body that replies
    name = f"某某省某某{head}"
    signed = [_SIGNED[0], FakeUnit(name, 7), _SIGNED[2]]
    assert letter_signer(FakeScored([*_OPENING, *signed])) == (name, 7)  # type: ignore[arg-type]


def test_a_closing_line_on_no_signer_head_signs_nothing() -> None:
    # a person's name or a company's, above the date, is no body the table knows
    for line in ("王某某", "某某有限公司"):
        signed = [_SIGNED[0], FakeUnit(line, 7), _SIGNED[2]]
        assert letter_signer(FakeScored([*_OPENING, *signed])) is None  # type: ignore[arg-type]


def test_reply_letters_say_who_replies_once() -> None:
    # zh-policy 27: "我们将根据您（邓明义代表）的建议……" read by a blind reader as a quote of no one; 16 the same
    for line, opening in ((27, "我们（国务院办公厅）将根据您（邓明义代表）的建议，"), (16, "对于您（石英代表）提出的")):
        bullets = [text for group in shared_groups("zh-policy.jsonl", line) for text in group]
        assert sum("我们（国务院办公厅）" in text for text in bullets) == 1
        assert "我们（国务院办公厅）" in next(text for text in bullets if text.startswith(opening))


def test_verify_reads_the_signer_and_holds_it_to_the_cited_paragraph() -> None:
    # both brackets are read off before the sentence is matched, so the bullet is quoted; a signer
    # no cited paragraph names is a doubt
    document = document_from_text(shared_article("zh-policy.jsonl", 27), origin="x", kind="text")
    index = SourceIndex(document)
    named = [point for group in draft(document).groups for point in group.points if "我们（" in point.text]
    assert len(named) == 1
    verdict = check_point(named[0], index)
    assert verdict.label is VerdictLabel.supported and "quoted" in verdict.reason
    made_up = Point(text=named[0].text.replace("（国务院办公厅）", "（某某部办公厅）"), citations=named[0].citations)
    assert check_point(made_up, index).label is not VerdictLabel.supported
    uncited = Point(text=named[0].text, citations=[c for c in named[0].citations if c != max(named[0].citations)])
    assert check_point(uncited, index).label is not VerdictLabel.supported
