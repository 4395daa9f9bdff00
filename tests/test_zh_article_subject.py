"""A Chinese news group's title that the whole article says (most paragraphs and the overview's
bullets) is its subject: the group takes the next phrase most of its bullets say
(`text/zh_article_subject.py`)."""

from __future__ import annotations

from functools import partial

from citebrief.text.zh_article_subject import article_subject, bare_keyword, past_subject
from conftest import shared_group_titles

_PARAGRAPHS = [
    "生态环境部今天通报了一批案件。",
    "各地生态环境部门开展专项行动。",
    "生态环境执法人员查处民营企业违法排污。",
    "下一步将持续加强生态环境监管。",
]


def test_a_plain_word_nearly_every_paragraph_and_the_overview_say_is_the_subject() -> None:
    assert article_subject("生态环境", _PARAGRAPHS, ["生态环境部今天通报了一批案件。"])


def test_a_word_the_overview_does_not_say_or_few_paragraphs_say_is_no_subject() -> None:
    assert not article_subject("生态环境", _PARAGRAPHS, ["专项行动取得成效。"])  # the overview says other things
    assert not article_subject("民营企业", _PARAGRAPHS, ["查处民营企业违法排污。"])  # one paragraph of four
    assert not article_subject("生态环境", _PARAGRAPHS[:2], ["生态环境部今天通报了一批案件。"])  # two paragraphs


_PROFILE = [
    "王小明昨天率队赢下了决赛。",
    "赛后王小明感谢了教练和队友。",
    "王小明说，球队下个月还要去杭州市集训。",
    "谈到明年的计划，王小明说会继续努力。",
]


def test_the_person_nearly_every_paragraph_and_the_overview_name_is_the_subject() -> None:
    assert article_subject("王小明", _PROFILE, ["王小明昨天率队赢下了决赛。"])
    assert not article_subject("王小明", _PROFILE, ["球队赢下了决赛。"])  # the overview names him not
    assert not article_subject("杭州市", _PROFILE, ["王小明说，球队下个月还要去杭州市集训。"])  # one paragraph


def test_a_place_the_whole_article_names_may_still_title_a_group() -> None:
    paragraphs = [f"杭州市{rest}" for rest in ("今天开幕。", "来了许多游客。", "准备了很多活动。", "明年还办。")]
    assert not article_subject("杭州市", paragraphs, paragraphs[:1])


def test_a_group_on_the_person_takes_the_phrase_most_of_its_bullets_say() -> None:
    bullets = ["王小明说，语言障碍还在。", "王小明与队友交流仍有语言障碍。", "王小明得到10分。"]
    ask = partial(_asked, bullets, bullets, answers=["王小明", "语言障碍"])
    assert past_subject(ask, bullets, bullets, True, set(), _PROFILE, _PROFILE[:1]) == "语言障碍"


def _asked(bullets: list[str], texts: list[str], used: set[str], *, covering: bool, answers: list[str]) -> str:
    """A stand-in title step: the first of `answers` not in `used` (bullets and texts first, as
    the real step's are)."""
    return next((a for a in answers if a.casefold() not in used), "")


def test_the_subject_gives_way_to_the_next_phrase_most_bullets_say() -> None:
    bullets = ["生态环境部门查处民营企业违法案件。", "生态环境部门督促民营企业整改。"]
    ask = partial(_asked, bullets, bullets, answers=["生态环境", "民营企业"])
    used: set[str] = set()
    assert past_subject(ask, bullets, bullets, True, used, _PARAGRAPHS, _PARAGRAPHS[:1]) == "民营企业"
    assert "民营企业" in used


def test_one_bullets_detail_does_not_replace_the_subject() -> None:
    bullets = ["生态环境部门查处违法案件。", "生态环境部门督促企业整改。"]
    ask = partial(_asked, bullets, bullets, answers=["生态环境", "违法案件"])
    assert past_subject(ask, bullets, bullets, True, set(), _PARAGRAPHS, _PARAGRAPHS[:1]) == "生态环境"
    # not news: as asked
    assert past_subject(ask, bullets, bullets, False, set(), _PARAGRAPHS, _PARAGRAPHS[:1]) == "生态环境"


def test_a_law_the_whole_article_amends_is_no_group_title() -> None:
    """zh-news 154 read in place: its second group, two bullets on protecting private firms,
    was titled 刑法, the law every paragraph and the overview amend."""
    titles = shared_group_titles("zh-news.jsonl", 154)
    assert "民营企业" in titles
    assert "刑法" not in titles


_GAMES = [
    "全运会开幕在即，志愿者培训全面展开。",
    "全运会期间，市里加开了公交线路。",
    "各赛事场馆完成了全运会安保演练。",
    "全运会门票今天开始发售。",
]
_GAMES_OVERVIEW = ["全运会开幕在即，志愿者培训全面展开。", "全运会期间，市里加开了公交线路。", "门票开售。"]


def test_a_bare_keyword_every_bullet_and_most_of_the_overview_say_tells_no_group_apart() -> None:
    bullets = ["全运会赛事场馆完成安保演练。", "全运会体育场馆配齐急救设备。", "全运会门票开始发售。"]
    assert bare_keyword("全运", bullets, _GAMES, _GAMES_OVERVIEW)
    assert not bare_keyword("全运会", bullets, _GAMES, _GAMES_OVERVIEW)  # three characters: a name
    assert not bare_keyword("全运", bullets, _GAMES, _GAMES_OVERVIEW[2:])  # the overview does not say it
    assert not bare_keyword("全运", [*bullets, "门票开售。"], _GAMES, _GAMES_OVERVIEW)  # not every bullet


def test_a_bare_keyword_gives_way_to_the_phrase_whose_head_most_bullets_say() -> None:
    bullets = ["全运赛事场馆完成安保演练。", "全运体育场馆配齐急救设备。", "全运门票开始发售。"]
    ask = partial(_asked, bullets, bullets, answers=["全运", "赛事场馆"])
    used: set[str] = set()
    assert past_subject(ask, bullets, bullets, True, used, _GAMES, _GAMES_OVERVIEW) == "赛事场馆"
    assert "赛事场馆" in used
    # one bullet's detail whose head no other bullet says: the keyword stays
    ask = partial(_asked, bullets, bullets, answers=["全运", "安保演练"])
    assert past_subject(ask, bullets, bullets, True, set(), _GAMES, _GAMES_OVERVIEW) == "全运"
    # an act as vague as the keyword ("合作交流" of 合作 and 交流): the keyword stays
    acts = ["全运合作交流启动。", "全运交流活动举行。", "全运交流成果发布。"]
    ask = partial(_asked, acts, acts, answers=["全运", "合作交流"])
    assert past_subject(ask, acts, acts, True, set(), _GAMES, _GAMES_OVERVIEW) == "全运"
