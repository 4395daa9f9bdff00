"""zh_title_clipped: a news group title every bullet saying it writes as a piece clipped out of
one longer phrase takes the phrase (a modifier before it, a second act after it) or loses the
act whose thing was cut off; a subject before a verb, a share before a noun and a sentence's
verb after a verbal noun stay out; a title opening on a word that says something of the word
before it ("优先原则" of 调解优先原则) takes that word back (`data/zh_leaning_fronts.tsv`)."""

from __future__ import annotations

import json
from pathlib import Path

from citebrief.ingest import document_from_text
from citebrief.pipeline import draft
from citebrief.text.data_files import data_lines
from citebrief.text.zh_title_clipped import clipped_titles

DATA = Path("/work/shared/data")
_PERMIT = [
    "山西公安探索城乡融合发展的人口管理模式，推动太原、忻州实现居住证办理同事同标。",
    "今年上半年，该省城镇户籍人口新增5.5万人，新登记流动人口175.6万人。",
]
_LINE = ["经过5年研发，团队建立了定型样机量产产线一条，获得美国专利授权1项，国内专利授权近20项。"]
_METRO = ["做好地面高架线路的声屏障、高架灯杆检查加固以及排水管道、雨箅子等部位的杂物清理。"]


def _clipped(title: str, bullets: list[str]) -> str:
    return clipped_titles([title], [(bullets, bullets)], {title.casefold()})[0]


def test_an_act_cut_from_its_thing_is_dropped() -> None:
    used = {"办理同事同标"}
    assert clipped_titles(["办理同事同标"], [(_PERMIT, _PERMIT)], used) == ["同事同标"]
    assert used == {"同事同标"}


def test_a_modifier_before_the_title_joins_it() -> None:
    assert _clipped("样机量产产线", _LINE) == "定型样机量产产线"


def test_the_second_of_two_acts_joins_a_title_ending_on_the_first() -> None:
    assert _clipped("高架灯杆检查", _METRO) == "高架灯杆检查加固"


def test_a_subject_before_a_verb_a_share_and_a_sentence_verb_stay_out() -> None:
    assert _clipped("完成投资", ["1—6月，全国主要发电企业电源工程完成投资3319亿元，同比增长53.8%。"]) == "完成投资"
    assert _clipped("农田渍涝", ["强降雨可能造成部分农田渍涝，需加强田间管理。"]) == "农田渍涝"
    assert _clipped("全球性挑战", ["大运会为青年共同应对全球性挑战指明了方向。"]) == "全球性挑战"


_PRIORITY = ["在多元化解方面，《意见》提出调解优先原则，即引导当事人优先选择调解方式解决纠纷。"]


def test_a_title_opening_on_a_leaning_word_takes_the_word_it_leans_on() -> None:
    # 优先 says mediation comes first: "优先原则" alone is the principle without what takes priority;
    # "提|出调|解" (a stray dictionary word across the new front) refuses no such phrase
    assert _clipped("优先原则", _PRIORITY) == "调解优先原则"
    assert _clipped("至上理念", ["各地坚持人民至上理念，做好防汛工作。"]) == "人民至上理念"
    assert _clipped("优先原则", ["我们坚持生态优先原则。"]) == "生态优先原则"


def test_a_leaning_word_after_a_light_verb_or_before_a_verb_stays() -> None:
    assert _clipped("优先原则", ["会议提出优先原则，引导当事人选择调解。"]) == "优先原则"  # 提出: no thing put first
    # 优先 as how, before a verb
    assert _clipped("优先发展教育", ["各地坚持城市优先发展教育的思路。"]) == "优先发展教育"


def test_the_leaning_words_table_reads() -> None:
    words = data_lines("zh_leaning_fronts.tsv")
    assert "优先" in words and "为主" in words and all(len(w) == 2 for w in words)


def test_a_heading_group_and_a_title_no_bullet_says_are_left() -> None:
    assert clipped_titles(["办理同事同标"], [None], set()) == ["办理同事同标"]
    assert _clipped("同事同标", ["今年上半年，该省城镇户籍人口新增5.5万人。"]) == "同事同标"


def test_zh_news_briefs_read_blind_as_clipped_give_the_whole_phrase() -> None:
    lines = (DATA / "zh-news.jsonl").read_text(encoding="utf-8").splitlines()
    for index, clipped, whole in (
        # s49n: titles.cleanly_cut no longer lets 现居 (across 实现|居住证) refuse the verb's whole object,
        # so the group's title is the whole phrase from the start; still never the clipped 办理同事同标
        (7, "办理同事同标", "居住证办理同事同标"),
        # s53c: zh-news 12's production line went up to the overview (`zh_stranger_lifts`): the group that
        # took its title from it is gone, and no title is the clipped "样机量产产线" (below)
        (93, "高架灯杆检查", "巡视检查"),  # the whole "高架灯杆检查加固", then the act both say (`zh_shared_act`)
        (108, "优先原则", "调解优先原则"),  # s51h: the principle with what takes priority (`zh_leaning_fronts.tsv`)
    ):
        article = json.loads(lines[index])["article"]
        titles = [g.title for g in draft(document_from_text(article, origin=f"zh-news-{index}", kind="text")).groups]
        assert whole in titles and clipped not in titles
    article = json.loads(lines[12])["article"]
    titles = [g.title for g in draft(document_from_text(article, origin="zh-news-12", kind="text")).groups]
    assert not any(title.endswith("样机量产产线") for title in titles)
