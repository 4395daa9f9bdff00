"""A Chinese title that starts inside a term is given the term's front (`zh_term_front`): the
word the article always says before the title's first word, where that word is never said
alone; not a verb that introduces a name, not a count, not a piece of a longer name that would
still be cut; and a place glued to how an event there is held, or a body's name cut before its
head, is no title at all (`zh_poor_titles`)."""

from __future__ import annotations

from citebrief.text.zh_poor_titles import poor_zh_title
from citebrief.text.zh_term_front import front_whole, term_whole
from conftest import shared_group_titles

EXPO = [
    "签约参展第六届进博会的世界500强企业数量已超过去年。",
    "多家国际头部展览公司回归参展，为今年进博会企业商业展增添了一抹亮色。",
    "第六届进博会将于今年11月5日至10日举办。",
]


def test_a_title_the_tagger_cut_after_the_terms_first_character_gets_it_back() -> None:
    assert front_whole("博会企业商业", EXPO) == "进博会企业商业"


def test_the_overview_gets_the_term_whole_at_both_ends() -> None:
    assert term_whole("博会企业商业", EXPO[1:2], EXPO) == "进博会企业商业展"


def test_a_word_always_said_before_the_title_joins_it() -> None:
    donors = [f"吉林第{n}例造血干细胞捐献者完成捐献。" for n in (157, 158, 159)]
    assert front_whole("干细胞捐献者", donors) == "造血干细胞捐献者"


def test_a_longer_word_said_twice_before_is_what_happened_not_a_name() -> None:
    flood = ["村民组突发山洪泥石流灾害。", "该村突发山洪泥石流灾害后，消防赶到。"]
    assert front_whole("山洪泥石流灾害", flood) == "山洪泥石流灾害"


def test_a_word_said_elsewhere_alone_is_no_part_of_the_term() -> None:
    texts = [
        "这是造血功能的问题。",
        "造血干细胞捐献者完成捐献。",
        "造血干细胞捐献者很激动。",
        "另一位造血干细胞捐献者也来了。",
    ]
    assert front_whole("干细胞捐献者", texts) == "干细胞捐献者"


def test_a_verb_that_introduces_a_name_and_a_count_stay_out() -> None:
    bridge = ["发现附近有座桥叫广东桥。", "知情者反映三桥有座桥是叫广东桥。"]
    assert front_whole("广东桥", bridge) == "广东桥"
    policies = ["继续沿用19项支持政策。", "今年又新增了1项支持举措。"]
    assert front_whole("支持政策", policies) == "支持政策"


def test_a_term_still_cut_after_growing_keeps_its_title() -> None:
    """新|时代|中国特色社会主义思想: "时代中国特色社会主义思想" is no better half of the name."""
    texts = [f"学习贯彻习近平新时代中国特色社会主义思想{tail}。" for tail in ("的深化", "主题教育", "成果")]
    assert front_whole("中国特色社会主义思想", texts) == "中国特色社会主义思想"


def test_a_place_glued_to_how_an_event_is_held_is_no_title() -> None:
    assert poor_zh_title("上海线下")
    assert not poor_zh_title("线下论坛")


def test_a_bodys_name_cut_before_its_head_is_no_title() -> None:
    texts = ["世界贸易组织、联合国工业发展组织等国际组织也已确认参展。"]
    assert poor_zh_title("联合国工业发展", texts) and poor_zh_title("联合国工业", texts)
    assert not poor_zh_title("联合国工业发展组织", texts)


def test_zh_news_record_67_overview_names_the_expo_whole() -> None:
    """zh-news record 67 (_L49) as readers see it: "核心要点：博会企业商业" and "上海线下" before."""
    titles = shared_group_titles("zh-news.jsonl", 67)
    assert titles[0] == "核心要点：进博会企业商业展"
    assert "上海线下" not in titles
