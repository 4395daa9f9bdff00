"""A section numbering many measures keeps more of them (engines/policy_long_sections.py): blind read
of stop 230, zh-policy 24, "~30 of 53 measures left out" while its sections' groups held five or six
bullets of sixteen and nineteen items. The notice below is written for the test."""

from __future__ import annotations

from citebrief.engines.policy_long_sections import ITEMS_PER_BULLET, MAX_GROUP
from citebrief.ingest import document_from_text
from citebrief.model import VerdictLabel
from citebrief.pipeline import draft
from citebrief.verify import SourceIndex, check_point

_ITEMS = [
    "（一）将园区内建设项目的规划许可审批权限下放至园区管理机构。（负责部门：自然资源部）",
    "（二）园区内新设立的科技企业，三年内免收登记注册费用。（负责部门：市场监管总局）",
    "（三）允许园区对外资研发机构实行备案管理，取消其设立前置审批。（负责部门：商务部）",
    "（四）支持园区设立知识产权快速维权中心，开展专利快速审查服务。（负责部门：知识产权局）",
    "（五）园区内医疗机构可按照有关规定，开展远程诊疗服务试点。（负责部门：卫生健康委）",
    "（六）允许园区创新推出纳税服务举措，推行电子发票全覆盖。（负责部门：税务总局）",
    "（七）将外国人来华工作许可的受理权限下放至园区人力资源部门。（负责部门：科技部）",
    "（八）支持园区建设跨境数据流动安全评估试点平台，探索数据出境便利化。（负责部门：网信办）",
    "（九）对园区内企业申请建筑业资质实行告知承诺制，当场办结。（负责部门：住房城乡建设部）",
    "（十）园区内符合条件的民办学校，可招收外籍人员子女入学。（负责部门：教育部）",
    "（十一）支持园区开展农村集体经营性建设用地入市试点，收益留归园区。（负责部门：自然资源部）",
    "（十二）在园区设立商事纠纷调解中心，引入国际商事仲裁机构。（负责部门：司法部）",
    "（十三）支持园区试行企业简易注销程序，公告期缩短至二十日。（负责部门：市场监管总局）",
    "（十四）允许园区内企业使用电子证照，办理海关备案手续。（负责部门：海关总署）",
]
_NOTICE = "\n\n".join(
    [
        "国务院关于支持示范园区创新发展若干措施的通知",
        "国发〔2030〕9号",
        "各省、自治区、直辖市人民政府，国务院各部委、各直属机构：",
        "建设示范园区是推动高质量发展的重要举措。为进一步支持示范园区创新发展，现提出以下措施。",
        "一、优化园区营商环境",
        *_ITEMS,
        "二、切实做好组织实施",
        "各有关省人民政府要承担主体责任，完善工作机制，加强人才培养。各有关部门要加强指导和服务，推动措施落地见效。",
        "国务院",
        "2030年5月1日",
    ]
)
_FIRST_ITEM, _LAST_ITEM = 6, 19  # the items' paragraphs, as the brief cites them


def test_a_section_of_fourteen_measures_says_one_in_two_of_them() -> None:
    document = document_from_text(_NOTICE, origin="x", kind="text")
    brief = draft(document)
    group = next(g for g in brief.groups[1:] if any(8 in p.citations for p in g.points))
    items = [p for p in group.points if all(_FIRST_ITEM <= c <= _LAST_ITEM for c in p.citations)]
    assert len(items) == len(_ITEMS) // ITEMS_PER_BULLET  # before: five
    assert len(group.points) <= MAX_GROUP
    assert [p.citations for p in group.points] == sorted(p.citations for p in group.points)  # in article order
    index = SourceIndex(document)
    assert all(check_point(p, index).label is VerdictLabel.supported for p in group.points)
