"""A Chinese bullet cut from a quotation that runs over several sentences gets the mark the
article gives that quotation outside the bullet (`citebrief.engines.zh_quote_marks`): no bullet
opens a quotation it never closes or closes one it never opened; verify still reads it quoted."""

from __future__ import annotations

import pytest
from tests.helpers import verdict_on

from citebrief.engines.extractive import draft_extractive
from citebrief.engines.zh_quote_marks import marks_paired, unpaired
from citebrief.model import Group, Point, VerdictLabel
from citebrief.segment import build_document

FIRST = "我们这里过去交通很不方便，村民进城要绕很远的路，农产品常常因为运不出去而烂在地里，许多年轻人也因此外出打工。"
MIDDLE = (
    "现在三座桥全部修好了，大家出门方便多了，镇上的蔬菜和水果每天都能按时送到县城的批发市场，村民的收入比去年明显增加。"
)
LAST = "镇里的干部群众都有信心，用三到五年时间把河口镇建设成为远近闻名的生态旅游小镇。"
PAGE = [
    "河口镇今年新修了三座桥，总投资一千二百万元，全部由镇财政和村集体共同承担。",
    # a quotation longer than a bullet: segment.py leaves it cut at its sentences
    f"镇长王立新说：“{FIRST}{MIDDLE}明年我们还要再修两条公路，把各个村子和县城连起来，让更多的游客来河口镇看看我们的山水和古村落，"
    f"带动乡村旅游发展。{LAST}”",
    "河口镇共有十二个村，人口三万多，以种植蔬菜和水果为主。",
    "镇里还计划建设一座新的农贸市场，方便村民买卖，预计明年年底建成。",
    "会上还为“青年创业示范基地（河口）揭了牌。",
]


def _paired(text: str, page: list[str] = PAGE) -> str:
    document = build_document(page, origin="test", title="河口镇")
    groups = [Group(title="修桥", points=[Point(text=text, citations=[2])])]
    return marks_paired(document, groups)[0].points[0].text


@pytest.mark.parametrize(
    ("text", "paired"),
    [
        ("“" + FIRST, "“" + FIRST + "”"),  # the quotation goes on past the bullet: closed where it stops
        ("王立新：“" + FIRST, "王立新：“" + FIRST + "”"),  # ... after the speaker the brief names
        (LAST + "”", "“" + LAST + "”"),  # opened before the bullet: opened where it starts
        (MIDDLE, "“" + MIDDLE + "”"),  # its middle, neither end marked: both
    ],
)
def test_a_quotation_cut_at_a_bullets_edge_gets_its_other_mark(text: str, paired: str) -> None:
    assert _paired(text) == paired
    assert unpaired(_paired(text)) == (0, 0)


@pytest.mark.parametrize(
    "text",
    [
        "“" + LAST + "”",  # paired already
        "河口镇今年新修了三座桥。",  # no quotation
        "会上还为“青年创业示范基地（河口）揭了牌。",  # the article itself never closes it
        "“村民进城要绕远路",  # words the article does not hold: no edge to read
    ],
)
def test_other_bullets_stay_as_they_are(text: str) -> None:
    assert _paired(text) == text


def test_an_english_brief_is_left_alone() -> None:
    page = ["He said “we will build it. It will take a year.”"]
    assert _paired("“we will build it.", page) == "“we will build it."


def test_a_drafted_brief_pairs_every_quotation() -> None:
    brief = draft_extractive(build_document(PAGE[:-1], origin="test", title="河口镇"))
    quoted = [point.text for point in brief.points() if "我们" in point.text]
    assert quoted and all(unpaired(text) == (0, 0) for text in quoted)


@pytest.mark.parametrize("text", [f"“{FIRST}”", f"“{MIDDLE}”", f"“{LAST}”", f"王立新：“{FIRST}”"])
def test_verify_reads_the_added_marks_as_the_quotations(text: str) -> None:
    label, reason = verdict_on(PAGE, text, [2], "河口镇")
    assert label is VerdictLabel.supported and "quoted" in reason
