"""A Chinese news group titled by a bare generic word is titled by the longer noun phrase its
bullets (then its paragraphs) write the word in (`zh_held_title`), where one is said enough."""

from __future__ import annotations

from citebrief.text.zh_held_title import held_zh_title
from citebrief.text.zh_news_title_steps import swapped
from conftest import shared_article

HOTLINE = [
    "拨打客服热线后，客服很快回复了郑女士。",
    "客服热线全天开通，市民可随时咨询客服。",
    "市民对客服表示满意。",
]
GRAFT = [
    "王爱立说，这些规定针对的是企业内部关键岗位人员因腐败侵害企业利益的行为。",
    "近年来民营企业内部人员腐败问题多发、易发，主要表现在侵占、挪用和受贿等方面。",
]
GRAFT_TEXTS = [*GRAFT, "修改刑法，完善民营企业内部人员腐败相关犯罪规定，是落实中央精神的需要。"]


def test_the_phrase_most_bullets_write_the_word_in_is_the_title() -> None:
    assert held_zh_title("客服", HOTLINE, HOTLINE, set()) == "客服热线"


def test_a_phrase_that_says_which_one_the_paragraphs_say_twice_is_the_title() -> None:
    assert held_zh_title("腐败", GRAFT, GRAFT_TEXTS, set()) == "民营企业内部人员腐败"


def test_a_phrase_said_once_is_one_sentences_detail() -> None:
    assert held_zh_title("客服", [HOTLINE[0], HOTLINE[2]], HOTLINE[:1] + HOTLINE[2:], set()) == "客服"
    assert held_zh_title("腐败", GRAFT, GRAFT, set()) == "腐败"


def test_a_given_title_a_measure_a_clause_or_a_place_is_no_holder() -> None:
    assert held_zh_title("客服", HOTLINE, HOTLINE, {"客服热线"}) == "客服"
    area = ["全市体育场地面积达到一千万平方米。", "人均体育场地面积逐年增加，体育场地建设加快。"]
    assert held_zh_title("体育场地", area, area, set()) == "体育场地"  # the figure, not the thing
    city = ["杭州市民纷纷前往西湖游玩。", "杭州今年游客人数创新高，杭州旅游火爆。"]
    assert held_zh_title("杭州", city, city, set()) == "杭州"


def test_the_guard_holds_the_phrase_in_the_words_place() -> None:
    title, guard = swapped(held_zh_title, "客服", {"客服", "百万保障"}, HOTLINE, HOTLINE, {"百万保障"})
    assert (title, guard) == ("客服热线", {"客服热线", "百万保障"})


def test_a_shared_news_group_on_insiders_graft_says_whose() -> None:
    # zh-news line 36's group of two bullets on graft (before `zh_lead_lift` gave it the
    # amendment's new crime as a third), its article's sentences as the texts
    sentences = [s + "。" for s in shared_article("zh-news.jsonl", 36).split("。") if s]
    group = [
        next(s for s in sentences if opening in s)
        for opening in ("这些规定针对的是企业内部", "近年来民营企业内部人员腐败")
    ]
    assert held_zh_title("腐败", group, sentences, set()) == "民营企业内部人员腐败"
