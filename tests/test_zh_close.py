"""A Chinese title the text always says before the same noun is given with it
(`zh_close.closed`): "上海互联网广告业务", not "上海互联网"; never a verb, a name or a
name's first character after it."""

from __future__ import annotations

from citebrief.text.zh_close import closed

ADS = "2022年，上海互联网广告业务收入954.2亿元，同比增长14.2%，增幅远远高于3%的全国平均。"


def test_the_noun_every_place_says_after_the_title_closes_it() -> None:
    assert closed("上海互联网", [ADS]) == "上海互联网广告业务"
    shield = "补强生态保护修复技术、模式的短板，优化生态安全屏障体系。"
    assert closed("生态安全屏障", [shield, "建设生态安全屏障体系是长期任务。"]) == "生态安全屏障体系"


def test_different_words_after_leave_the_title() -> None:
    other = "上海互联网企业数量同比增长。"
    assert closed("上海互联网", [ADS, other]) == "上海互联网"


def test_a_verb_or_a_verbal_noun_after_is_no_head() -> None:
    assert closed("浦东经侦支队民警", ["浦东经侦支队民警调查发现，该公司虚构业绩。"]) == "浦东经侦支队民警"
    assert closed("企业员工紧急商务", ["推出企业员工紧急商务申办出入境证件预约服务。"]) == "企业员工紧急商务"


def test_a_name_after_is_no_head() -> None:
    assert closed("火炬手", ["第124棒火炬手樊添瑞在细雨中高举火炬。"]) == "火炬手"
    assert closed("波兰雕塑艺术家", ["这件雕塑来自波兰雕塑艺术家亚·伯雷克。"]) == "波兰雕塑艺术家"


def test_a_quantity_after_is_no_head() -> None:
    """zh-news record 95: "乡村民宿全部" titled the storm's measures, "全部" the clause's "all"."""
    assert closed("乡村民宿", ["全市所有景区、乡村民宿全部关闭。"]) == "乡村民宿"
    assert closed("公司员工", ["公司员工全体出动。"]) == "公司员工"


def test_a_manner_word_after_is_no_head() -> None:
    """zh-news _L1272: "周氏夫妇专门" titled the parents' search, "专门" how they went to the police."""
    assert closed("周氏夫妇", ["2009年，周氏夫妇专门到原京山县公安局采集录入DNA。"]) == "周氏夫妇"


def test_a_title_at_a_sentence_end_or_too_long_stays() -> None:
    assert closed("生态安全屏障", ["这里是重要的生态安全屏障。"]) == "生态安全屏障"
    long = "全国农村集体经济组织成员身份确认工作方案已经印发。"
    assert closed("全国农村集体经济组织", [long]) == "全国农村集体经济组织"


def test_no_title_stays_none() -> None:
    assert closed("", [ADS]) == ""
