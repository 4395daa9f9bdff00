"""A case report's groups titled by their cases: the party and its act, cut from the case's title."""

from __future__ import annotations

from citebrief.engines.themes import OVERVIEW_THEME
from citebrief.text.zh_case_title import case_group_titles, case_title_phrase, case_titled
from conftest import zh_news_brief


def test_a_persons_case_is_titled_from_the_name_past_the_place_and_posts() -> None:
    assert case_title_phrase("东阿县政协原常委、县水利局原正科级干部孙丙柱利用工程项目谋取私利问题。") == (
        "孙丙柱利用工程项目谋取私利问题"
    )
    assert case_title_phrase("济宁市任城区财政局农业科科长李欣履行资金拨付监管职责不力问题。") == (
        "李欣履行资金拨付监管职责不力问题"
    )


def test_a_title_listing_several_acts_keeps_the_first_a_title_reads_no_list() -> None:
    title = "东营市河口区孤岛刺槐林场建设服务中心原党组书记、主任孙卫东以权谋私、“靠林吃林”问题。"
    assert case_title_phrase(title) == "孙卫东以权谋私"


def test_a_body_is_titled_past_its_place_chain_and_a_place_party_keeps_its_last_place() -> None:
    assert case_title_phrase("合肥市高新区星之地医疗美容门诊部发布违法广告案。") == "星之地医疗美容门诊部发布违法广告案"
    assert case_title_phrase("2、朔州市怀仁市下寨村违法占地问题。") == "下寨村违法占地问题"


def test_a_place_the_tokenizer_splits_is_one_place_and_a_post_before_no_name_is_no_persons_case() -> None:
    assert case_title_phrase("3、长沙市岳麓区谷山村违规建房问题。") == "谷山村违规建房问题"  # 谷/山村
    assert case_title_phrase("四川省眉山市东坡区财政局原局长刘某违规发放津贴补贴问题。") == "刘某违规发放津贴补贴问题"


def test_a_title_whose_party_is_not_found_gives_none() -> None:
    assert (
        case_title_phrase("3、长治市长子经济开发区丹朱总部经济园区建设项目违法占地问题。") == ""
    )  # no body, no lone place
    assert case_title_phrase("这是一个普通的句子。") == ""


REPORT = [
    "8日，山西省自然资源厅公开通报3起违法占地典型问题。",
    "1、临汾市洪洞县山西兆林广胜寺旅游开发有限公司建设项目违法占地问题。",
    "2023年4月底，该公司违法占用6.633亩耕地建设景区门楼。",
    "7月27日，该问题完成拆除复垦。",
    "2、朔州市怀仁市下寨村违法占地问题。",
    "2023年6月7日，村民王某、马某违法占用5.15亩耕地建设大棚墙体。",
    "8月1日，怀仁市自然资源局对建筑物进行了拆除复垦。",
]
THEMES = [OVERVIEW_THEME, 0, 0, 0, 1, 1, 1]


def test_each_case_theme_gets_its_title_where_it_fits_and_a_long_one_keeps_its_own() -> None:
    assert case_group_titles(REPORT, THEMES) == {1: "下寨村违法占地问题"}  # case 1's is 25 characters


def test_cases_that_are_not_the_themes_get_no_titles() -> None:
    assert case_group_titles(REPORT, [OVERVIEW_THEME, 0, 0, 0, 0, 0, 0]) == {}
    assert case_group_titles(REPORT[:4], THEMES[:4]) == {}  # one case: no report of cases


def test_the_case_title_stands_only_where_the_groups_paragraphs_say_it_and_no_group_has_it() -> None:
    texts = ["2、朔州市怀仁市下寨村违法占地问题。2023年6月7日，村民违法占用耕地。"]
    assert case_titled("农业设施用地备案", "下寨村违法占地问题", texts, set()) == (
        "下寨村违法占地问题",
        {"下寨村违法占地问题"},
    )
    assert case_titled("农业设施用地备案", "下寨村违法占地问题", ["村民违法占用耕地。"], set())[0] == "农业设施用地备案"
    assert case_titled("农业设施用地备案", "下寨村违法占地问题", texts, {"下寨村违法占地问题"})[0] == "农业设施用地备案"


def test_a_case_whose_party_and_act_fit_a_title_is_titled_by_them_the_others_keep_theirs() -> None:
    """zh-news _L125: readers marked "谋取利益" (the first case's old title) and "支付管理费" as fragments."""
    titles = [g.title for g in zh_news_brief("_L125").groups[1:]]
    # the first case's party and act fit a title; the other three need 13-18 characters, over the
    # 2-12 every title keeps (`titles.py`); the second's and third's acts alone fit
    # (`person_act`: "利用工程项目谋取私利问题", not the clause "孙丙柱利用职务便利") and stay beside
    # the last one's name (`zh_feature_names.sibling_names`: not the bare "孙丙柱"); the last, a
    # name the tagger mis-cuts (王/健在), names its person with its penalty (`zh_case_outcomes`)
    assert titles == [
        "孙卫东以权谋私",
        "利用工程项目谋取私利问题",
        "履行资金拨付监管职责不力",
        "王健：受到政务警告处分",
    ]


def test_a_land_case_is_titled_by_its_village_and_offence() -> None:
    """zh-news _L688: "农业设施用地备案" was one bullet's detail of the 下寨村 case."""
    titles = [g.title for g in zh_news_brief("_L688").groups[1:]]
    assert titles[1] == "下寨村违法占地问题"


def test_a_party_and_act_over_twelve_characters_is_no_title() -> None:
    from citebrief.text.zh_case_title import _fitted

    assert _fitted("孙卫东以权谋私") == "孙卫东以权谋私"
    assert _fitted("下寨村违法占地问题") == "下寨村违法占地问题"
    assert _fitted("孙丙柱利用工程项目谋取私利问题") == ""  # 13 without 问题


def test_a_bodys_case_too_long_for_its_act_is_titled_by_the_body_as_a_reader_knows_it() -> None:
    from citebrief.text.zh_case_title import case_party_title

    assert case_party_title("六安市裕安区菲凡医学美容门诊部有限公司发布违法广告案。") == "菲凡医学美容门诊部"
    assert case_party_title("合肥市高新区星之地医疗美容门诊部发布违法广告案。") == "星之地医疗美容门诊部"
    assert case_party_title("2、朔州市怀仁市下寨村违法占地问题。") == ""  # a place, no body
    # a body whose name is over a title's length names no group
    assert case_party_title("1、临汾市洪洞县山西兆林广胜寺旅游开发有限公司建设项目违法占地问题。") == ""


ADVERTISERS = [
    "市场监管局公布了2起违法广告典型案例。",
    "桐柏县甲乙医疗美容门诊部有限公司发布违法广告案。",
    "经查，当事人在其微信公众号发布含有“瘦脸针”等内容的广告。",
    "市场监管局依法对当事人作出罚款6万元的行政处罚。",
    "南召县丙丁医疗美容医院有限公司发布违法广告案。",
    "经查，当事人在自有网站发布广告，宣传专家团队的医师。",
    "市场监管局依法对当事人作出罚款3万元的行政处罚。",
]
ADVERTISER_THEMES = [OVERVIEW_THEME, 0, 0, 0, 1, 1, 1]


def test_every_case_of_bodies_is_titled_by_its_party_where_its_act_does_not_fit() -> None:
    assert case_group_titles(ADVERTISERS, ADVERTISER_THEMES) == {0: "甲乙医疗美容门诊部", 1: "丙丁医疗美容医院"}


def test_no_case_is_titled_by_its_party_where_a_sibling_gets_neither_act_nor_party() -> None:
    # a case of no body whose act is too long: one group by its party beside its sibling's topic is a mix
    report = [*ADVERTISERS[:4], "3、长治市长子经济开发区丹朱总部经济园区建设项目违法占地问题。", *ADVERTISERS[5:]]
    assert case_group_titles(report, ADVERTISER_THEMES) == {}


def test_a_regulators_cases_are_titled_by_the_advertisers_they_punish() -> None:
    """zh-news _L765 (zh-news 134): "毒性药品", "专家团队", "独家专利、微信视频" were one bullet's details."""
    brief = zh_news_brief("_L765")
    assert [g.title for g in brief.groups[1:]] == ["星之地医疗美容门诊部", "菲凡医学美容门诊部", "芜湖名姝医疗美容医院"]
