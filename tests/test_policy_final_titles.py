"""policy_final_titles: a policy group still under a bare heading any document has ("工作规则") once
its bullets are final is titled by the heading and each bullet's object; an object that opens on an
act, one another group's title says, a heading not in the table and any other document keep it."""

from __future__ import annotations

from citebrief.engines.extractive import draft_extractive
from citebrief.engines.policy_final_titles import bare_headings, final_titles
from citebrief.ingest import document_from_text
from citebrief.model import Group, Point
from citebrief.text.data_files import data_lines

_RULES = [
    "联席会议原则上每年召开一次全体会议，也可根据工作需要临时召开专题会议，由召集人主持。",
    "联席会议以纪要形式明确会议议定事项，印发各成员单位贯彻落实。",
]
_DUTIES = [
    "各成员单位要按照职责分工，按要求参加联席会议，认真落实工作任务。",
    "联席会议办公室要及时向各成员单位通报有关进展。",
]
_OVERVIEW = Group(
    title="核心要点：同意建立湿地保护工作部际联席会议制度", points=[Point(text="同意建立。", citations=[1])]
)


def _group(title: str, bullets: list[str]) -> Group:
    return Group(title=title, points=[Point(text=b, citations=[k + 2]) for k, b in enumerate(bullets)])


def _titles(texts: list[str] | None, *groups: Group) -> list[str]:
    return [g.title for g in final_titles(texts, [_OVERVIEW, *groups])]


def test_a_bare_heading_takes_each_final_bullets_object() -> None:
    texts = ["同意建立。", *_RULES]
    assert _titles(texts, _group("工作规则", _RULES))[1] == "工作规则：专题会议、会议议定事项"


def test_an_object_that_opens_on_an_act_keeps_the_heading() -> None:
    # "参加联席会议" is one duty among several, not what the bullet is about
    texts = ["同意建立。", *_DUTIES]
    assert _titles(texts, _group("工作要求", _DUTIES))[1] == "工作要求"


def test_an_object_another_title_says_keeps_the_heading() -> None:
    texts = ["同意建立。", *_RULES, "专题会议安排。"]
    other = Group(title="专题会议安排", points=[Point(text="专题会议安排。", citations=[4])])
    assert _titles(texts, _group("工作规则", _RULES), other)[1] == "工作规则"


def test_other_titles_documents_and_the_overview_are_left_alone() -> None:
    texts = ["同意建立。", *_RULES]
    assert _titles(texts, _group("会议制度", _RULES))[1] == "会议制度"  # no bare heading
    assert _titles(None, _group("工作规则", _RULES))[1] == "工作规则"  # not a Chinese policy
    overview = _group("工作规则", _RULES)
    assert final_titles(texts, [overview])[0].title == "工作规则"


def test_the_table_holds_bare_chinese_headings_once() -> None:
    rows = data_lines("zh_bare_policy_headings.tsv")
    assert len(rows) == len(set(rows)) == len(bare_headings())
    assert all(2 <= len(r) <= 6 and all("\u4e00" <= c <= "\u9fff" for c in r) for r in rows)
    assert {"工作规则", "工作要求", "组织实施", "推进落实", "工作任务"} <= bare_headings()


# a joint meeting's approval, written for this test: its rules section opens on the meeting frequency
_APPROVAL = """国务院关于同意建立湿地保护工作部际联席会议制度的批复

林草局：

你局关于建立湿地保护工作部际联席会议制度的请示收悉。现批复如下：

同意建立由林草局牵头的湿地保护工作部际联席会议制度。联席会议不刻制印章，不正式行文，请按照国务院有关文件精神，认真组织开展工作。

附件：湿地保护工作部际联席会议制度

附件

湿地保护工作部际联席会议制度

为加强湿地保护工作的统筹协调，经国务院同意，建立湿地保护工作部际联席会议（以下简称联席会议）制度。

一、主要职能

统筹协调全国湿地保护工作，研究解决湿地保护重大问题；研究审议湿地保护法规和重大政策；督促检查湿地保护政策措施的落实情况。

二、成员单位

联席会议由林草局、自然资源部、生态环境部、水利部、农业农村部5个部门组成，林草局为牵头单位。

联席会议设召集人1人，由林草局主要负责同志担任；设副召集人1人，由自然资源部分管负责同志担任；其他成员单位有关负责同志为联席会议成员。联席会议成员因工作变动需要调整的，由所在单位提出，联席会议确定。

联席会议办公室设在林草局，承担联席会议日常工作。办公室主任由林草局分管湿地工作的负责同志兼任。

三、工作规则

联席会议原则上每年召开一次全体会议，也可根据工作需要临时召开专题会议，由召集人主持。在联席会议召开之前，由联席会议办公室召开联络员会议，研究讨论联席会议议题和需提交联席会议议定的事项。联席会议以纪要形式明确会议议定事项，印发各成员单位贯彻落实，重大事项按程序报批，落实情况定期报告联席会议。联席会议办公室可根据工作需要，组织成员单位开展联合督导调研，对各地湿地保护工作进行督促检查。

四、工作要求

各成员单位要按照职责分工，认真研究湿地保护的有关问题，制定相关配套政策措施；按要求参加联席会议，认真落实联席会议确定的工作任务。联席会议办公室要及时向各成员单位通报湿地保护情况，推动会议议定事项的落实。各成员单位要互通信息，相互支持，密切配合，形成工作合力，充分发挥联席会议作用。
"""


def test_the_rules_group_is_titled_from_its_final_bullets() -> None:
    brief = draft_extractive(document_from_text(_APPROVAL, origin="approval", kind="text"), groups=5)
    rules = next(g for g in brief.groups if g.title.startswith("工作规则"))
    assert rules.points[0].text.startswith("联席会议原则上每年召开一次全体会议")
    assert rules.title == "工作规则：专题会议、会议议定事项"
