"""A Chinese news theme's edge bullet on the wrong side of an aspect opener ("口袋公园建设方面，……")
goes to the group whose aspect it is (`zh_aspect_edges`)."""

from __future__ import annotations

from citebrief.engines.extractive import draft_extractive
from citebrief.engines.scored import Draft
from citebrief.engines.zh_aspect_edges import aspects_together, opens_aspect
from citebrief.ingest import document_from_text
from citebrief.model import Brief
from conftest import shared_article


def _brief(index: int) -> Brief:
    """A zh-news article's brief as the blind readers read it (raw text)."""
    return draft_extractive(document_from_text(shared_article("zh-news.jsonl", index), origin="x", kind="text"))


def _group_of(brief: Brief, opening: str) -> int:
    return next(k for k, g in enumerate(brief.groups) if any(p.text.startswith(opening) for p in g.points))


def test_the_renovation_figure_stays_with_the_renovation_not_the_pocket_parks() -> None:
    # zh-news L1543: "衡水、石家庄……完工率超过60%" ends the old-community aspect
    brief = _brief(146)
    assert _group_of(brief, "衡水、石家庄、保定、邯郸市完工率") == _group_of(
        brief, "今年河北的任务目标是：改造城镇老旧小区"
    )
    assert _group_of(brief, "口袋公园建设方面") == _group_of(brief, "邢台、邯郸、承德、衡水等10地")
    assert _group_of(brief, "衡水、石家庄") != _group_of(brief, "口袋公园建设方面")


def test_the_bribery_aspect_opener_joins_the_bribery_penalties() -> None:
    # zh-news L938: "在加大对行贿犯罪的惩治力度方面，……" after two bullets on private firms
    brief = _brief(154)
    assert _group_of(brief, "在加大对行贿犯罪的惩治力度方面") == _group_of(brief, "实践中，单位行贿案件较多")
    assert _group_of(brief, "在加大对行贿犯罪的惩治力度方面") != _group_of(brief, "刑法对国有公司")


def test_openers_name_an_aspect() -> None:
    assert opens_aspect("口袋公园建设方面，河北今年的任务目标是……")
    assert opens_aspect("在提升规范管理能力方面，很多博物馆都出台了专项管理办法。")
    assert not opens_aspect("另一方面，精准支持产业链关键节点企业。")
    assert not opens_aspect("一方面是打造透明政府的必要之举。")
    assert not opens_aspect("据介绍，在绩效评价方面，数量增长。")  # a clause before: no opener


SENTENCES = [
    "甲市召开发布会。",  # 0 overview
    "老旧小区改造完成945个。",  # 1 overview
    "衡水、石家庄完工率超过60%，进展较快。",  # 2 ends the renovation aspect
    "口袋公园建设方面，全省共建成166个。",  # 3 opens the parks
    "邢台等10地已提前完成年度任务。",  # 4
    "下一步，将开展回头看。",  # 5
]


def test_a_first_bullet_before_the_opener_goes_back() -> None:
    drafts = [Draft(None, [0, 1]), Draft(1, [2, 3, 4])]
    aspects_together(drafts, SENTENCES)
    assert [d.picked for d in drafts] == [[0, 1, 2], [3, 4]]


def test_it_stays_where_it_speaks_in_its_own_voice_or_is_not_the_next_sentence() -> None:
    voiced = [*SENTENCES[:2], "报告指出，衡水完工率超过60%。", *SENTENCES[3:]]
    drafts = [Draft(None, [0, 1]), Draft(1, [2, 3, 4])]
    aspects_together(drafts, voiced)
    assert [d.picked for d in drafts] == [[0, 1], [2, 3, 4]]
    drafts = [Draft(None, [0]), Draft(1, [2, 3, 4])]  # sentence 1 is no bullet: a lead-in, not a last word
    aspects_together(drafts, SENTENCES)
    assert [d.picked for d in drafts] == [[0], [2, 3, 4]]


def test_it_stays_where_its_theme_would_keep_one_bullet_or_the_group_before_is_full() -> None:
    drafts = [Draft(None, [0, 1]), Draft(1, [2, 3])]
    aspects_together(drafts, SENTENCES)
    assert [d.picked for d in drafts] == [[0, 1], [2, 3]]
    drafts = [Draft(None, [0, 1, 5, 6]), Draft(1, [2, 3, 4])]
    aspects_together(drafts, SENTENCES)
    assert drafts[1].picked == [2, 3, 4]


def test_a_last_bullet_that_opens_the_next_groups_aspect_goes_on() -> None:
    sentences = [
        "导语。",
        "民营企业保护。",
        "民营企业条款。",
        "在行贿惩治方面，从重处罚。",
        "单位行贿较多。",
        "刑罚提高。",
    ]
    drafts = [Draft(None, [0]), Draft(1, [1, 2, 3]), Draft(2, [4, 5])]
    aspects_together(drafts, sentences)
    assert [d.picked for d in drafts] == [[0], [1, 2], [3, 4, 5]]
    # not where the next group's bullets are of an aspect opened after it
    sentences[4] = "在单位行贿方面，较多。"
    drafts = [Draft(None, [0]), Draft(1, [1, 2, 3]), Draft(2, [4, 5])]
    aspects_together(drafts, sentences)
    assert [d.picked for d in drafts] == [[0], [1, 2, 3], [4, 5]]
