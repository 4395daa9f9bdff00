"""Lead-3 and the plain TextRank baseline (citebrief.eval.baselines)."""

from __future__ import annotations

import numpy as np
import pytest

from citebrief.eval.baselines import lead, pagerank, sentences_of, textrank, textrank_scores, textrank_select
from citebrief.ingest import document_from_text

ZH_ARTICLE = "第一句介绍背景。第二句说明原因。第三句给出数据。第四句谈到影响。\n\n第五句引用专家。第六句展望未来。"

# Four sentences about the city's solar power plan share its words; two asides share nothing.
EN_SENTENCES = [
    "The mayor opened the new library on Monday.",
    "The city plans to build solar power plants across the region.",
    "Solar power plants will supply the region's grid with clean power.",
    "The grid operator says solar power plants cut the region's power costs.",
    "A local bakery won a prize for its bread.",
    "The city expects solar power to cover half of the grid's power by 2030.",
]


def test_lead_returns_the_first_three_sentences():
    document = document_from_text(ZH_ARTICLE, origin="t", kind="text")
    assert lead(document) == ["第一句介绍背景。", "第二句说明原因。", "第三句给出数据。"]


def test_lead_crosses_paragraphs_and_stops_at_the_end():
    document = document_from_text(ZH_ARTICLE, origin="t", kind="text")
    assert lead(document, 5)[-1] == "第五句引用专家。"
    assert lead(document, 99) == sentences_of(document)
    assert len(sentences_of(document)) == 6


def test_pagerank_ranks_the_hub_of_a_star_first_and_sums_to_one():
    star = np.zeros((5, 5))
    star[0, 1:] = star[1:, 0] = 1.0
    scores = pagerank(star)
    assert scores.sum() == pytest.approx(1.0)
    assert int(np.argmax(scores)) == 0
    assert scores[1:] == pytest.approx(np.full(4, scores[1]))


def test_pagerank_of_a_graph_without_edges_is_uniform():
    assert pagerank(np.zeros((4, 4))) == pytest.approx(np.full(4, 0.25))
    assert pagerank(np.zeros((0, 0))).size == 0


def test_textrank_picks_the_central_sentences_in_document_order():
    scores = textrank_scores(EN_SENTENCES, "en")
    asides = {0, 4}
    assert max(scores[i] for i in asides) < min(scores[i] for i in set(range(6)) - asides)
    picked = textrank_select(EN_SENTENCES, "en", 3)
    assert len(picked) == 3
    assert not set(picked) & {EN_SENTENCES[0], EN_SENTENCES[4]}
    assert picked == sorted(picked, key=EN_SENTENCES.index)


def test_textrank_on_a_chinese_document():
    text = (
        "新能源汽车销量持续增长，新能源汽车产业链不断完善。"
        "今天天气晴朗。"
        "新能源汽车充电设施建设加快，充电网络覆盖更多城市。"
        "电池技术进步推动新能源汽车续航提升。"
        "小明喜欢踢足球。"
    )
    document = document_from_text(text, origin="t", kind="text")
    picked = textrank(document, 3)
    assert len(picked) == 3
    assert all("新能源汽车" in sentence for sentence in picked)


def test_textrank_of_fewer_sentences_than_asked_returns_them_all():
    assert textrank_select(["Only one sentence here."], "en", 3) == ["Only one sentence here."]
    assert textrank_select([], "en", 3) == []
