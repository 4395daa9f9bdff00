"""A Chinese feature's overview leads with its news, not an opening quotation that states no
figure (`engines/zh_lead_quote.py`)."""

from __future__ import annotations

import pytest

from citebrief.engines.zh_lead_quote import quotation
from conftest import zh_news_brief


@pytest.mark.parametrize(
    "text",
    [
        "“今年旅游火起来了，村子上的旅游也有了起色，百姓收入高了。”新疆阜康市城关镇山坡中心村党总支副书记白晓萍说。",
        "“青藏高原生态安全屏障仍然面临草地退化、冰川及冻土面积萎缩等生态风险。”实验室主任赵新全表示。",
        "“太幸运了，没想到在线下店买到了一个限定版‘蓉宝’！”",  # the whole sentence quoted
    ],
)
def test_quotation(text: str) -> None:
    assert quotation(text)


@pytest.mark.parametrize(
    "text",
    [
        "进入8月以来，新疆各地陆续进入旅游高峰期，阜康天池景区也不例外，每天的游客人数接近2万人次。",
        "辣椒是中国食文化的重要元素，“无辣不欢”是常山美食的“灵魂”。",  # a quoted phrase inside
        "“020”是广州的数字代码，广州越秀12日正式推出音乐新秀品牌“020赫兹”。",  # a quoted name opens it
        "“好”",  # too short to be someone's words
    ],
)
def test_not_quotation(text: str) -> None:
    assert not quotation(text)


def _overview(record_id: str) -> list[str]:
    return [point.text for point in zh_news_brief(record_id).groups[0].points]


def _others(record_id: str) -> list[str]:
    return [point.text for group in zh_news_brief(record_id).groups[1:] for point in group.points]


def test_news_goes_up_and_the_voice_down() -> None:
    """A village's tourism feature: the party secretary's opening words go down to the theme that
    quotes her again; the peak season's 2万人次 a day leads the overview."""
    overview = _overview("_L74")
    assert not overview[0].startswith("“")
    assert any("2万人次" in b for b in overview)
    assert any(b.startswith("“今年旅游火起来了") for b in _others("_L74"))


def test_forum_leads_not_the_warning() -> None:
    """A forum on the plateau: its opening quotation leaves the overview, the forum held leads."""
    overview = _overview("_L1286")
    assert overview[0].startswith("15日至16日")
    assert not any(b.startswith("“青藏高原生态安全屏障") for b in overview)


def test_quotation_with_a_figure_stays() -> None:
    """The camp owner's words count his visitors (200人次) and income: a fact, it leads still."""
    assert _overview("_L658")[0].startswith("“我们的露营基地")


def test_no_figure_near_keeps_the_quotation_after_its_news() -> None:
    """The airport's ground crew: no point of the lead with a figure in digits is left, the
    quotation that names the job stays, after the summer rush's 60°C on the apron."""
    overview = _overview("_L684")
    assert overview[0].startswith("正值暑运期间")
    assert overview[1].startswith("“很多旅客")


def test_doctors_day_reads_before_the_doctors_words() -> None:
    """Doctors' Day and the ceremony held come first; the young doctor's words stay, after them."""
    overview = _overview("_L1336")
    assert overview[0].startswith("8月19日是第六个中国医师节")
    assert overview.index(next(b for b in overview if b.startswith("“在医生这个平凡的岗位上"))) == 2


def test_no_trade_puts_a_group_before_the_overview() -> None:
    """The drug approval: the academician's opening words are no figure, but the only theme bullet
    with one near is of the next paragraph and nothing else of the overview is of the first; the
    quotation stays rather than open a theme group ahead of the overview."""
    brief = zh_news_brief("_L1307")
    first = min(min(p.citations) for p in brief.groups[0].points)
    assert all(first <= min(min(p.citations) for p in g.points) for g in brief.groups[1:])
