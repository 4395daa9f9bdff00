"""zh_heading_points: a small policy group under a heading any document has, with no parts, labels
or shared phrase to name, gets the object each bullet acts on; a bullet with none (a subject, a
date), a fourth bullet, a generic or common object and a title given leave the heading bare."""

from __future__ import annotations

from citebrief.text.zh_heading_points import points_title
from conftest import shared_group_titles

# zh-policy 28's "工作安排", as its brief quotes it
_ARRANGEMENTS = [
    "联合采购办公室汇总试点地区公立医疗机构的药品用量信息，结合试点方案及试点实际情况，进一步完善实施方案，"
    "起草并发布集中采购公告，开展药品集中采购具体工作，公布采购结果，督促试点地区执行集中采购的结果并加强监督检查。",
    "试点地区在省级采购平台上按照集中采购价格完成挂网，集中采购主体按集中采购价格与企业签订带量购销合同并实施采购，"
    "于2019年初开始执行集中采购结果，周期为1年。",
]
# zh-policy 10's "附则": the lawyers' bullet names only who (律师事务所) and a common 业务
_SUPPLEMENTARY = [
    "外国专利代理机构在中华人民共和国境内设立常驻代表机构，须经国务院专利行政部门批准。",
    "律师事务所可以依据《中华人民共和国律师法》、《中华人民共和国民事诉讼法》等法律、行政法规开展与专利有关的业务，"
    "但从事代理专利申请、宣告专利权无效业务应当遵守本条例规定，具体办法由国务院专利行政部门商国务院司法行政部门另行制定。",
    "本条例施行前依法设立的专利代理机构以及依法执业的专利代理人，在本条例施行后可以继续以专利代理机构、"
    "专利代理师的名义开展专利代理业务。",
]


def test_each_bullet_is_named_by_the_object_its_first_fit_clause_ends_on() -> None:
    # 药品用量信息 follows 的, no verb: the next clause's 完善实施方案 gives 实施方案
    title = points_title("工作安排", _ARRANGEMENTS, _ARRANGEMENTS, {"用量信息"})
    assert title == "工作安排：实施方案、集中采购结果"


def test_a_verb_inside_the_object_is_kept_where_the_run_opens_on_a_noun() -> None:
    # zh-policy 30's "工作规则": 明确|会议议定事项, not the bare 事项 (common) nor 明确会议议定事项
    bullets = [
        "联席会议原则上每年召开两次会议，也可根据工作需要临时召开专题会议。",
        "联席会议以纪要形式明确会议议定事项，印发各成员单位。",
    ]
    assert points_title("工作规则", bullets, bullets, set()) == "工作规则：专题会议、会议议定事项"


def test_a_bullet_with_no_object_leaves_the_heading_bare() -> None:
    assert points_title("附则", _SUPPLEMENTARY, _SUPPLEMENTARY, set()) == "附则"
    # a date is no point's object (zh-policy 33's "附则")
    dated = [_SUPPLEMENTARY[0], "本办法自2019年1月1日起施行。"]
    assert points_title("附则", dated, dated, set()) == "附则"


def test_a_title_given_is_no_bullets_object() -> None:
    # the next clause's object stands in; a bullet whose every object is given leaves the heading
    assert points_title("工作安排", _ARRANGEMENTS, _ARRANGEMENTS, {"实施方案"}) == "工作安排：采购公告、集中采购结果"
    assert points_title("工作安排", _ARRANGEMENTS, _ARRANGEMENTS, {"采购结果"}) == "工作安排"


def test_a_generic_or_common_object_is_none() -> None:
    # zh-policy 17's "主要职能": 保障措施 is a heading any document has, 重大事项 any part's
    bullets = ["研究拟订首都国际机场及相关机场各项保障措施。", "协调首都国际机场运行和服务保障方面的重大事项。"]
    assert points_title("主要职能", bullets, bullets, set()) == "主要职能"


def test_one_bullet_or_four_keep_the_heading() -> None:
    assert points_title("工作安排", _ARRANGEMENTS[:1], _ARRANGEMENTS[:1], set()) == "工作安排"
    four = [*_ARRANGEMENTS, *_SUPPLEMENTARY[::2]]
    assert points_title("工作安排", four, four, set()) == "工作安排"


def test_the_brief_names_the_arrangements_steps() -> None:
    assert "工作安排：实施方案、集中采购结果" in shared_group_titles("zh-policy.jsonl", 28)
