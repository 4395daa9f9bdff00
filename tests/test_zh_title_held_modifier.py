"""zh_title_held_modifier: the longer name a title grows into may hold another group's title as
a modifier before its own head ("香椿银鱼春笋羹" beside "春笋"), never at its end or inside
another title."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from citebrief.ingest import document_from_text
from citebrief.pipeline import draft
from citebrief.text.zh_title_held_modifier import free_but_modifiers
from citebrief.text.zh_title_whole import whole_titles

DATA = Path("/work/shared/data")
_SOUP = [
    "香椿银鱼春笋羹，银鱼体型小而肉质细腻，吃过的人都知道这种食材无鳞无刺、无骨无肠，就连一般鱼类固有的腥味其都不明显。",
    "江南人用银鱼做菜，种类繁多，但一说就人人知道的菜有两道，一是之前说过的银鱼跑蛋，二便是银鱼羹。",
    "上海外滩悦榕庄的酩缘餐厅的香椿银鱼春笋羹，将银鱼和香椿、春笋相结合，做出的这道羹味道清爽而鲜美。",
]


@pytest.mark.parametrize(
    ("name", "taken", "free"),
    [
        pytest.param("香椿银鱼春笋羹", {"春笋"}, True, id="modifier-before-head"),
        pytest.param("春笋羹", {"春笋"}, True, id="modifier-at-front"),
        pytest.param("野生春笋", {"春笋"}, False, id="other-title-is-the-head"),
        pytest.param("银鱼春笋", {"香椿银鱼春笋羹"}, False, id="held-by-another-title"),
        pytest.param("香椿银鱼春笋羹", set(), True, id="nothing-taken"),
    ],
)
def test_another_title_may_stand_only_before_the_names_head(name: str, taken: set[str], free: bool) -> None:
    assert free_but_modifiers(name, taken) is free


def test_a_dish_cut_before_its_modified_head_is_given_whole_beside_its_ingredient() -> None:
    used = {"春笋", "香椿银鱼"}
    titles = whole_titles(["春笋", "香椿银鱼"], [None, (_SOUP, _SOUP)], used)
    assert titles == ["春笋", "香椿银鱼春笋羹"]
    assert used == {"春笋", "香椿银鱼春笋羹"}


def test_a_name_ending_on_another_title_stays_cut() -> None:
    shoots = ["天目山野生春笋上市，价格不菲。", "天目山野生春笋水分足而有脆甜感。"]
    assert whole_titles(["春笋", "天目山"], [None, (shoots, shoots)], {"春笋", "天目山"})[1] == "天目山"


def test_zh_clts_3_titles_the_soup_whole_beside_the_shoots_group() -> None:
    line = (DATA / "zh-clts.jsonl").read_text(encoding="utf-8").splitlines()[3]
    document = document_from_text(json.loads(line)["article"], origin="zh-clts-3", kind="text")
    titles = [group.title for group in draft(document).groups]
    # (the shoots group gave way to a restaurant no bullet said: test_zh_venue_groups)
    assert "香椿银鱼春笋羹" in titles
    assert "香椿银鱼" not in titles
