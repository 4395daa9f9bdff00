"""A list's measures titled by the field each rewards (text/measure_names.py)."""

from __future__ import annotations

import pytest

from citebrief.text.measure_names import field_name, measures_title


@pytest.mark.parametrize(
    ("bullet", "field"),
    [
        ("对大力培育发展战略性新兴产业、产业特色优势明显的市（地、州、盟），优先支持。", "战略性新兴产业"),
        ("对促进社会投资健康发展、企业债券发行等工作成效明显的市，实行“直通车”机制。", "社会投资"),
        ("对在推动“双创”政策落地、扶持“双创”支撑平台等方面成效明显的区域，优先支持。", "双创"),
        ("对在扶贫开发工作成效考核中认定为完成年度计划的省（区、市），予以倾斜。", "扶贫开发"),
        ("对推进质量工作成效突出的市（地、州、盟），给予倾斜支持。", "质量工作"),
        ("对落实有关重大政策措施成效明显的市，予以奖励。", ""),  # no field, only 重大
        ("各有关部门要于2018年12月31日前报送国务院办公厅。", ""),  # no measure
    ],
)
def test_field_name(bullet: str, field: str) -> None:
    assert field_name(bullet) == field


def test_a_group_of_measures_is_titled_by_each_field() -> None:
    bullets = [
        "对棚户区改造、农村危房改造工作积极主动、成效明显的市（地、州、盟），给予适当奖励。",
        "对公立医院综合改革成效较为明显的市（地、州、盟），给予奖励。",
        "对落实养老服务业支持政策积极主动的省（区、市），给予倾斜支持。",
    ]
    assert measures_title(bullets) == "棚户区改造、公立医院综合改革、养老服务业"
    assert measures_title([*bullets[:2], "各有关部门要及时报送。"]) == ""  # one is no measure
    assert measures_title(bullets[:1]) == ""  # one measure is titled by its own phrase
