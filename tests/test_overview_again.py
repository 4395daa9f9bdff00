"""A Chinese overview whose title's bullet went down to a theme is titled again only where the
new subject reads clearly better: a phrase its lead bullet says that names no place. The label
"核心要点：" is set aside as "Key points: " is, or the step never fired in Chinese. Shared zh-news
articles as pasted, the blind readers' view."""

from __future__ import annotations

from citebrief.engines.cover_steps import says_title
from citebrief.engines.overview_titles import _lead_phrase, _words_said
from conftest import shared_group_titles

TRADE = [  # zh-news 199's overview once 外资大项目's bullet went down to its theme
    "浙江省省长王浩作关于上半年全省经济社会发展情况和下半年政府工作的报告时介绍，今年上半年该省共组织出境商务团组993个、"
    "企业8000多家前往境外拓市场增订单。",
    "25日，浙江省十四届人大常委会第四次会议在杭州举行。",
    "今年上半年，浙江统筹打好外经贸“稳拓调”组合拳，促进外贸平稳增长、外资扩量提质。",
]
KIN = [  # zh-news 112's
    "近日，在湖北省鄂州市华容区段店派出所，村民王君(化名)与离散66年的妹妹沈兰(化名)相拥而泣。",
    "沈兰今年68岁，排行老四，1957年母亲生下老五，一家人经常吃不饱饭。",
    "她自此开始寻亲，得知成都、南充、荆门等地都有叫“段店”的地方，她每到一地便请公安机关帮忙，但每次希望都落了空。",
]
FISH = [  # zh-news 193's
    "据上海海关25日发布的统计数据，今年上半年，上海洋山口岸进口非洲商品总值26.7亿元，同比增长67%。",
    "近日，由25个集装箱装载的485吨的冈比亚鱼粉运抵上海洋山口岸，这是该国鱼粉首次从上海口岸进口。",
]


def test_the_chinese_label_is_set_aside_as_the_english_one_is() -> None:
    assert says_title(["……招引一批强链补链、延链固链的外资大项目，……"], "核心要点：外资大项目")
    assert not says_title(TRADE, "核心要点：外资大项目")
    assert says_title(["Some key points about Ancelotti"], "Key points: Ancelotti")


def test_an_old_title_whose_words_the_bullets_still_say_still_fits() -> None:
    assert _words_said("旅游景区", ["进入8月以来，新疆各地陆续进入旅游高峰期，阜康天池景区也不例外。"])
    assert not _words_said("外资大项目", TRADE)


def test_a_phrase_the_lead_says_reads_better_a_place_or_a_name_does_not() -> None:
    assert _lead_phrase("出境商务团组", TRADE)
    assert not _lead_phrase("段店", KIN)  # the police station's place, one word
    assert not _lead_phrase("冈比亚鱼粉", FISH)  # a place, and not the lead's
    assert not _lead_phrase("外经贸", TRADE)  # not the lead's


def test_the_overview_takes_the_leads_phrase_where_its_titles_bullet_went_down() -> None:
    assert shared_group_titles("zh-news.jsonl", 199)[0] == "核心要点：出境商务团组"  # was 外资大项目


def test_the_overview_keeps_its_title_where_no_new_one_reads_better() -> None:
    kin = shared_group_titles("zh-news.jsonl", 112)
    # the reunion its lead reports (`zh_overview_reunion`), not 段店; its group's title not 社区民警
    assert kin[0] == "核心要点：王君与妹妹沈兰相拥而泣"
    assert "社区民警" not in kin
    assert shared_group_titles("zh-news.jsonl", 52)[0] == "核心要点：旅游景区"  # not 旅游高峰期: both words said
    assert shared_group_titles("zh-news.jsonl", 193)[0] == "核心要点：通关效率"
