"""A Chinese sentence that only talks to its reader (text/zh_reader_address.py), and the bullet on
one giving way to its paragraph's next fact (engines/zh_reader_drops.py)."""

from __future__ import annotations

import pytest

from citebrief.engines.scored import Draft
from citebrief.engines.zh_reader_drops import without_reader_asides
from citebrief.text.data_files import data_lines
from citebrief.text.zh_reader_address import addresses_reader
from scored_builder import zh_scored


@pytest.mark.parametrize(
    "sentence",
    [
        "蛋白质这三个字你一定不陌生，毕竟它也是不少健身人士的常备食物之一。",  # zh-clts 6
        "相信大家都有过熬夜的经历。",
        "大家都知道，早睡早起身体好。",
        "总之，不要给自己任何借口，动起来才重要。",  # zh-clts 6's close
    ],
)
def test_an_aside_to_the_reader_is_read(sentence: str) -> None:
    assert addresses_reader(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "蛋白质的好处非常明显，比如让你变得不容易饿。",  # tells, though it says "你"
        "相信大家都知道，全市去年新增平价菜店40家。",  # a figure of its own
        "市商务局日前出台12条措施保障蔬菜供应。",
        # zh-clts 1: a question to the reader that goes on to the letter's premise (read blind: kept)
        "爸爸妈妈，你们知道吗，和你们在一起的时光，我的生命都色彩斑斓了起来。",
    ],
)
def test_a_fact_is_no_aside(sentence: str) -> None:
    assert not addresses_reader(sentence)


def test_the_cue_table_has_rows() -> None:
    assert len(data_lines("zh_reader_cues.tsv")) >= 4


_ARTICLE = [
    ["蛋白质这三个字你一定不陌生。", "蛋白质的好处非常明显，让你不容易饿。", "每天摄入150克就够了。"],
    ["总之，不要给自己任何借口，动起来才重要。", "拳击能锻炼全身。", "搭档可以监督你。"],
]


def test_an_aside_gives_way_to_its_paragraphs_next_fact() -> None:
    chosen = [0, 2]
    got = without_reader_asides(zh_scored(_ARTICLE), [Draft(None, [0, 2])], chosen)
    assert [d.picked for d in got] == [[1, 2]] and sorted(chosen) == [1, 2]


def test_an_aside_whose_next_fact_is_a_bullet_leaves_where_the_group_keeps_two() -> None:
    chosen = [3, 4, 5]
    got = without_reader_asides(zh_scored(_ARTICLE), [Draft(None, [3, 4, 5])], chosen)
    assert [d.picked for d in got] == [[4, 5]] and chosen == [4, 5]


def test_a_group_of_two_keeps_its_aside_where_no_fact_is_free() -> None:
    got = without_reader_asides(zh_scored(_ARTICLE), [Draft(None, [3, 4])], [3, 4])
    assert [d.picked for d in got] == [[3, 4]]
