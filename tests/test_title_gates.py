"""Cheap tests asked before a step reads texts (speed only: the same titles and groups).

Each test makes the costly reading fail where the gate must spare it, then checks the step's
answer is the one it gave before the gate."""

from __future__ import annotations

import numpy as np
import pytest

from citebrief.engines import zh_regroup
from citebrief.engines.scored import Draft
from citebrief.engines.themes import Themes

RUNS = Themes(np.zeros(1, dtype=int), {}, np.zeros(1, dtype=int))


def _unread(*_: object, **__: object) -> object:
    raise AssertionError("read where a cheaper test already says no")


def test_regroup_reads_no_words_where_no_group_can_give_a_bullet(monkeypatch: pytest.MonkeyPatch) -> None:
    texts = [f"第{k}句话说的是某地的一件事。" for k in range(8)]
    pairs = [Draft(1, [0, 1]), Draft(2, [2, 3]), Draft(3, [4, 5])]  # each keeps two: none can give
    full = [Draft(1, [0, 1, 2, 7]), Draft(2, [3, 4, 5, 6])]  # each could give, but faces a full group
    monkeypatch.setattr(zh_regroup, "key_words", _unread)
    assert [d.picked for d in zh_regroup.regroup_zh(RUNS, texts, pairs)] == [[0, 1], [2, 3], [4, 5]]
    assert [d.picked for d in zh_regroup.regroup_zh(RUNS, texts, full)] == [[0, 1, 2, 7], [3, 4, 5, 6]]
    assert zh_regroup._may_move([Draft(1, [0, 1, 2]), Draft(2, [3, 4])])  # three beside room: read
    assert zh_regroup._may_move([Draft(1, [0, 1]), Draft(2, [3, 4, 5])])  # either way round
