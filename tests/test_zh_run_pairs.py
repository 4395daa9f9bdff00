"""zh_run_pairs: two bullets of one Chinese group on neighbouring clauses of one "；"-sentence are
one bullet where the second clause means nothing alone: under a scoping frame the first clause
opens, or on a time with no subject of its own. Parallel measures stay apart (a blind read of
session 51 found them worse joined: zh-news 61, 64, 73, 96, 179, zh-policy 30)."""

from __future__ import annotations

import pytest

from citebrief.engines.zh_run_pairs import FRAMES, names_own_subject, opens_frame, time_led
from citebrief.text.data_files import rows_by_kind
from conftest import shared_groups


def _bullets(name: str, index: int) -> list[str]:
    return [bullet for group in shared_groups(name, index) for bullet in group]


def test_clause_of_a_verb_has_no_subject() -> None:
    """A clause opening on a verb, after a time or not, is what the clause before it goes on doing."""
    assert not names_own_subject("搭建展销平台，在各地成立推广服务中心。")
    assert not names_own_subject("2015年，发行个人原创歌曲《故乡》。")


def test_clause_of_a_name_has_its_own() -> None:
    """A clause opening on a place, a person or a pronoun reads whole alone."""
    assert names_own_subject("斯里兰卡科伦坡市设计师的作品展现了传统文化的意境。")
    assert names_own_subject("接下来，该省将推进入海河流总氮管控。")
    assert names_own_subject("今年第6号台风“卡努”即将登陆。")


@pytest.mark.parametrize("frame", rows_by_kind(FRAMES)["frame"])
def test_each_frame_scopes_the_clauses_after_it(frame: str) -> None:
    """Each row opens a frame at the sentence's start or after a comma, in its first clause only."""
    assert opens_frame(f"{frame}未按规定公示收费项目；收取未经公示的费用")
    assert opens_frame(f"报告显示，{frame}上一年度的问题已整改；整改金额100亿元")
    assert not opens_frame(f"组成9个小组，帮助乡镇统计；选派30支服务队，{frame}农技人员")


def test_parallel_measures_open_no_frame() -> None:
    assert not opens_frame("组成9个农技骨干技术小组，帮助乡镇做好受损农作物受灾统计；")
    assert not opens_frame("《行动计划》提出4项重点任务：发展高端冷水鱼，到2025年，冷水鱼总产量达到4万吨；")


def test_a_time_then_no_subject_leans_on_the_clause_before() -> None:
    assert time_led("2015年，发行个人原创歌曲《故乡》。")
    assert time_led("同年，发行个人原创歌曲《故乡》。")
    assert time_led("2023年5月，完成改造项目12个。")
    assert not time_led("2015年，他发行个人原创歌曲。")  # a subject of its own
    assert not time_led("提质大宗淡水鱼，到2025年，总产量达到42万吨。")  # no time first
    assert not time_led("选派30支农技服务队奔赴全县28个乡镇。")  # no lead at all


def test_an_item_under_a_lead_in_joins_it() -> None:
    """zh-news 122: "收取未经公示的费用……" is one more of what "主要包括" lists, joined past the sentence
    the list carries ("此次重点查处……。主要包括……", `text.zh_list_lean`)."""
    bullets = _bullets("zh-news.jsonl", 122)
    assert not any(b.startswith(("收取未经公示的费用", "主要包括")) for b in bullets)
    assert any(
        b.startswith("此次重点查处") and "。主要包括" in b and "；收取未经公示的费用和与公示内容不符的费用" in b
        for b in bullets
    )


def test_a_figure_under_a_date_joins_it() -> None:
    """zh-news 171: the sums after "截至2023年5月底，……；" are counted to that date: one bullet, both passages."""
    groups = shared_groups("zh-news.jsonl", 171)
    bullets = [bullet for group in groups for bullet in group]
    assert not any(b.startswith("审计查出问题整改金额") for b in bullets)
    assert any("截至2023年5月底" in b and "；审计查出问题整改金额1546.47亿元" in b for b in bullets)
    assert all(len(group) >= 2 for group in groups)


def test_a_part_under_its_whole_joins_it() -> None:
    """zh-news 117: the third "部署……" is one more of the forces "其中，" counts."""
    bullets = _bullets("zh-news.jsonl", 117)
    assert not any(b.startswith("部署10支国家矿山") for b in bullets)
    assert any(b.startswith("其中，部署国家综合性消防救援队伍") and "；部署10支国家矿山" in b for b in bullets)


def test_a_year_with_no_subject_joins_the_one_before() -> None:
    """zh-news 175: "2015年，发行……" says not who; "2014年，嘎玛西周获……" before it does."""
    bullets = _bullets("zh-news.jsonl", 175)
    assert not any(b.startswith("2015年，发行") for b in bullets)
    assert any(b.startswith("2014年，嘎玛西周") and "；2015年，发行个人原创歌曲" in b for b in bullets)


@pytest.mark.parametrize(
    ("name", "index", "second"),
    [
        ("zh-news.jsonl", 61, "选派30支农技服务队"),
        ("zh-news.jsonl", 64, "搭建“寓外商会+农特产品展销”平台"),
        ("zh-news.jsonl", 73, "提质大宗淡水鱼"),
        ("zh-news.jsonl", 96, "一体做好惩治腐败与防范化解风险工作"),
        ("zh-news.jsonl", 179, "马边县国道348线"),
        # zh-policy 30's "听取国家职业教育指导咨询委员会……" no longer stands alone: its function list is said
        # whole after "联席会议主要职能：" (engines/zh_function_lists.py, tests/test_zh_function_lists.py)
    ],
)
def test_parallel_measures_stay_apart(name: str, index: int, second: str) -> None:
    """A second measure of no frame and no time reads as well alone: it stays a bullet of its own."""
    assert any(b.startswith(second) for b in _bullets(name, index))


def test_clauses_of_their_own_subjects_stay_apart() -> None:
    """zh-news 72: "中国美院毕业的“90后”新乡贤傅星如……" names its own subject: it stays a bullet."""
    bullets = _bullets("zh-news.jsonl", 72)
    assert any(b.startswith("中国美院毕业的“90后”新乡贤傅星如") for b in bullets)
