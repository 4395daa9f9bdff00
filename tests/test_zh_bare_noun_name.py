"""zh_bare_noun_name: a group still titled by one broad common noun ("地名") takes the name two
or more of its bullets write ("郑家嘴"); a name one bullet writes, one another group or the
overview writes, a person the group quotes, and a title that is no bare noun stay."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from citebrief.ingest import document_from_text
from citebrief.pipeline import draft
from citebrief.text.zh_bare_noun_name import bare_noun_names

DATA = Path("/work/shared/data/zh-news.jsonl")

# zh-news 11's group on the clue that found the family: a place name no one knew
_CLUE = [
    "陈某提供的线索为老家的地名——清河乡郑家嘴。",
    "民警在辖区开展走访，群众反映没有郑家嘴这个地名。",
    "一个年长的知情者反映三桥附近以前有个地名为郑家嘴。",
]


def test_a_bare_common_noun_takes_the_name_its_bullets_keep_to() -> None:
    used = {"怀宁县清河乡", "台胞郑某"}
    assert bare_noun_names(["地名"], [(_CLUE, _CLUE)], used, ()) == ["郑家嘴"]
    assert "郑家嘴" in used and "地名" not in used


def test_a_name_one_bullet_writes_stays() -> None:
    bullets = [_CLUE[0], "民警随后调整策略，仔细研究方位平面图。"]
    assert bare_noun_names(["地名"], [(bullets, bullets)], set(), ()) == ["地名"]


def test_a_name_another_group_or_the_overview_writes_stays() -> None:
    other = ["郑家嘴附近有座桥叫广东桥。"]
    assert bare_noun_names(["地名", "广东桥"], [(_CLUE, _CLUE), (other, other)], set(), ()) == ["地名", "广东桥"]
    assert bare_noun_names(["地名"], [(_CLUE, _CLUE)], set(), tuple(other)) == ["地名"]
    assert bare_noun_names(["地名"], [None], set(), ()) == ["地名"]
    assert bare_noun_names(["地名"], [(_CLUE, _CLUE)], {"郑家嘴"}, ()) == ["地名"]


def test_a_person_the_group_quotes_stays() -> None:
    # zh-news 44: the head teacher speaks; the group is about the school being put back in order
    bullets = ["杨春娟和教职员工们已经对校园进行多天重整。", "杨春娟说，希望学生们返校时，有一个窗明几净的校园。"]
    assert bare_noun_names(["校园"], [(bullets, bullets)], set(), ()) == ["校园"]


def test_a_title_that_is_no_bare_common_noun_stays() -> None:
    assert bare_noun_names(["重整"], [(_CLUE, _CLUE)], set(), ()) == ["重整"]
    assert bare_noun_names(["清河乡郑家嘴"], [(_CLUE, _CLUE)], set(), ()) == ["清河乡郑家嘴"]


@pytest.mark.skipif(not DATA.exists(), reason="shared data set not present")
def test_zh_news_11_titles_the_clue_by_its_place_name() -> None:
    article = json.loads(DATA.read_text(encoding="utf-8").splitlines()[11])["article"]
    document = document_from_text(article, origin="zh-news-11", kind="text")
    titles = [group.title for group in draft(document).groups]
    assert "郑家嘴" in titles and "地名" not in titles
