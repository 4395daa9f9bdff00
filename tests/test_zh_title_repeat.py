"""zh_title_repeat: a Chinese news group title that is a title before it again (a piece of it,
or its head word with a character before it) gives way to a phrase more of the group's bullets
say; parallel strands, pieces of the title and common words stay out."""

from __future__ import annotations

import json
from pathlib import Path

from citebrief.ingest import document_from_text
from citebrief.pipeline import draft
from citebrief.text.zh_title_repeat import distinct_zh_title, head_word, repeats

DATA = Path("/work/shared/data")

_FLOODED = [
    "北京的强降雨天气也导致部分路段出现积水，相关部门及时排涝。",
    "为了应对强降雨造成道路积水问题，当地对积水路段采取封路措施。",
    "此次强降雨造成房山区多处积水，仅城关街道就出现13处积水点。",
    "昌平区在10条山区公路地质灾害易发路段设置了20处值守点，及时清理积水。",
]


def test_head_word_is_the_last_word() -> None:
    assert head_word("最大规模降雨") == "降雨"
    assert head_word("核心要点：最大规模降雨") == "降雨"


def test_repeats_reads_a_piece_or_the_head_again() -> None:
    assert repeats("强降雨", "最大规模降雨")
    assert repeats("秦岭生态", "秦岭生态环境保护")
    assert not repeats("京味文化", "北京中轴线文化")  # a strand of its own, named by its modifier
    assert not repeats("防汛三级应急响应", "防汛防台风四级应急响应")
    assert not repeats("强降雨", "强降雨")


def test_a_repeat_takes_the_phrase_more_bullets_say() -> None:
    assert distinct_zh_title("强降雨", _FLOODED, _FLOODED, {"最大规模降雨", "强降雨"}) == "积水"


def test_a_title_free_of_the_others_stays() -> None:
    assert distinct_zh_title("强降雨", _FLOODED, _FLOODED, {"北京暴雨", "强降雨"}) == "强降雨"


def test_a_phrase_no_more_said_than_the_title_is_not_taken() -> None:
    bullets = _FLOODED[:2]  # 强降雨 and 积水 both in two: the title is as much the group's
    assert distinct_zh_title("强降雨", bullets, bullets, {"最大规模降雨"}) == "强降雨"


def test_a_phrase_another_title_holds_is_not_taken() -> None:
    assert distinct_zh_title("强降雨", _FLOODED, _FLOODED, {"最大规模降雨", "道路积水"}) == "强降雨"


def _titles(name: str, index: int) -> list[str]:
    line = (DATA / f"{name}.jsonl").read_text(encoding="utf-8").splitlines()[index]
    record = json.loads(line)
    return [g.title for g in draft(document_from_text(record["article"], origin=str(index), kind="text")).groups]


def test_a_rain_brief_names_the_flooded_roads_group() -> None:
    titles = _titles("zh-news", 95)
    assert "强降雨" not in titles and "道路积水" in titles  # the water on the roads (zh_whole_said)


def test_parallel_list_titles_stay() -> None:
    titles = _titles("zh-clts", 4)
    assert "楼梯和地面潜在危险" in titles and "家具潜在危险" in titles
