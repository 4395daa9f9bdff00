"""zh_thing_event: a group's title that its bullets only ever write with one act right after it
("大运会火炬" of 大运会火炬传递) takes the act; a thing written bare, with a noun after it, with
another act, or with the act by one bullet only stays."""

from __future__ import annotations

import json
from pathlib import Path

from citebrief.ingest import document_from_text
from citebrief.pipeline import draft
from citebrief.text.zh_thing_event import thing_event_titles

DATA = Path("/work/shared/data/zh-news.jsonl")

# zh-news 166's torch group: two bullets write the torch with its relay, the third its bearers
_RELAY = [
    "今年6月10日，成都大运会火炬传递活动在北京启动，之后在哈尔滨、深圳、重庆、宜宾、成都的高校接力传递。",
    "体操奥运冠军邹敬园是成都大运会火炬传递的首棒火炬手，将作为参赛选手参加成都大运会。",
    "见证“蓉火”在火炬手之间传递，“蓉漂”十年的达州人崔程十分激动。",
]
# zh-news 105's sports-ground group: the grounds only as what an area measures
_GROUNDS = [
    "根据最新数据，郫都全区139.84万人口有365.594万平方米体育场地面积，人均体育场地面积已达到2.61平方米。",
    "郫都区新建改建体育场地面积超过10万平方米，体育场地面积持续增长。",
]


def test_the_act_every_bullet_writes_the_thing_with_titles_the_group() -> None:
    used = {"成都大运会", "大运会火炬"}
    assert thing_event_titles(["大运会火炬"], [(_RELAY, _RELAY)], used) == ["大运会火炬传递"]
    assert "大运会火炬传递" in used and "大运会火炬" not in used


def test_a_thing_one_bullet_writes_bare_stays() -> None:
    bullets = [*_RELAY[:2], "成都大运会火炬在细雨中回到主场馆。"]
    assert thing_event_titles(["大运会火炬"], [(bullets, bullets)], set()) == ["大运会火炬"]


def test_a_thing_written_with_two_acts_stays() -> None:
    bullets = ["成都大运会火炬传递活动在北京启动。", "成都大运会火炬点燃仪式在东安湖举行。"]
    assert thing_event_titles(["大运会火炬"], [(bullets, bullets)], set()) == ["大运会火炬"]


def test_the_act_written_by_one_bullet_of_three_stays() -> None:
    bullets = [_RELAY[0], "大运会共有800名火炬手。", _RELAY[2]]
    assert thing_event_titles(["大运会火炬"], [(bullets, bullets)], set()) == ["大运会火炬"]


def test_a_noun_after_the_thing_is_a_measure_not_an_act() -> None:
    assert thing_event_titles(["体育场地"], [(_GROUNDS, _GROUNDS)], set()) == ["体育场地"]


def test_a_phrase_taken_an_act_title_and_a_heading_group_stay() -> None:
    assert thing_event_titles(["大运会火炬"], [(_RELAY, _RELAY)], {"大运会火炬传递"}) == ["大运会火炬"]
    bullets = ["会议审议通过了会议议程。", "会议审议通过了工作办法。"]
    assert thing_event_titles(["会议审议"], [(bullets, bullets)], set()) == ["会议审议"]
    assert thing_event_titles(["大运会火炬"], [None], set()) == ["大运会火炬"]


def test_the_torch_group_is_titled_by_the_relay() -> None:
    record = json.loads(DATA.read_text(encoding="utf-8").splitlines()[166])  # Chengdu Universiade's torch relay
    brief = draft(document_from_text(record["article"], origin="article.txt", kind="text"))
    titles = [group.title for group in brief.groups]
    assert "大运会火炬传递" in titles[1:]
    assert "大运会火炬" not in titles
