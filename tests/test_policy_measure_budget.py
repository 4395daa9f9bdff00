"""A notice of many numbered measures may hold more bullets than the short brief's bound
(engines/policy_task_items.brief_budget): zh-policy 24 numbers 53 measures and its brief stopped at
BRIEF_BULLETS (30), readers' coverage 3.67. The notices below are written for the test."""

from __future__ import annotations

import pytest

from citebrief.engines import policy_long_sections, policy_task_items
from citebrief.engines.policy_task_items import BRIEF_BULLETS, MEASURE_SHARE, brief_budget
from citebrief.ingest import document_from_text
from citebrief.pipeline import draft

_CN = "一二三四五六七八九"
_ACTS = [
    "下放",
    "取消",
    "简化",
    "放宽",
    "试行",
    "设立",
    "推行",
    "允许",
    "支持",
    "探索",
    "开展",
    "建立",
    "实行",
    "优化",
    "授权",
    "鼓励",
]
_THINGS = [
    "建设项目规划许可",
    "科技企业登记收费",
    "外资研发机构备案",
    "知识产权快速维权",
    "远程诊疗服务",
    "电子发票",
    "外国人工作许可",
    "跨境数据流动评估",
    "建筑业资质审批",
    "外籍子女入学",
    "集体建设用地入市",
    "商事纠纷调解",
    "企业简易注销",
    "电子证照海关备案",
    "药品进口口岸",
    "航空物流通道",
]
_DEPTS = [
    "自然资源部",
    "市场监管总局",
    "商务部",
    "知识产权局",
    "卫生健康委",
    "税务总局",
    "科技部",
    "网信办",
    "住房城乡建设部",
    "教育部",
    "司法部",
    "海关总署",
    "民航局",
    "药监局",
    "交通运输部",
    "人民银行",
]
_SECTIONS = [("优化营商环境", "示范园区"), ("提升贸易便利化水平", "综合保税区"), ("推动金融服务创新", "高新技术开发区")]


def _number(n: int) -> str:
    """1 → 一, 12 → 十二, 40 → 四十: a measure's number as a notice writes it."""
    tens, ones = divmod(n, 10)
    return ("" if tens < 2 else _CN[tens - 1]) + ("十" if tens else "") + (_CN[ones - 1] if ones else "")


def _notice() -> str:
    """Three sections of sixteen numbered measures each, every one with its department's note."""
    paragraphs = [
        "国务院关于支持示范园区创新发展若干措施的通知",
        "国发〔2030〕9号",
        "各省、自治区、直辖市人民政府，国务院各部委、各直属机构：",
        "建设示范园区是推动高质量发展的重要举措。为进一步支持示范园区创新发展，现提出以下措施。",
    ]
    n = 0
    for s, (section, where) in enumerate(_SECTIONS):
        paragraphs.append(f"{_CN[s]}、{section}")
        for k, act in enumerate(_ACTS):
            n += 1
            thing, dept = _THINGS[(k + 5 * s) % 16], _DEPTS[(k + 3 * s) % 16]
            paragraphs.append(
                f"（{_number(n)}）在{where}{act}{thing}相关改革，{2030 + s}年底前完成第{k + 2}批"
                f"{len(thing) * (s + 1) + k}项试点任务。（负责部门：{dept}）"
            )
    closing = "各有关省人民政府要承担主体责任，完善工作机制，加强人才培养。"
    paragraphs += ["四、切实做好组织实施", closing, "国务院", "2030年5月1日"]
    return "\n\n".join(paragraphs)


def test_the_budget_grows_with_the_measures_a_notice_numbers() -> None:
    measures = [f"（{_number(n)}）支持园区开展第{n}项试点。" for n in range(1, 49)]
    assert brief_budget(measures) == int(48 * MEASURE_SHARE) > BRIEF_BULLETS
    assert brief_budget(measures[:20]) == BRIEF_BULLETS  # a plan of twenty tasks: the short brief


def test_a_regulations_articles_are_no_measures() -> None:
    articles = [f"第{_number(n)}条 当事人应当按照约定履行第{n}项义务。" for n in range(1, 49)]
    assert brief_budget(articles) == BRIEF_BULLETS


def test_a_brief_at_the_short_bound_still_says_a_long_notices_measures(monkeypatch: pytest.MonkeyPatch) -> None:
    """With the short brief's bound set below this notice's brief, its 48 measures still spend their
    budget (before: the brief stopped at the bound, one long section's group unfilled)."""
    document = document_from_text(_notice(), origin="x", kind="text")
    full = sum(len(g.points) for g in draft(document).groups)
    bound = full - 4
    monkeypatch.setattr(policy_task_items, "BRIEF_BULLETS", bound)
    monkeypatch.setattr(policy_long_sections, "BRIEF_BULLETS", bound, raising=False)
    assert sum(len(g.points) for g in draft(document).groups) == full > bound
