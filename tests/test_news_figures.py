"""A Chinese news item's headline figures (`engines/news_figures.py`): the latest record, the
specific a vague line announces, a side group's fine or rate, drafted end to end from short items."""

from __future__ import annotations

import pytest

from citebrief.engines.extractive import draft_extractive
from citebrief.engines.news_figures import headline_figure, swap_for_news_amounts
from citebrief.engines.scored import Draft
from citebrief.ingest import document_from_text
from scored_builder import zh_scored

RECORD = (
    "新华社北京8月1日电 某县农科所今天公布小麦育种进展。"
    "研究员张明一直从事小麦新品种选育工作，三十年来扎根试验田。\n"
    "2015年，课题组育成第一个品种“丰麦1号”，结束了多年没有品种的历史。"
    "2021年，课题组培育的“丰麦5号”以亩产800.5公斤刷新全省冬小麦高产纪录。"
    "试验田里，他每天记录生长数据，开展品种杂交。\n"
    "随着种植区域扩大，“丰麦5号”推广面积以每年30%的速度增加，已成为当地主栽品种。"
    "2023年7月3日，“丰麦5号”又以亩产850.2公斤，刷新全省冬小麦高产纪录。"
    "现在，张明已经育成6个小麦品种，还建立技术指导微信群，让更多种植户学到技术。"
)

ANNOUNCED = (
    "新华社成都7月27日电 第31届世界大学生夏季运动会即将开幕。"
    "近日，承担击剑比赛的区体育中心体育馆再次迎检，通过综合演练，确保赛事安全精彩开展。\n"
    "除了以上3处大运场馆，众多本区产品也将服务大运会。"
    "大运会使用的上百台氢燃料客车由本区企业制造；智算中心打造的降水预测模型“夔牛”，将提高天气预报精准程度，为竞技保驾护航。"
    "\n"
    "志愿者们也在做最后准备。全区布局了25个城市志愿服务小站，400余名城市志愿者已就位。\n"
    "根据最新数据，全区人均体育场地面积已达到2.61平方米。越来越多的运动场地，给潮流运动带来发展空间。"
)


def _bullets(text: str) -> list[str]:
    document = document_from_text(text, origin="item.txt", kind="text")
    return [point.text for point in draft_extractive(document).points()]


def test_the_latest_record_takes_the_place_of_the_earlier_one() -> None:
    bullets = _bullets(RECORD)
    assert any("850.2公斤" in b for b in bullets), bullets
    assert not any("800.5公斤" in b for b in bullets), bullets


def test_a_vague_line_gives_way_to_the_specific_it_announces() -> None:
    bullets = _bullets(ANNOUNCED)
    assert any("上百台氢燃料客车" in b for b in bullets), bullets
    assert not any("众多本区产品也将" in b for b in bullets), bullets


def test_a_side_groups_figureless_bullet_gives_way_to_its_paragraphs_fine() -> None:
    scored = zh_scored(
        [
            ["省市场监管局集中公布了3起违法广告典型案例。"],
            [
                "经查，当事人在自有网站发布广告，宣传专家团队的医师。",
                "当事人的行为违反了广告法有关规定，构成虚构医师信息的违法行为。",
                "2023年4月，乙区市场监管局依法对当事人作出罚款3万元的行政处罚。",
            ],
        ]
    )
    drafts = [Draft(None, [0]), Draft(1, [1, 2])]
    chosen = [0, 1, 2]
    swap_for_news_amounts(scored, drafts, chosen)
    # the paragraph's opening line says what it is about; the next figureless bullet gives way
    assert drafts[1].picked == [1, 3]
    assert sorted(chosen) == [0, 1, 3]


def test_a_bullet_giving_a_reason_keeps_its_place() -> None:
    scored = zh_scored(
        [
            ["贝恩资本将收购阿达尼资本90%股份。"],
            [
                "阿达尼集团遭遇华尔街做空。",
                "阿达尼集团因遭遇做空，资金链承受压力，引起贝恩资本的兴趣。",
                "其市值“回血”大约500亿美元。",
            ],
        ]
    )
    drafts = [Draft(None, [0]), Draft(1, [2])]
    swap_for_news_amounts(scored, drafts, [0, 2])
    assert drafts[1].picked == [2]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("该术式将原本需要至少4小时才能完成的大手术，变成仅需1小时即能完成的手术。", True),
        ("审批时间由原来的20个工作日缩短至5个工作日。", True),
        ("“丰麦5号”又以亩产850.2公斤，刷新全省冬小麦高产纪录。", True),
        ("该品种刷新了全省高产纪录。", False),  # a record without its figure
        ("上半年，全省出口增长4.1%。", False),  # a figure, but neither record nor change
    ],
)
def test_headline_figure(text: str, expected: bool) -> None:
    assert headline_figure(text) is expected
