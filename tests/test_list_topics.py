"""A long list of measures without kinds grouped by topic and place (engines/list_topics.py)."""

from __future__ import annotations

from collections import Counter

import numpy as np
import pytest

from citebrief.engines.extractive import draft_extractive
from citebrief.engines.list_topics import PLACE_SHARE, _placed, list_topics
from citebrief.engines.sparse import SparseRows
from citebrief.ingest import document_from_text
from conftest import load_records

NUMBERS = "一二三四五六七八九十"


def _item(k: int) -> str:
    number = NUMBERS[k] if k < 10 else "十" + NUMBERS[k - 10]
    return f"{number}、对工作成效明显的省（区、市），予以倾斜支持。"


def test_an_item_joins_the_run_its_content_belongs_to_not_its_neighbours() -> None:
    topics = "AAAABBBBACCCC"  # the ninth item is of the first run's topic, listed after the second run
    texts = ["现将有关事项通知如下：", *(_item(k) for k in range(len(topics)))]
    words = {"A": [1, 2], "B": [3, 4], "C": [5, 6]}
    rows = [{0: 1.0}] + [dict.fromkeys(words[t], 1.0) | {7: 1.0} for t in topics]  # 7: what every item says
    vectors = SparseRows.from_counts(rows, 8).normalized()
    available = Counter(dict.fromkeys(range(1, len(texts)), 2))
    found = list_topics(texts, vectors, 3, list(range(1, len(texts))), available)
    assert found is not None
    labels = found.labels.tolist()
    assert labels[0] == -1  # the lead has no points left: no group starts there
    assert len({labels[p] for p in range(1, 5)} | {labels[9]}) == 1  # the late A item joins the A run
    assert labels[5] != labels[9] and labels[10] != labels[9]  # not its neighbours' group
    assert labels[5:9] == [labels[5]] * 4 and labels[10:] == [labels[10]] * 4
    assert list_topics(texts[:6], vectors.take(range(6)), 3, list(range(1, 6)), available) is None  # no long list


def test_a_place_is_a_fifth_of_each_row() -> None:
    rows = SparseRows.from_counts([{0: 1.0}, {0: 1.0}, {1: 1.0}, {1: 1.0}], 2)
    gram = _placed(rows).gram()
    angle = np.arange(4) * np.pi / 4
    place = PLACE_SHARE * np.cos(angle[:, None] - angle[None, :])
    content = np.array([[1, 1, 0, 0], [1, 1, 0, 0], [0, 0, 1, 1], [0, 0, 1, 1]], dtype=float)
    assert gram == pytest.approx((1 - PLACE_SHARE) * content + place)


def test_a_notice_of_thirty_measures_groups_them_by_field() -> None:
    record = next(r for r in load_records("zh-policy.jsonl") if r["id"] == "govcn_5347465")
    brief = draft_extractive(document_from_text(record["article"], origin=record["id"], kind="text"))

    def group_of(words: str) -> int:
        return next(k for k, g in enumerate(brief.groups) if any(words in p.text for p in g.points))

    assert group_of("创新驱动发展战略") == group_of("培育壮大接续替代产业")  # items 12 and 18: industry
    assert group_of("战略性新兴产业") != group_of("创新驱动发展战略")  # item 16, listed between them
    assert group_of("河长制湖长制") == group_of("农村人居环境整治")
