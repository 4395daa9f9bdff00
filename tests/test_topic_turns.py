"""A run cut where a Chinese article turns to a new subject in words ("此外，……")."""

from __future__ import annotations

import numpy as np

from citebrief.engines.extractive import draft_extractive
from citebrief.engines.sparse import SparseRows
from citebrief.engines.topic_turns import cut_at_turns, opens_turn
from citebrief.ingest import document_from_text
from conftest import load_records

# a short news article: a meeting (words 0-2), then "此外，" the towns' own measures (words 5-7)
SENTENCES = [
    ("省防办召开会商调度会，研判风险。", 0),
    ("会商调度会部署防汛工作。", 0),
    ("省防办发出风险提示单。", 0),
    ("此外，各县保持高度戒备，发布暴雨预警。", 0),
    ("宜宾市督促矿山撤出人员。", 0),
    ("各县政府主要领导作出安排。", 0),
]
WORDS = [{0: 1.0, 1: 1.0}, {1: 1.0, 2: 1.0}, {0: 1.0, 2: 1.0}, {5: 1.0, 6: 1.0}, {6: 1.0, 7: 1.0}, {5: 1.0, 7: 1.0}]


def _vectors(words: list[dict[int, float]]) -> SparseRows:
    return SparseRows.from_counts(words, 8)


def test_opens_turn_reads_the_words_not_a_demonstrative() -> None:
    assert opens_turn("此外，各县保持高度戒备。")
    assert opens_turn("与此同时，上海推进专项整治。")
    assert not opens_turn("此外，这种机顶盒需要每年续费。")  # the same subject goes on
    assert not opens_turn("各县保持高度戒备，此外还发布预警。")
    assert not opens_turn("此外，还有数块题写严子陵的名家楹联匾额挂于周围横梁之上。")  # adds to the hall
    assert not opens_turn("另外，也可以在线预约。")


def test_the_halls_couplets_stay_with_the_hall() -> None:
    # a blind reader's complaint: "此外，还有数块……楹联" was cut from the hall it hangs in and
    # sat under "先生之风" with the closing line
    record = next(r for r in load_records("zh-news.jsonl") if r["id"].endswith("_L1332"))
    brief = draft_extractive(document_from_text(record["article"], origin="x", kind="text"))
    group = next(g for g in brief.groups if any(p.text.startswith("还有数块题写严子陵") for p in g.points))
    assert any(p.text.startswith("走进祠堂大殿") for p in group.points)


def test_a_run_that_turns_is_cut_at_the_turn() -> None:
    labels = np.zeros(len(SENTENCES), dtype=int)
    spare = np.ones(len(SENTENCES), dtype=bool)
    cut = cut_at_turns(labels, _vectors(WORDS), SENTENCES, spare, 7)
    assert cut.tolist() == [0, 0, 0, 1, 1, 1]


def test_no_cut_where_the_sides_share_their_words_or_the_brief_is_full() -> None:
    labels = np.zeros(len(SENTENCES), dtype=int)
    spare = np.ones(len(SENTENCES), dtype=bool)
    same = [{0: 1.0, 1: 1.0}] * len(SENTENCES)  # one subject throughout: "此外" adds to it
    assert cut_at_turns(labels, _vectors(same), SENTENCES, spare, 7).tolist() == [0] * 6
    assert cut_at_turns(labels, _vectors(WORDS), SENTENCES, spare, 1).tolist() == [0] * 6
    few = np.array([True, True, True, True, False, False])  # one bullet left after the turn
    assert cut_at_turns(labels, _vectors(WORDS), SENTENCES, few, 7).tolist() == [0] * 6
