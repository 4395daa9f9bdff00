"""zh_aspect_lead: a news group whose first bullet opens on the report's own name of a part
("在……方面，", an item of a list the article gave) is titled by it; a short field, a turn, a
title every bullet says and a name another title holds stay out."""

from __future__ import annotations

import json
from pathlib import Path

from citebrief.ingest import document_from_text
from citebrief.pipeline import draft
from citebrief.text.zh_aspect_lead import aspect_lead, aspect_titles, listed_lead

DATA = Path("/work/shared/data")

_FOREIGN = [
    "在强化外资招引服务方面，该省开展全球大招商行动，招引重大外资项目特别是制造业外资项目。",
    "上半年，该省实际使用外资129.4亿美元，同比增长3.2%。",
]
_TASKS = "会议提出了加大宏观政策调控力度、促消费扩投资、支持实体经济发展、深化改革开放、保障和改善民生等五方面任务。"
_TASK_BULLETS = [
    "三是支持实体经济发展，加快现代化产业体系建设，推动传统产业改造升级。",
    "四是深化改革开放，持续推进关键环节改革，加快建设开放型经济新体制。",
]


def _titled(title: str, bullets: list[str], every_text: list[str] | None = None, used: set[str] | None = None) -> str:
    own: list[tuple[list[str], list[str]] | None] = [None, (bullets, bullets)]
    taken = used if used is not None else {"外资大项目"}
    return aspect_titles(["外资大项目", title], own, every_text or bullets, taken)[1]


def test_the_aspect_a_first_bullet_opens_on_titles_the_group() -> None:
    used = {"外资大项目", "制造业外资"}
    titles = aspect_titles(["外资大项目", "制造业外资"], [None, (_FOREIGN, _FOREIGN)], _FOREIGN, used)
    assert titles == ["外资大项目", "强化外资招引服务"]
    assert "强化外资招引服务" in used and "制造业外资" not in used


def test_a_short_field_and_a_turn_are_no_aspect() -> None:
    assert aspect_lead("交通方面，台铁部分路线停驶。") == ""
    assert aspect_lead("一方面是打造透明政府的必要之举，另一方面可以倒逼。") == ""
    assert aspect_lead("同时，在口袋公园建设方面，全省共建成166个。") == "口袋公园建设"


def test_an_aspect_later_in_the_group_does_not_title_it() -> None:
    bullets = [_FOREIGN[1], _FOREIGN[0]]
    assert _titled("制造业外资", bullets) == "制造业外资"


def test_a_title_every_bullet_says_stays() -> None:
    bullets = [_FOREIGN[0], "今年外资项目落地加快，外资占比提高。"]
    assert _titled("外资", bullets, used={"外资大项目", "外资"}) == "外资"


def test_an_aspect_another_title_holds_is_no_title() -> None:
    assert _titled("制造业外资", _FOREIGN, used={"外资大项目", "外资招引"}) == "制造业外资"


def test_tasks_the_article_lists_title_the_bullets_that_open_on_them() -> None:
    assert listed_lead(_TASK_BULLETS[0], [_TASKS]) == "支持实体经济发展"
    assert listed_lead("上半年，浙江实际使用外资129.4亿美元。", [_TASKS]) == ""
    every_text = [_TASKS, *_TASK_BULLETS]
    title = _titled("产业体系建设、开放型经济新体制", _TASK_BULLETS, every_text)
    assert title == "支持实体经济发展、深化改革开放"


def test_a_clause_no_list_names_is_no_title() -> None:
    bullets = ["支持实体经济发展，加快现代化产业体系建设。", "深化改革开放，持续推进关键环节改革。"]
    assert _titled("产业体系建设", bullets, [*bullets, "会议提出支持实体经济发展、深化改革开放。"]) == "产业体系建设"


def _group_titles(name: str, index: int) -> list[str]:
    record = json.loads((DATA / f"{name}.jsonl").read_text(encoding="utf-8").splitlines()[index])
    brief = draft(document_from_text(record["article"], origin="article.txt", kind="text"))
    return [g.title for g in brief.groups[1:]]


def test_real_briefs_take_the_parts_their_reports_name() -> None:
    assert "强化外资招引服务" in _group_titles("zh-news", 199)  # not one bullet's "制造业外资"
    assert "加大对行贿犯罪的惩治力度" in _group_titles("zh-news", 154)  # not "草案"
    # the tasks 二是/三是/四是 read together since `zh_opening_points` (read 39o): the first two name them
    assert "促消费扩投资、支持实体经济发展" in _group_titles("zh-news", 186)
    # zh-news 121's group no longer opens on "赵新全在论坛上表示，在……方面": his opening quotation
    # went down to it from the overview (`zh_lead_quote`); the shape is read in the test below


def test_an_aspect_naming_two_parts_or_how_they_are_pursued_is_read_whole() -> None:
    # the manner ("千方百计", "主动作为") is how, not what; two parts of 4 characters or more, 16 in all
    bullet = "在千方百计稳住传统市场、开拓新兴市场方面，该省制定实施稳外贸政策。"
    assert aspect_lead(bullet) == "稳住传统市场、开拓新兴市场"
    assert aspect_lead("在主动作为调整产业结构、产品结构方面，浙江推动信贷倾斜。") == "调整产业结构、产品结构"
    assert aspect_lead("在全力保障方面，各地出动。") == "全力保障"  # no part left past the manner: kept whole
    assert aspect_lead("在交通、电力方面，各地抢修。") == ""  # two fields any report has
    # longer than two terms a title joins
    assert aspect_lead("在稳住传统外贸市场、开拓新兴国际市场方面，该省行动。") == ""


def test_a_group_on_two_listed_parts_takes_its_first_bullets_heading() -> None:
    # not "优质产品出口", a detail of its second bullet
    assert "稳住传统市场、开拓新兴市场" in _group_titles("zh-news", 199)


def test_who_says_it_may_go_before_the_aspect() -> None:
    bullet = "赵新全在论坛上表示，在高原生态保护与修复方面，需要通过科技支撑生态保护和修复。"
    assert aspect_lead(bullet) == "高原生态保护与修复"
    assert aspect_lead("据了解，当天在南宁举行的论坛上，各方在多个方面，达成共识。") == ""
