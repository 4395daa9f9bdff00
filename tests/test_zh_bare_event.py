"""A bare one-noun overview subject, a trade or a product, takes the event the lead quotes or the
body it says was set up (`zh_bare_event.bare_event`): "作品被视觉中国索赔", not "摄影师"."""

from __future__ import annotations

from citebrief.text.zh_bare_event import bare_event
from conftest import zh_news_brief

EVENT = "日前，摄影师称“发自己作品被视觉中国索赔8万余元”一事引发关注。"
BODY = "为了服务当地花卉产业，他成立了由青年组成的“花农帮”志愿服务队，打造助农服务团队。"


def test_a_quoted_event_gives_its_passive_clause() -> None:
    used = {"摄影师"}
    assert bare_event("摄影师", ["8月15日，摄影师发文。", EVENT], used) == "作品被视觉中国索赔"
    assert used == {"作品被视觉中国索赔"}


def test_a_short_quoted_event_is_taken_whole() -> None:
    assert bare_event("摄影师", ["摄影师称“作品遭盗用”一事引发关注。"], set()) == "作品遭盗用"


def test_a_body_the_lead_says_was_set_up_is_named_with_its_quote() -> None:
    assert bare_event("花卉", [BODY], set()) == "“花农帮”志愿服务队"


def test_a_quote_that_is_no_event_or_body_leaves_the_subject() -> None:
    for sentence in (
        "摄影师称“发自己作品被视觉中国索赔8万余元”，引发关注。",  # no 一事: a saying, not the event
        "当地花卉产业有“花农帮”志愿服务队。",  # nothing said to be set up
        "他为花卉产业成立了“花农帮”，服务花农。",  # no body's head after the name
        "摄影师称“发自己作品遭到多家图片公司反复索赔高达8万余元”一事。",  # long, no 被 clause
    ):
        subject = "花卉" if "花卉" in sentence else "摄影师"
        assert bare_event(subject, [sentence], set()) == subject


def test_only_a_bare_noun_said_in_the_sentence_widens() -> None:
    assert bare_event("新闻摄影师", [EVENT], set()) == "新闻摄影师"  # no bare noun
    assert bare_event("戴建峰", [EVENT.replace("摄影师", "戴建峰")], set()) == "戴建峰"  # a name
    assert bare_event("花卉", [EVENT], set()) == "花卉"  # the sentence is not about it
    assert bare_event("摄影师", [EVENT], {"作品被视觉中国索赔"}) == "摄影师"  # a title taken


def test_overviews_read_in_place_name_the_event() -> None:
    """zh-news: a photographer billed by 视觉中国 for his own photos; a volunteer team for flower farmers."""
    assert zh_news_brief("_L1285").groups[0].title == "核心要点：作品被视觉中国索赔"
    assert zh_news_brief("_L449").groups[0].title == "核心要点：“花农帮”志愿服务队"
