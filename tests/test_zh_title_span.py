"""zh_title_span: a news group's title one bullet says moves to the run of nouns more of its
bullets say (a pair's shared run, the title's front before plain words); runs cut from a longer
name, a front before a specific tail and another group's runs stay out."""

from __future__ import annotations

import json
from pathlib import Path

from citebrief.ingest import document_from_text
from citebrief.pipeline import draft
from citebrief.text.zh_title_span import span_titles

DATA = Path("/work/shared/data")
_OVERVIEW = ["全国电力供需形势总体平衡。"]


def _titled(title: str, bullets: list[str], others: list[str] | None = None) -> str:
    own: list[tuple[list[str], list[str]] | None] = [None, (bullets, bullets)]
    return span_titles(["电力供需", title], own, [others or _OVERVIEW, bullets], {"电力供需"})[1]


def test_the_run_both_bullets_of_a_pair_say_titles_it() -> None:
    bullets = [
        "风电、火电、核电发电设备利用小时同比分别提高83、84、97小时。",
        "上半年，全国电厂发电设备利用小时1733小时，同比降低44小时。",
    ]
    used = {"电力供需"}
    titles = span_titles(["电力供需", "火电"], [None, (bullets, bullets)], [_OVERVIEW, bullets], used)
    assert titles == ["电力供需", "发电设备利用小时"]
    assert "发电设备利用小时" in used and "火电" not in used


def test_another_groups_run_is_no_title() -> None:
    bullets = [
        "风电、火电、核电发电设备利用小时同比分别提高83、84、97小时。",
        "上半年，全国电厂发电设备利用小时1733小时，同比降低44小时。",
    ]
    assert _titled("火电", bullets, ["发电设备利用小时创新高。"]) == "火电"


def test_a_run_cut_from_a_longer_name_is_no_title() -> None:
    bullets = [
        "发挥他们的作用，是党和政府赋予退役军人事务系统的重要职责。",
        "这几年，退役军人事务部着力在三个方面发力，组建老兵宣讲团。",
    ]
    assert _titled("老兵宣讲团", bullets) == "老兵宣讲团"


def test_the_titles_front_most_bullets_say_titles_the_group() -> None:
    bullets = [
        "量子计算在大数据、人工智能等领域也将成为发展的关键。",
        "人工智能包括数据、算法和算力三要素，量子计算对人工智能发展起关键作用。",
        "未来，量子信息技术将越来越多地应用于人类社会中。",
    ]
    assert _titled("人工智能发展", bullets) == "人工智能"


def test_a_front_before_a_specific_tail_stays() -> None:
    bullets = [
        "此次论坛采取线上+线下相结合的方式进行。",
        "近150名代表参加了线下论坛，线上还有近500人参会。",
    ]
    assert _titled("线下论坛", bullets) == "线下论坛"  # 论坛 names the thing; 线下 says how


def test_a_title_two_bullets_say_with_no_shared_run_stays() -> None:
    bullets = ["公园今年接待游客三万人次。", "景区门票收入同比增长两成。"]
    assert _titled("游客", bullets) == "游客"


def _brief_titles(name: str, index: int) -> list[str]:
    line = (DATA / f"{name}.jsonl").read_text(encoding="utf-8").splitlines()[index]
    document = document_from_text(json.loads(line)["article"], origin=str(index), kind="text")
    return [group.title for group in draft(document).groups]


def test_real_briefs_name_what_their_bullets_share() -> None:
    assert "发电设备利用小时" in _brief_titles("zh-news", 6)  # was "火电", one item of a list
    assert "人工智能" in _brief_titles("zh-news", 16)  # was "人工智能发展", one bullet's
