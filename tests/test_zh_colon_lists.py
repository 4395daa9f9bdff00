"""A colon's lead-in and its "；"-parts are one claim: the run is read whole or left in its clauses."""

from __future__ import annotations

import pytest

from citebrief.engines.lead_points import whole_sentences
from citebrief.ingest import document_from_text
from citebrief.text.zh_colon_lists import opens_colon_list
from conftest import shared_groups

PLATES = (
    "专用号牌为白底黑字，配以红色汉字“应急”，其中：汽车号牌字符共8位，依次为省（自治区、直辖市）汉字简称、"
    "所属救援队伍代号、四位序号和汉字“应急”；摩托车号牌字符共7位，依次为汉字“应急”、省（自治区、直辖市）"
    "汉字简称、三位序号和所属救援队伍代号。"
)


@pytest.mark.parametrize(
    ("clause", "opens"),
    [
        ("专用号牌为白底黑字，其中：汽车号牌字符共8位；", True),
        ("有关部门研究提出了办理意见：因为移民的安置规模不大，总体规划确定移民为省内安置；", True),
        ("汽车号牌每副两只，分别悬挂在车辆前后部；", False),  # no colon: parallel clauses
        ("可以按照以下标准定额扣除：", False),  # the lead-in alone, its parts in paragraphs of their own
        ("其中：汽车号牌字符共8位。", False),  # a whole sentence: nothing goes on after it
        ("报告显示：上半年，全国新增发电装机容量1.4亿千瓦；", False),  # a report: its clauses read whole
        ("注意事项：其中：1、据说这一款素菜汤能够帮助清肠；", False),  # a numbered item, read on its own
    ],
)
def test_a_colon_lead_in_with_its_first_part_opens_a_list(clause: str, opens: bool) -> None:
    assert opens_colon_list(clause) is opens


def test_a_colon_list_run_is_one_sentence_where_it_fits_one_bullet() -> None:
    document = document_from_text("标题\n专用号牌分为汽车号牌和摩托车号牌两种。" + PLATES, origin="plates.txt")
    assert [span.text for span in whole_sentences(document.segments[-1], "zh")][-1] == PLATES
    part = "其中：对符合条件的企业给予一次性补助并在年底前完成相关审核工作和资金拨付等具体事项；"
    parts = "对符合条件的个人给予补助并完成审核和拨付等事项；" * 5
    long_run = "标题\n补助办法如下，" + part + parts + "以上由各地负责。"
    assert len(whole_sentences(document_from_text(long_run, origin="long.txt").segments[-1], "zh")) == 7


def test_the_emergency_plate_brief_says_both_plates_rules() -> None:
    """zh-policy 32 (issue #9): the car plate's rule was said without the motorcycle plate's."""
    bullets = [bullet for group in shared_groups("zh-policy.jsonl", 32) for bullet in group]
    rule = next(bullet for bullet in bullets if bullet.startswith("专用号牌为白底黑字"))
    assert "汽车号牌字符共8位" in rule and "摩托车号牌字符共7位" in rule


def test_the_emergency_plate_brief_keeps_the_annex_codes_beside_the_whole_rule() -> None:
    """zh-policy 32 (issue #9, blind read): with the whole plate rule in one bullet, the annex's
    coding sentences read as its repeat and the annex group went with the X/S codes and the
    letters rule; a candidate whose second sentence says what no bullet says is no repeat."""
    bullets = [bullet for group in shared_groups("zh-policy.jsonl", 32) for bullet in group]
    assert any("X代表消防救援、S代表森林消防" in bullet for bullet in bullets)
    assert any(bullet.startswith("应急部的专用号牌不用英文字母") for bullet in bullets)
