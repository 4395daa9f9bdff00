"""A Chinese overview titled by a slogan the article only quotes gives way to the event its lead
reports (`citebrief.text.zh_overview_slogan`): "通达同心" → "华新镇统战项目发布会"."""

from __future__ import annotations

from citebrief.text.zh_overview_slogan import quoted_only, slogan_event
from conftest import shared_group_titles

LEAD = ["7月25日下午，某镇“同心同行 奋进未来” 2023年文化周·某镇统战项目发布会在文化中心举行。"]
TEXTS = [LEAD[0], "活动上，“同心同行”志愿服务队成立。", "擦亮“同心同行”品牌。"]


def test_a_phrase_said_only_in_quotation_marks_is_quoted_only() -> None:
    assert quoted_only("同心同行", TEXTS)
    assert not quoted_only("同心同行", [*TEXTS, "同心同行是口号。"])
    assert not quoted_only("口号", TEXTS)  # never said


def test_a_slogan_title_gives_way_to_the_leads_event() -> None:
    assert slogan_event("同心同行", LEAD, LEAD, TEXTS, {"同心同行"}) == "某镇统战项目发布会"


def test_a_title_also_said_outside_quotation_marks_stays() -> None:
    texts = [*TEXTS, "同心同行是该镇的品牌。"]
    assert slogan_event("同心同行", LEAD, LEAD, texts, set()) == "同心同行"


def test_a_lead_without_an_event_or_a_bullet_saying_it_leaves_the_title() -> None:
    lead = ["某镇推出“同心同行”品牌，服务群众。"]
    assert slogan_event("同心同行", lead, lead, TEXTS, set()) == "同心同行"
    assert slogan_event("同心同行", LEAD, ["活动上，志愿服务队成立。"], TEXTS, set()) == "同心同行"


def test_an_event_name_too_short_or_of_no_event_head_is_none() -> None:
    lead = ["7月25日，某镇“同心同行”文化周·展演活动在文化中心举行。"]
    assert slogan_event("同心同行", lead, lead, TEXTS, set()) == "同心同行"


def test_an_event_a_title_given_holds_stays_out() -> None:
    assert slogan_event("同心同行", LEAD, LEAD, TEXTS, {"统战项目"}) == "同心同行"


def test_shared_news_of_a_brand_launch_is_titled_by_the_launch() -> None:
    """zh-news 19: "通达同心", a slogan the article only quotes (readers: thin)."""
    assert shared_group_titles("zh-news.jsonl", 19)[0] == "核心要点：华新镇统战项目发布会"
