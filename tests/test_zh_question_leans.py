"""A Chinese bullet leaning on an example sentence ("以鸡蛋来举例的话，……。这听上去……") carries
that sentence and its antecedent, but not an antecedent that is a question ("150克蛋白质大概是
多少？"): a question as a bullet's opening leans on the sentence before it in turn (zh-clts 6, whose
150 g only Mike's quote before it says). Invented sentences, and the shared zh-clts article."""

from __future__ import annotations

from citebrief.engines.lead_points import lean_on_previous
from conftest import shared_groups

EXAMPLE = "以鸡蛋来举例的话，大概是20个鸡蛋左右的量。"
AFTER = "这听上去的确有点吓人。"


def _lean(first: str) -> tuple[list[str], set[int]]:
    texts = [first, EXAMPLE, AFTER]
    trimmed = list(texts)
    left = lean_on_previous(texts, [1, 1, 1], trimmed, [2], "zh")
    return trimmed, left


def test_a_statement_antecedent_is_carried() -> None:
    trimmed, left = _lean("每天需要大约100克的蛋白质。")
    assert trimmed[2].startswith("每天需要大约100克的蛋白质。以鸡蛋") and not left


def test_a_question_antecedent_is_not_carried() -> None:
    trimmed, left = _lean("100克蛋白质大概是多少？")
    assert trimmed[2] == AFTER and left == {2}


def test_zh_clts_6_no_bullet_opens_on_a_question() -> None:
    bullets = [b for group in shared_groups("zh-clts.jsonl", 6) for b in group]
    assert not any(b.startswith("150克蛋白质大概是多少？") for b in bullets)
