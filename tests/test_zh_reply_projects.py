"""A reply's answer that says only "该项目" opens on the question its section asks
(`citebrief.engines.zh_reply_projects`), citing the paragraph that asks it; verify reads the two
parts joined at "，" back (verify/checks.py `_joined_lines`): supported."""

from __future__ import annotations

import pytest
from tests.conftest import shared_article, shared_groups
from tests.helpers import verdict_on

from citebrief.engines.zh_reply_projects import names_project_back, questions_named
from citebrief.model import Brief, Group, Point, VerdictLabel
from citebrief.segment import build_document

PAGE = [
    "一、关于东山隧道建设问题。你省请求，中央对东山隧道建设予以支持。",
    "交通部研究提出了办理意见：目前你省正在开展该项目的前期工作，交通部将尽快研究办理。",
    "二、关于西河水库工程问题。你省请求，国家尽快审核西河水库工程项目建议书。",
    "水利部研究提出了办理意见：西河水库已经列入规划，目前该工程存在资金落实困难等问题。",
    "三、关于南湖机场建设问题。你省请求，国家加大对建设南湖机场的支持。",
    "民航局研究提出了办理意见：国家有关部门对建设南湖机场的必要性已达成一致意见。目前该项目资金尚有缺口。",
    "四、关于北岸堤防建设问题。你省请求，中央加大投资。",
    "水利部研究提出了办理意见。",
    "（一）关于投资比例问题。2003年以来，国家已安排该项目2亿元。",
    "五、关于东湖码头问题。你省请求，中央支持。有关部门表示，该项目将统筹考虑。",
    "六、加强协调配合。",
    "各有关部门对该项目要加强协调。",
]


def _named(texts: list[str], citations: list[int], page: list[str] = PAGE) -> list[Point]:
    document = build_document(page, origin="test", title="办理情况的函")
    points = [Point(text=text, citations=citations) for text in texts]
    brief = Brief(document_id="x", lang="zh", engine="extractive", groups=[Group(title="问题", points=points)])
    return questions_named(brief, document).groups[0].points


@pytest.mark.parametrize(
    ("text", "back"),
    [
        ("目前你省正在开展该项目的前期工作。", True),
        ("研究该工程的审批问题。", True),
        ("西河水库已经列入规划，目前该工程存在资金落实困难等问题。", False),  # it names the reservoir first
        ("国家对建设南湖机场的必要性已达成一致，该项目资金尚有缺口。", False),
        ("目前你省正在开展前期工作。", False),
    ],
)
def test_a_sentence_says_a_project_only_the_sentence_before_names(text: str, back: bool) -> None:
    assert names_project_back(text) is back


def test_an_answer_saying_only_the_project_opens_on_its_question() -> None:
    text = "交通部研究提出了办理意见：目前你省正在开展该项目的前期工作，交通部将尽快研究办理。"
    (point,) = _named([text], [2])
    assert point.text == "关于东山隧道建设问题，" + text
    assert point.citations == [1, 2]
    label, reason = verdict_on(PAGE, point.text, point.citations, "办理情况的函")
    assert label is VerdictLabel.supported, reason


def test_an_answer_that_names_its_project_or_follows_a_bullet_that_does_stays() -> None:
    own = "水利部研究提出了办理意见：西河水库已经列入规划，目前该工程存在资金落实困难等问题。"
    assert _named([own], [4])[0].text == own
    first, second = (
        "民航局研究提出了办理意见：国家有关部门对建设南湖机场的必要性已达成一致意见。",
        "目前该项目资金尚有缺口。",
    )
    assert [p.text for p in _named([first, second], [6])] == [first, second]


def test_a_question_a_few_paragraphs_back_is_the_answers_own() -> None:
    (point,) = _named(["2003年以来，国家已安排该项目2亿元。"], [9])
    assert point.text == "关于北岸堤防建设问题，2003年以来，国家已安排该项目2亿元。"
    assert point.citations == [7, 9]
    label, reason = verdict_on(PAGE, point.text, point.citations, "办理情况的函")
    assert label is VerdictLabel.supported, reason


@pytest.mark.parametrize(
    ("text", "paragraph"),
    [
        ("有关部门表示，该项目将统筹考虑。", 10),  # its own paragraph asks the question
        ("各有关部门对该项目要加强协调。", 12),  # its section "六、加强协调配合" asks nothing
    ],
)
def test_no_other_sections_question(text: str, paragraph: int) -> None:
    assert _named([text], [paragraph])[0].text == text


def test_no_reply_of_questions_no_change() -> None:
    page = [PAGE[1], PAGE[3], "各地要抓好落实。"]  # no section asks a question
    text = "交通部研究提出了办理意见：目前你省正在开展该项目的前期工作，交通部将尽快研究办理。"
    assert _named([text], [1], page)[0].text == text


def test_zh_policy_38_names_the_tunnel_and_the_ethylene_project() -> None:
    """Blind read: the 巴朗山 answer said only "该项目", under "食品加工业、巴朗山隧道建设"."""
    assert "巴朗山隧道" in shared_article("zh-policy.jsonl", 38)
    bullets = [bullet for group in shared_groups("zh-policy.jsonl", 38) for bullet in group]
    tunnel = next(b for b in bullets if "正在开展该项目的前期工作" in b)
    assert tunnel.startswith("关于巴朗山隧道建设问题，")
    ethylene = next(b for b in bullets if "乙烯工业中长期发展规划" in b)
    assert ethylene.startswith("关于60万吨乙烯项目问题，")
    airport = next(b for b in bullets if "目前该项目的主要问题" in b)
    assert airport.startswith("目前")  # the bullet before it names 康定机场


def test_zh_policy_31_names_the_dikes_the_funds_went_to() -> None:
    bullets = [bullet for group in shared_groups("zh-policy.jsonl", 31) for bullet in group]
    funds = next(b for b in bullets if "在国债中安排该项目" in b)
    assert funds.startswith("关于支持荆南四河等连江支流的堤防建设问题，")
