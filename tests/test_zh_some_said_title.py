"""zh_some_said_title: a news group's title one bullet alone writes gives way to the group's best
phrase two of its bullets write; a title whose word the bullets share, a role, a brand and a
group of two stay."""

from __future__ import annotations

import json
from pathlib import Path

from citebrief.eval.rouge import split_paragraphs
from citebrief.ingest import document_from_text
from citebrief.pipeline import draft
from citebrief.text.zh_shared import saying
from citebrief.text.zh_some_said_title import some_said_titles

DATA = Path("/work/shared/data")

# zh-news 107 (the bench's form): the job station's second group, one bullet of which gives the live room's views
_STATION = [
    "“我们一直在河东市场东面的马路边务工习惯了，去零工驿站，我们怕雇主找不到我们，找不到活。”一位零工说出了他的顾虑。",
    "为此工作人员双向发力，每日为零工们宣传就业创业政策和服务功能，逐步引导零工群体到零工驿站接受正规的务工服务。",
    "不仅满足灵活就业人员、残疾人和大学生等不同类型求职者的个性化需求，也为用工方提供了更便捷的招聘平台和更多的"
    "选择机会，打造“家门口”的就业服务“样板间”。",
    "目前，直播间日均浏览量达3000余人次。",
    "统计显示，“零工驿站”7月3日运行以来，已登记用工单位136家，线上线下零工求职登记141人，成功匹配就业54人。",
]
_OVERVIEW = ["该市创新打造柴达木盆地首个“零工驿站”，全力服务各类市场主体用工。"]


def _titled(title: str, bullets: list[str], used: set[str] | None = None) -> str:
    taken = used if used is not None else {"零工驿站"}
    own: list[tuple[list[str], list[str]] | None] = [None, (bullets, bullets)]
    return some_said_titles(["零工驿站", title], own, _OVERVIEW + bullets, taken)[1]


def test_a_one_bullet_title_gives_way_to_a_phrase_two_bullets_write() -> None:
    used = {"零工驿站"}
    title = _titled("直播间日均浏览量", _STATION, used)
    assert title == "用工"  # the hiring the station serves: the platform's bullet and the registrations'
    assert saying(title, _STATION) >= 2
    assert "用工" in used and "直播间日均浏览量" not in used


def test_a_title_whose_word_the_bullets_share_stays() -> None:
    # zh-news 95: four bullets on standing water; "道路积水" is one's words, 积水 every bullet's
    bullets = [
        "北京的强降雨天气也导致部分路段出现积水，相关部门及时排涝，方便市民出行。",
        "为了应对强降雨造成道路积水问题，当地对积水路段采取封路或分流等措施。",
        "据了解，此次强降雨造成房山区多处积水，仅城关街道就出现13处积水点。",
        "昌平区在10条山区公路地质灾害易发路段设置了20处值守点，及时清理积水。",
    ]
    assert _titled("道路积水", bullets, {"降雨"}) == "道路积水"


def test_who_acted_is_no_title() -> None:
    # zh-news 81: the round-up's group; two bullets name the suspects, the title names the act
    bullets = [
        "7月16日，警方开展集中收网行动，抓获犯罪嫌疑人19名，捣毁犯罪窝点6处，查获涉案胶囊120余万粒。",
        "经查，以犯罪嫌疑人张某为首的犯罪团伙为牟取非法利益，以每粒0.22元的价格购入散装胶囊。",
        "最终，陈某等人通过其经营的10余家网店，以每瓶180元左右、略低于市场价的价格对外销售。",
    ]
    assert _titled("集中收网行动", bullets, {"功能性食品"}) == "集中收网行动"


def test_a_group_of_two_and_a_brand_stay() -> None:
    assert _titled("直播间日均浏览量", _STATION[2:4]) == "直播间日均浏览量"
    assert _titled("YES!IC", _STATION) == "YES!IC"


def test_the_citizens_group_is_titled_by_the_citizens() -> None:
    # zh-news 164 as the benches cut it: the citizens' hopes for the Games, not the slogan's "成就梦想"
    article = json.loads((DATA / "zh-news.jsonl").read_text(encoding="utf-8").splitlines()[164])["article"]
    text = "\n\n".join(split_paragraphs(article.strip(), "zh"))
    titles = [group.title for group in draft(document_from_text(text, origin="article.txt", kind="text")).groups]
    assert "成都市民" in titles[1:]
    assert "成就梦想" not in titles
