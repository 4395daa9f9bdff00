"""A holiday notice's overview says what it does and the duty it sets for all its items."""

from __future__ import annotations

from citebrief.engines.policy_schedule_overview import announced_sections, schedule_close
from citebrief.ingest import document_from_text
from citebrief.pipeline import draft
from citebrief.text.outline import Heading
from conftest import load_records

OUTLINE = [Heading(4, 2, "元旦", 5, True), Heading(5, 2, "春节", 5), Heading(6, 2, "清明节", 6)]


def test_a_lead_in_naming_the_items_announces_them() -> None:
    lead_in = "经国务院批准，现将2019年元旦、春节、清明节放假调休日期的具体安排通知如下。"
    # "……日期的具体安排如下。" points at a list the bullet does not hold: the act it arranges is said
    assert announced_sections(lead_in, OUTLINE) == "经国务院批准，2019年元旦、春节、清明节放假调休。"
    other = "经国务院批准，现将2019年元旦、春节、清明节的值班表公布如下。"  # no act arranged: "……如下。"
    assert announced_sections(other, OUTLINE) == "经国务院批准，2019年元旦、春节、清明节的值班表如下。"
    assert announced_sections(lead_in, OUTLINE[:2]) is None  # two named: a topic, not the items
    assert announced_sections("经国务院同意，现将有关事项通知如下：", OUTLINE) is None  # names nothing
    assert announced_sections("2019年元旦、春节、清明节放假调休安排已经确定。", OUTLINE) is None  # no formula


def test_the_close_after_a_schedule_of_labelled_items() -> None:
    texts = ["一、元旦：1月1日放假。", "二、春节：2月4日至10日放假。", "三、清明节：4月5日放假。"]
    texts.append("节日期间要安排好值班。")
    assert schedule_close(texts, [4, 5, 6, 7]) == [3]
    assert schedule_close(texts, [4, 5, 8, 9]) == []  # the items do not follow one another
    assert schedule_close(texts[1:], [5, 6, 7]) == []  # two items are no schedule
    sentences = ["一、加快建设全国统一电力市场。", "二、健全价格机制。", "三、强化监管。", "各地要抓好落实。"]
    assert schedule_close(sentences, [4, 5, 6, 7]) == []  # headings, not labelled items


def test_the_holiday_notice_opens_on_what_it_does() -> None:
    # zh-policy 8: the overview was 元旦 alone, and 节假日期间's duty (para 11) no bullet at all
    record = load_records("zh-policy.jsonl")[8]
    brief = draft(document_from_text(str(record["article"]), origin="t", kind="text"))
    overview = brief.groups[0].points
    assert overview[0].text.startswith("经国务院批准，2019年元旦") and overview[0].citations == [3]
    assert overview[0].text.endswith("和国庆节放假调休。")  # not "……的具体安排如下。" (a dangling opener)
    assert any(p.citations == [11] and "值班" in p.text for p in overview)
    make_up = next(g for g in brief.groups[1:] if any(p.text.startswith("元旦") for p in g.points))
    assert {"元旦", "春节", "国庆节"} <= {p.text.split("：")[0] for p in make_up.points}
