"""zh_named_body: a news group of three bullets or more titled by one bullet's side detail takes
the body most of its bullets name and no other group's; a title a bullet opens on, a body's tail,
a body the article names outside the group and another group's body stay out."""

from __future__ import annotations

import json
from pathlib import Path

from citebrief.ingest import document_from_text
from citebrief.pipeline import draft
from citebrief.text.zh_named_body import named_body_titles

DATA = Path("/work/shared/data")
_OVERVIEW = ["台风“杜苏芮”逐渐逼近，福建三明供电部门启动防台风防汛预案。"]
_QINGLIU = [
    "同样的，国网清流县供电公司运行维护巡视人员也在对城区各配电站所进行台风登陆前的特殊巡视。",
    "国网清流县供电公司组织人员加强变电站、配电室、低洼地段和重点地段巡视、隐患排查。",
    "国网清流县供电公司表示，除紧急消缺外，该公司所有主配网检修作业计划已全部取消。",
]


def _titled(title: str, bullets: list[str], others: list[str] | None = None, every: list[str] | None = None) -> str:
    own: list[tuple[list[str], list[str]] | None] = [None, (bullets, bullets)]
    every_text = [*_OVERVIEW, *bullets] if every is None else every
    return named_body_titles(["供电线路", title], own, [others or _OVERVIEW, bullets], every_text, {"供电线路"})[1]


def test_the_body_every_bullet_names_titles_a_side_detail_group() -> None:
    used = {"供电线路", "检修作业计划"}
    own: list[tuple[list[str], list[str]] | None] = [None, (_QINGLIU, _QINGLIU)]
    titles = named_body_titles(["供电线路", "检修作业计划"], own, [_OVERVIEW, _QINGLIU], [*_OVERVIEW, *_QINGLIU], used)
    assert titles == ["供电线路", "国网清流县供电公司"]
    assert "国网清流县供电公司" in used and "检修作业计划" not in used


def test_another_groups_body_is_no_title() -> None:
    others = ["国网清流县供电公司召开防御台风会议。"]
    assert _titled("检修作业计划", _QINGLIU, others) == "检修作业计划"


def test_a_body_the_article_names_outside_the_group_is_no_title() -> None:
    every = [*_OVERVIEW, "国网清流县供电公司是全县唯一的供电企业。", *_QINGLIU]
    assert _titled("检修作业计划", _QINGLIU, every=every) == "检修作业计划"


def test_a_title_a_bullet_opens_on_stays() -> None:
    bullets = ["应急抢修队伍由国网清流县供电公司组建，27日起全部到岗待命。", *_QINGLIU[:2]]
    assert _titled("应急抢修队伍", bullets) == "应急抢修队伍"
    assert _titled("待命", bullets) == "国网清流县供电公司"  # the same group, its title an aside


def test_a_bodys_tail_two_bodies_share_is_no_title() -> None:
    bullets = [
        "随即，民警通过卫星电话向海西州公安局指挥中心报告了现场情况。",
        "18时50分，直升机再度启航，将四名游客送往德令哈市。",
        "天峻县公安局、德令哈市公安局则增援警力，共同引导、协助游客。",
    ]
    assert _titled("协助游客", bullets) == "协助游客"


def test_a_pair_is_left_to_the_pair_steps() -> None:
    assert _titled("检修作业计划", _QINGLIU[1:]) == "检修作业计划"


def test_zh_news_161_qingliu_group_is_titled_by_its_company() -> None:
    """Before: 供电线路 | 物资 | 检修作业计划 (one bullet's aside over three on the Qingliu company);
    after: the company all three bullets name."""
    record = json.loads((DATA / "zh-news.jsonl").read_text(encoding="utf-8").splitlines()[161])
    document = document_from_text(record["article"], origin="zh-news-161", kind="text")
    titles = [group.title for group in draft(document).groups]
    assert titles[1:] == ["物资", "国网清流县供电公司"]
