"""A Chinese news group whose title one bullet says gets the other bullets' own phrase beside it
(`zh_run_titles.paired_title`): "供水设施、支农支小再贷款额度" over the repair of water supply and
the relief loans. Not where the other part is a word alone, the end of a longer phrase, or a
phrase another group's title has."""

from __future__ import annotations

from citebrief.engines.zh_run_titles import paired_title, paired_titles

WATER = "辽宁抚顺126处农村供水工程在降雨中受到影响，当地水利部门正加紧抢修、重建供水设施，并加强水质检测。"
LOANS = "中国人民银行决定增加河北、北京6省（市）支农支小再贷款额度350亿元，加强对受灾地区小微企业的信贷支持。"
LEAD = "连日来，各地和有关部门积极组织力量开展灾后恢复重建工作。"


def _paired(second: str, used: set[str] | None = None) -> str:
    bullets = [WATER, second]
    return paired_title("供水设施", bullets, bullets, [LEAD, *bullets], used or set())


def test_the_other_bullets_thing_joins_the_title() -> None:
    assert _paired(LOANS) == "供水设施、支农支小再贷款额度"
    # in the order the bullets say them
    assert paired_title("供水设施", [LOANS, WATER], [LOANS, WATER], [LEAD, WATER, LOANS], set()) == (
        "支农支小再贷款额度、供水设施"
    )


def test_a_title_every_bullet_says_stays() -> None:
    both = "水利部门还将对修复后的供水设施开展水质检测。"
    assert _paired(both) == "供水设施"


def test_a_word_alone_is_no_part() -> None:
    assert _paired("2023年1月至6月共起诉此类犯罪2000余人。") == "供水设施"


def test_the_end_of_a_longer_phrase_is_no_part() -> None:
    assert _paired("据统计，全市最大1小时降雨量可达40毫米。") == "供水设施"  # 1|小时降雨量
    assert _paired("实践中心室内的夜间活动同样丰富多彩。") == "供水设施"  # 实践中心|室内


def test_a_phrase_given_already_is_no_part() -> None:
    assert _paired(LOANS, {"再贷款额度"}) == "供水设施"
    # another group's title, whichever comes first
    titles = paired_titles(
        ["供水设施", "支农支小再贷款额度"], [([WATER, LOANS], [WATER, LOANS]), None], [LEAD, WATER, LOANS], set()
    )
    assert "支农支小再贷款额度" not in titles[0]
    assert titles[1] == "支农支小再贷款额度"


def test_a_later_item_of_a_list_is_no_part() -> None:
    stations = "受此影响，北京站、北京西站、北京南站、北京丰台站等多趟列车晚点或停运，旅客滞留。"
    assert _paired(stations) == "供水设施"


def test_a_first_item_of_a_list_is_no_part() -> None:
    # one of three modes the sentence lists, picked by chance: the pair would read as two details
    assert _paired("该省支持跨境电商、市场采购、海外仓等外贸新模式发展。") == "供水设施"
    assert _paired("举办二沙岛户外音乐季、广东音乐文艺展演等文化惠民活动。") == "供水设施"
    # the same things said alone are the bullet's own
    assert _paired("当地还将举办户外音乐季，邀请市民参加。") == "供水设施、户外音乐季"


def test_a_clause_ending_on_a_list_is_no_part() -> None:
    # blind readers: "the odd title '领先京津冀、人均公园绿地面积'"
    assert _paired("区域内国土划定为生态保护红线，领先京津冀、长三角等重要城市群。") == "供水设施"


def test_one_item_of_a_clause_series_is_named_by_the_series() -> None:
    # zh-news 168 (L1219): "绥芬河平均降水" is one of three rivers' "……平均降水为……"; paired with the
    # other bullet's "农田渍涝" it read as one river beside waterlogged fields
    from conftest import zh_news_brief

    titles = [group.title for group in zh_news_brief("_L1219").groups]
    assert "平均降水、农田渍涝" in titles
    assert not any("绥芬河" in t for t in titles)


def test_a_phrase_within_a_later_item_is_no_part() -> None:
    # zh-news 39 (L1307): "免疫性疾病" lies in "肿瘤、自身免疫性疾病和代谢疾病"; beside "新药品种" it
    # read as one of the diseases next to the product line both bullets are about
    from conftest import zh_news_brief

    titles = [group.title for group in zh_news_brief("_L1307").groups]
    assert "新药品种" in titles
    assert not any("免疫性疾病" in t for t in titles)
    assert _paired("该公司产品可治疗肿瘤、自身免疫性疾病和代谢疾病。") == "供水设施"
