"""Chinese and English figures normalized for comparison (citebrief.text.numbers)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from citebrief.text.numbers import (
    find_quantities,
    format_value,
    parse_en_number,
    parse_zh_numeral,
    quantity_keys,
    rounds_to,
)

# text → the keys of the figures found in it, in order of position
CASES = [
    # Chinese numerals and units
    pytest.param("三千", ["number:3000"], id="sanqian"),
    pytest.param("1.2万亿元", ["number:1200000000000"], id="1.2-wanyi-yuan"),
    pytest.param("3万亿", ["number:3000000000000"], id="mixed-3-wanyi"),
    pytest.param("10万亿", ["number:10000000000000"], id="mixed-10-wanyi"),
    pytest.param("3千万", ["number:30000000"], id="mixed-3-qianwan"),
    pytest.param("1.15万亿元", ["number:1150000000000"], id="1.15-wanyi"),
    pytest.param("一亿两千万", ["number:120000000"], id="yi-liangqianwan"),
    pytest.param("两万", ["number:20000"], id="liang-wan"),
    pytest.param("两百", ["number:200"], id="liang-bai"),
    pytest.param("十五", ["number:15"], id="shiwu"),
    pytest.param("一百零五", ["number:105"], id="ling-inside"),
    pytest.param("三千零二十", ["number:3020"], id="ling-qian"),
    pytest.param("一百二十三", ["number:123"], id="yibai-ershisan"),
    pytest.param("十万八千", ["number:108000"], id="shiwan-baqian"),
    pytest.param("三万五千", ["number:35000"], id="sanwan-wuqian"),
    pytest.param("一万五千人", ["number:15000"], id="yiwan-wuqian-ren"),
    pytest.param("零点五", ["number:0.5"], id="lingdianwu"),
    pytest.param("五个关键环节", ["number:5"], id="measure-ge"),
    pytest.param("两个", ["number:2"], id="liang-ge"),
    pytest.param("位居全国第三", ["number:3"], id="ordinal-di"),
    pytest.param("三个半月", ["number:3"], id="sange-banyue"),
    # 〇 and years
    pytest.param("二〇二五年", ["number:2025"], id="ling-circle-year"),
    pytest.param("一九九八年", ["number:1998"], id="digit-by-digit-year"),
    pytest.param("2025年", ["number:2025"], id="arabic-year"),
    # percentages
    pytest.param("百分之五", ["percent:5"], id="baifenzhi"),
    pytest.param("百分之三点五", ["percent:3.5"], id="baifenzhi-decimal"),
    pytest.param("千分之五", ["percent:0.5"], id="qianfenzhi"),
    pytest.param("63.5%", ["percent:63.5"], id="percent-sign"),
    pytest.param("１２．５％", ["percent:12.5"], id="full-width-percent"),
    pytest.param("7个百分点", ["percent:7"], id="baifendian"),
    pytest.param("四成", ["percent:40"], id="cheng"),
    pytest.param("七成以上", ["percent:70"], id="cheng-yishang"),
    pytest.param("5%至8%", ["percent:5", "percent:8"], id="percent-range"),
    pytest.param("5 percent", ["percent:5"], id="en-percent"),
    pytest.param("five per cent", ["percent:5"], id="en-words-per-cent"),
    # Arabic numerals: full width, separators, Chinese multipliers, approximations
    pytest.param("３万", ["number:30000"], id="full-width-wan"),
    pytest.param("1,700", ["number:1700"], id="thousands-separator"),
    pytest.param("2,809艘", ["number:2809"], id="separator-measure"),
    pytest.param("1700多个", ["number:1700"], id="duo"),
    pytest.param("10余万人", ["number:100000"], id="yu-wan"),
    pytest.param("近200项", ["number:200"], id="jin"),
    pytest.param("近50万千瓦", ["number:500000"], id="wan-then-kilowatt"),
    # English number words and scales
    pytest.param("three thousand", ["number:3000"], id="en-three-thousand"),
    pytest.param("twenty-five", ["number:25"], id="en-twenty-five"),
    pytest.param("twenty-one", ["number:21"], id="en-twenty-one"),
    pytest.param("one hundred", ["number:100"], id="en-one-hundred"),
    pytest.param("a hundred and five", ["number:105"], id="en-hundred-and-five"),
    pytest.param("1.2 trillion yuan", ["number:1200000000000"], id="en-trillion"),
    pytest.param("3.5bn", ["number:3500000000"], id="en-bn"),
    pytest.param("$2.5 million", ["number:2500000"], id="en-million"),
    # dates
    pytest.param("2025年5月14日", ["number:2025", "date:5-14"], id="zh-full-date"),
    pytest.param("二〇二五年五月十四日", ["number:2025", "date:5-14"], id="zh-numeral-date"),
    pytest.param("８月１６日", ["date:8-16"], id="full-width-date"),
    pytest.param("12月29日上班", ["date:12-29"], id="zh-month-day"),
    pytest.param("16日12时", ["day:16", "number:12"], id="zh-day"),
    pytest.param("May 14, 2025", ["date:5-14", "number:2025"], id="en-month-day-year"),
    pytest.param("14 May 2025", ["date:5-14", "number:2025"], id="en-day-month-year"),
    pytest.param("in March 2024", ["month:3", "number:2024"], id="en-month-year"),
    pytest.param("2023-08-16", ["number:2023", "date:8-16"], id="iso-date"),
    pytest.param("2月4日至10日放假", ["date:2-4", "date:2-10"], id="zh-date-range"),
    pytest.param("10月1日—7日", ["date:10-1", "date:10-7"], id="zh-date-range-dash"),
    pytest.param("from 4 to 10 February", ["date:2-4", "date:2-10"], id="en-date-range"),
    pytest.param("国办发明电〔2018〕15号", ["id:2018-15"], id="document-number-is-an-id"),
    pytest.param("5月3号", ["date:5-3"], id="hao-day"),
    # words, not figures
    pytest.param("两岸", [], id="not-liangan"),
    pytest.param("统一", [], id="not-tongyi"),
    pytest.param("一带一路", [], id="not-yidaiyilu"),
    pytest.param("千帆竞发", [], id="not-idiom"),
    pytest.param("一成不变", [], id="not-yichengbubian"),
    pytest.param("数十家", [], id="not-vague-shushi"),
    pytest.param("成千上万", [], id="not-chengqianshangwan"),
    pytest.param("一批企业", [], id="not-article-yi"),
    pytest.param("one of the", [], id="not-pronoun-one"),
    pytest.param("G20", [], id="not-g20"),
    pytest.param("5G网络", [], id="not-5g"),
    pytest.param("they may march", [], id="not-month-verbs"),
]


@pytest.mark.parametrize(("text", "keys"), CASES)
def test_figures_are_normalized(text: str, keys: list[str]) -> None:
    assert [q.key for q in find_quantities(text)] == keys


def test_there_are_at_least_forty_cases() -> None:
    assert len(CASES) >= 40


@pytest.mark.parametrize(
    ("a", "b"),
    [
        pytest.param("三千", "3000", id="sanqian-3000"),
        pytest.param("1.2万亿元", "1.2 trillion yuan", id="wanyi-trillion"),
        pytest.param("百分之五", "5%", id="baifenzhi-percent"),
        pytest.param("二〇二五年", "2025", id="year"),
        pytest.param("３万", "30,000", id="full-width-separator"),
        pytest.param("五月十四日", "May 14", id="date-across-languages"),
        pytest.param("three thousand", "三千", id="en-words-zh-numeral"),
    ],
)
def test_the_same_figure_written_two_ways_has_one_key(a: str, b: str) -> None:
    assert [q.key for q in find_quantities(a)] == [q.key for q in find_quantities(b)]


def test_spans_point_into_the_text_as_given() -> None:
    text = "截至2024年底，数控化率达到63.5%，智能工厂超过３万家，百分之三十的比例。"
    for quantity in find_quantities(text):
        assert text[quantity.start : quantity.end].translate(str.maketrans("３", "3")) == quantity.text


def test_small_spelled_out_counts_are_weak() -> None:
    weak = {q.text: q.weak for q in find_quantities("the two sides agreed on twenty-five points and five percent")}
    assert weak == {"two": True, "twenty-five": False, "five percent": False}


def test_a_date_answers_for_its_month_and_day() -> None:
    assert quantity_keys("2025年5月14日") == {"number:2025", "date:5-14", "month:5", "day:14"}


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("三千", 3000),
        ("一亿两千万", 120000000),
        ("二〇二五", 2025),
        ("一万五", 15000),
        ("三千五", 3500),
        ("二十五", 25),
    ],
)
def test_parse_zh_numeral(text: str, value: int) -> None:
    assert parse_zh_numeral(text) == Decimal(value)


@pytest.mark.parametrize("text", ["三四百", "点", "abc"])
def test_parse_zh_numeral_refuses_what_is_no_numeral(text: str) -> None:
    assert parse_zh_numeral(text) is None


def test_parse_en_number() -> None:
    assert parse_en_number("three thousand five hundred") == 3500
    assert parse_en_number("two million") == 2_000_000
    assert parse_en_number("several") is None


@pytest.mark.parametrize(
    ("claimed", "exact", "expected"),
    [
        pytest.param("1.2E12", "1.15E12", True, id="trillion-rounded"),
        pytest.param("1800", "1750", True, id="about-1800"),
        pytest.param("64.5", "63.5", False, id="digit-changed"),
        pytest.param("1800", "1700", False, id="hundreds-changed"),
        pytest.param("32", "3.2", False, id="decimal-point-moved"),
        pytest.param("63.5", "63.5", True, id="equal"),
        pytest.param("60", "63.5", False, id="too-coarse-is-another-figure"),
    ],
)
def test_rounds_to(claimed: str, exact: str, expected: bool) -> None:
    assert rounds_to(Decimal(claimed), Decimal(exact)) is expected


def test_format_value_has_no_exponent() -> None:
    assert format_value(Decimal("1.2E+12")) == "1200000000000"
    assert format_value(Decimal("5.0")) == "5"
