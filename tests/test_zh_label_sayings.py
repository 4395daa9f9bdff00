"""A feature's maxim over its section is no label (`text.zh_label_sayings`): "是军人就要勇争先。" glued on
"“老叶”身上的那股子“兵味儿”始终未减。" opened the bullet on a subjectless fragment; a policy's measure
labels are no sayings (a task line is left off for its own reason: `policy_subheads.is_task_label`)."""

from __future__ import annotations

import pytest

from citebrief.engines.extractive import draft_extractive
from citebrief.ingest import document_from_text
from citebrief.text.zh_label_sayings import is_saying
from conftest import shared_article


def _bullets(name: str, index: int) -> list[str]:
    document = document_from_text(shared_article(name, index), origin=f"{name}-{index}", kind="text")
    return [p.text for g in draft_extractive(document).groups for p in g.points]


@pytest.mark.parametrize("label", ["是军人就要勇争先。", "是党员就得冲在前。", "有困难就要上。"])
def test_a_maxim_is_a_saying(label: str) -> None:
    assert is_saying(label)


@pytest.mark.parametrize(
    "label",
    ["坚持依法规范。", "加大稳岗支持力度。", "加强援藏办学工作的领导。", "强化事前公开。", "实行失业登记常住地服务。"],
)
def test_a_measure_label_is_none(label: str) -> None:
    assert not is_saying(label)


def test_a_feature_maxim_is_left_off_the_sentence_under_it() -> None:
    # zh-news 196: the section "是军人就要勇争先。" opens on "“老叶”身上的那股子“兵味儿”始终未减。"
    bullets = _bullets("zh-news.jsonl", 196)
    flavour = next(b for b in bullets if "兵味儿" in b)
    assert flavour.startswith("“老叶”身上"), flavour
