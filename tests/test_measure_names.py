"""A list's measures titled by the field each rewards (text/measure_names.py)."""

from __future__ import annotations

import pytest

from citebrief.text.measure_names import field_name, measures_title
from citebrief.text.report_kinds import label_title, report_title


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


def test_a_preamble_group_of_penalties_is_titled_by_what_it_reports() -> None:
    bullets = [
        "对事故负有主要领导责任的淮北矿业集团公司董事长宋从恕受到撤销行政和党内职务处分",
        "山西杏儿沟煤矿“8·11”事故的直接责任人黎兵、李二民被移交司法机关依法追究刑事责任。",
        "对事故负有主要责任的杏煤公司北风井负责人张世军受到开除留用察看1年、留党察看1年处分。",
    ]
    texts = ["安徽芦岭煤矿“5·13”事故的两名直接责任人已经在事故中死亡，不再追究责任。", *bullets]
    assert report_title(bullets, texts) == "追究责任"
    assert report_title(bullets, bullets) == ""  # the document does not name the kind
    assert report_title(["各地区要建立煤矿安全生产投入保障机制。", bullets[0]], texts) == ""


def test_a_preamble_group_is_titled_by_the_label_most_of_its_bullets_come_under() -> None:
    indicators = "具体指标：到2022年，职业院校教学条件基本达标，建设50所高水平高等职业学校。"
    purpose = "为贯彻全国教育大会精神，进一步办好新时代职业教育，制定本实施方案。"
    assert label_title([purpose, indicators, indicators]) == "具体指标"
    assert label_title([purpose, indicators]) == ""  # half is not most
    assert label_title([purpose, purpose]) == ""


def test_a_field_too_long_for_the_title_sheds_its_plain_end() -> None:
    bullets = [
        "对土地节约集约利用成效好的市（地、州、盟），安排指标予以奖励。",
        "对按时完成高标准农田建设任务且成效显著的省（区、市），予以倾斜。",
        "对推进农产品流通现代化成效明显的县（市、区、旗），予以倾斜。",
    ]
    assert measures_title(bullets) == "土地节约集约利用、高标准农田、农产品流通现代化"
    # names that fit keep their end: "公路水路交通建设", "质量工作"
    fitting = [
        "对公路水路交通建设年度目标任务完成情况好的省（区、市），优先安排资金。",
        "对推进质量工作成效突出的市（地、州、盟），给予倾斜支持。",
    ]
    assert measures_title(fitting) == "公路水路交通建设、质量工作"
