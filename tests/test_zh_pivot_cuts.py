"""A long Chinese sentence that sets a scene and then turns on "而现在，"/"如今，" to its claim keeps the
clauses from the pivot on (`engines/zh_pivot_cuts.py`, read in `bullets.trim_sentence`); where the
claim names the scene's problem as "这个问题" the scene's last run stays too."""

from __future__ import annotations

import pytest

from citebrief.engines.bullets import trim_sentence
from citebrief.engines.zh_pivot_cuts import after_pivot
from citebrief.text.data_files import rows_by_kind
from conftest import shared_groups

SCENE = "在长发风靡的那几年里，很多人每天早上都要花上半个小时小心翼翼地打理头发，生怕烫到耳朵或者头皮，常常为此而迟到，"
CLAIM = "某公司新推出的一款智能梳子能够在五分钟之内完成整套造型。"
PROBLEM = "不仅如此，打理之后的头发总归还会有些毛糙，"
SOLVED = "某公司新推出的一款智能梳子似乎可以把这个问题彻底解决了。"
TABLE = rows_by_kind("zh_pivot_words.tsv")
KEPT = PROBLEM.removeprefix("不仅如此，") + "而现在，"  # the scene's last run, then the pivot


def test_the_straightener_bullet_opens_on_the_problem_it_solves() -> None:
    bullets = [b for group in shared_groups("zh-clts.jsonl", 2) for b in group if "Dyson戴森新出的" in b]
    assert len(bullets) == 1
    assert bullets[0].startswith("使用过直发器之后的头发") and "黑直长" not in bullets[0]


def test_the_claim_after_the_pivot_stands_alone() -> None:
    assert after_pivot(SCENE + "而现在，" + CLAIM) == CLAIM
    assert trim_sentence(SCENE + "如今，" + CLAIM, "zh") == CLAIM


@pytest.mark.parametrize("word", TABLE["pivot"])
def test_each_pivot_word_turns_to_the_claim(word: str) -> None:
    assert after_pivot(f"{SCENE}{word}，{CLAIM}") == CLAIM


@pytest.mark.parametrize("word", TABLE["back"])
def test_each_back_reference_keeps_the_scenes_last_run(word: str) -> None:
    solved = SOLVED.replace("这个问题", word)
    assert after_pivot(SCENE + PROBLEM + "而现在，" + solved) == KEPT + solved


@pytest.mark.parametrize("word", TABLE["restart"])
def test_each_restart_connective_opens_the_kept_run(word: str) -> None:
    problem = PROBLEM.replace("不仅如此", word)
    assert after_pivot(SCENE + problem + "而现在，" + SOLVED) == KEPT + SOLVED


def test_a_back_reference_with_no_run_to_keep_leaves_the_sentence() -> None:
    assert after_pivot(SCENE + "而现在，" + SOLVED) is None


def test_no_cut_where_the_shape_is_not_scene_then_pivot() -> None:
    assert after_pivot("很多人每天早上都要花时间打理头发，而现在，" + CLAIM) is None  # too short
    assert after_pivot("很多人每天早上都要打理头发，如今，" + CLAIM + SCENE + "不过价格不低。") is None  # pivot early
    assert after_pivot(SCENE + "而现在，他新推出的一款智能梳子能够在五分钟之内完成整套造型。") is None  # whose
    assert after_pivot(SCENE + "而现在，“" + CLAIM + "”") is None  # a quotation is kept as said
